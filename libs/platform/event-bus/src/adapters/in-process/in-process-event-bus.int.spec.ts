import { eventBusContract } from '../../contract';
import { InProcessEventBus, partitionFor } from './in-process-event-bus';

describe('EventBus contract — in-process', () => {
  eventBusContract({ open: async () => new InProcessEventBus() });
});

describe('in-process partitioner', () => {
  it('sends a key to the same partition every time and spreads keys over all partitions', () => {
    expect(partitionFor('case-42', 3)).toBe(partitionFor('case-42', 3));
    const used = new Set(Array.from({ length: 50 }, (_, i) => partitionFor(`case-${i}`, 3)));
    expect(used.size).toBe(3);
  });
});
