export * from './routing-schema';
export * from './routing-resolvers';
export * from './routing-service';
export * from './case-access';
