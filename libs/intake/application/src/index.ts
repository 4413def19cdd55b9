export * from './identity-vault';
export * from './report-read-model';
export * from './report-placement';
export * from './duplicate-finder';
export * from './report-desk';
export * from './start-intake-features';
export * from './report-stage';
export * from './case-progress';
