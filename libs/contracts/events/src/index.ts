export * from './actor';
export * from './uuid-v7';
export * from './envelope';
export * from './event-type';
export * from './catalogue';
export * from './hotline-events';
export * from './session-events';

import { EventCatalogue } from './catalogue';
import { hotlineEventTypes } from './hotline-events';
import { sessionEventTypes } from './session-events';

/** The platform's catalogue: every integration event type any service may publish. */
export const integrationEvents = new EventCatalogue([...hotlineEventTypes, ...sessionEventTypes]);
