import { serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { startDeadlineFeatures } from './start-deadline-features';

/** The deadline service as the service host runs it, alone or inside the all-in-one host. */
export const deadlineService: ServiceDefinition = {
  ...serviceNamed('deadline'),
  start: (context) => startDeadlineFeatures(context),
};
