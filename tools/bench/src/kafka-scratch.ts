import { Kafka, logLevel } from 'kafkajs';
import { announce } from './progress';

/** Removes the run's topics and consumer groups, so repeated runs do not pile up on a shared broker. */
export async function deleteKafkaScratch(brokers: string[], clientId: string, scratch: { topics: string[]; groups: string[] }): Promise<void> {
  const admin = new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    await admin.deleteGroups(scratch.groups);
    await admin.deleteTopics({ topics: scratch.topics });
  } catch (error) {
    // Leftover scratch is untidy, not wrong: the measurements stand.
    announce(`warning: could not delete Kafka topics ${scratch.topics.join(', ')}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await admin.disconnect();
  }
}
