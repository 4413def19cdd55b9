export * from './real-servers';
export * from './decider-spec';
