export * from './open311-clients';
export * from './request-rate-limit';
export * from './bounded-body';
export * from './open311-xml';
export * from './open311-response';
export * from './open311-service-requests';
export * from './open311-endpoint';
export * from './start-open311';
