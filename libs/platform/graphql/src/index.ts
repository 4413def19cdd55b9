export * from './user-facing-error';
export * from './depth-limit';
export * from './subgraph-route';
export * from './request-actor';
export * from './service-with-subgraph';
export * from './audit-trail-schema';
export * from './audit-trail';
