export * from './identity-vault';
export * from './report-read-model';
export * from './report-placement';
export * from './duplicate-finder';
export * from './report-desk';
export * from './start-intake-features';
