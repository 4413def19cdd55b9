export * from './sql-client.contract';
