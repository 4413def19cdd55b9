export * from './sql-client';
