export * from './event-store';
export * from './hash-chain';
export * from './checkpoint-store';
export * from './catch-up-subscription';
export * from './store-verification';
export * from './aggregate-repository';
export * from './stream-history';
