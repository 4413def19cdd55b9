export * from './federated-gateway';
export * from './client-address';
export * from './client-rate-limit';
export * from './too-many-requests';
