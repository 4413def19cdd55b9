/**
 * What kind of refusal a rule violation is, the same in every context, so every subgraph answers
 * it with one code (`extensions.code`) beside the rule's own name (`extensions.rule`):
 * - FORBIDDEN: the actor's role may never do it;
 * - OUTSIDE_JURISDICTION: the role may, but not on what lies outside the actor's unit;
 * - NOT_FOUND: what the command names does not exist;
 * - INVALID_INPUT: something the actor gave is wrong and can be corrected;
 * - RULE_VIOLATION: the rules refuse it as things stand (a stage, a time window, a limit).
 */
export type RefusalKind = 'FORBIDDEN' | 'OUTSIDE_JURISDICTION' | 'NOT_FOUND' | 'INVALID_INPUT' | 'RULE_VIOLATION';

/** Each context's classification of its codes; a code left out is a RULE_VIOLATION. */
export type RefusalKinds<Code extends string> = Readonly<Partial<Record<Code, Exclude<RefusalKind, 'RULE_VIOLATION'>>>>;
