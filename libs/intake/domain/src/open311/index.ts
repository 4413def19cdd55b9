export * from './url-encoded-form';
export * from './open311-service-catalogue';
export * from './open311-request-form';
export * from './open311-request-query';
export * from './open311-service-request';
