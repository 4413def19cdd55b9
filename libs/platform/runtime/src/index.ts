export * from './logger';
export * from './infrastructure';
export * from './health-server';
export * from './service-definition';
export * from './service-host';
export * from './all-in-one-host';
export * from './process-lifecycle';
export * from './service-process';
