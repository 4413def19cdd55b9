export * from './bilingual-text';
export * from './vietnamese-phone-number';
export * from './email-address';
export * from './refusal-kind';
export * from './rule-violation';
export * from './plain-text';
