export * from './real-servers';
export * from './decider-spec';
export * from './travelling-clock';
