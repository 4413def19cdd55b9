export * from './commune-boundaries';
export * from './boundary-collection';
