export * from './pglite-sql-client';
