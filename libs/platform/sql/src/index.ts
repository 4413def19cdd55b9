export * from './sql-client';
export * from './keyset-page';
