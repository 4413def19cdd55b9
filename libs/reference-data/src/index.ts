export * from './csv';
export * from './holidays';
export * from './administrative-units';
