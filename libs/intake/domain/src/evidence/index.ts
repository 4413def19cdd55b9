export * from './evidence-signature';
export * from './evidence-file-check';
