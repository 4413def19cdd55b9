export * from './intake-schema';
export * from './intake-subgraph';
export * from './officer-access';
export * from './intake-service';
