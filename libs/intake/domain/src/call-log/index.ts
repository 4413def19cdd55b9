export * from './call-log-column';
export * from './written-classification';
export * from './call-log-reading';
