import { describeWithServer } from '@hotline/platform-testing';
import { eventStoreContract } from '../../contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

// No EventStoreDB server can be installed on the project's machines: this suite runs only
// where EVENTSTORE_URL points at one (e.g. docker run kurrentdb with --insecure).
describeWithServer('EventStore contract — EventStoreDB', 'eventstoredb', (url) => {
  eventStoreContract({
    open: async () => new EventStoreDbEventStore(url),
    dispose: (store) => store.close(),
  });
});
