import type { SessionFeatures } from '@hotline/session-application';

/** What the subgraph needs of the session service's features. */
export type SessionApi = Pick<SessionFeatures, 'office' | 'desk' | 'reports' | 'sessions' | 'questions' | 'askers' | 'policies' | 'caughtUp' | 'clock'>;
