export * from './pg-sql-client';
