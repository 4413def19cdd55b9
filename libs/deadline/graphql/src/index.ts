export * from './deadline-schema';
export * from './deadline-service';
export * from './unit-coverage';
