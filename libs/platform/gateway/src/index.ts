export * from './federated-gateway';
