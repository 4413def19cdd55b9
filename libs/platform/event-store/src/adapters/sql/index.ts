export * from './sql-event-store';
