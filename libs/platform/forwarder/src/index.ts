export * from './forwarder';
export * from './integration-message';
