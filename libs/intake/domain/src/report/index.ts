export * from './report-submission';
export * from './report-events';
export * from './report-commands';
export * from './report-rule-violation';
export * from './report';
export * from './report-case';
export * from './tracking-code';
export { isInsideVietnam } from './vietnam-territory';
