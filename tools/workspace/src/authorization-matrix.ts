import type { IntegratorScope } from '@hotline/platform-graphql';
import { graphql, type GraphqlAnswer, type HotlinePlatform } from './hotline-platform';
import { MATRIX_INTEGRATORS, MATRIX_OFFICERS, MATRIX_UNITS, MISCONFIGURED_OFFICERS, type MatrixUnit } from './matrix-callers';

/**
 * The authorization matrix's rules (issue 4 and its hardening), shared by the matrix of the
 * report subgraphs (intake, routing, deadline) and of the session subgraph. Each row names who may
 * call an operation on a Hà Nội target; every caller — each role at the ministry (BTNMT), Hà Nội
 * (P01), a Hà Nội ward (C00070) and Đà Nẵng (P48), a ministry administrator's role misconfigured
 * at P01, an API client with every scope and one with none, an anonymous caller — calls it:
 * - an allowed caller gets an answer (a state-changing call gets a target of its own);
 * - anyone else is refused with the one code every subgraph uses — UNAUTHENTICATED or FORBIDDEN
 *   when the role may never do it, OUTSIDE_JURISDICTION when it may elsewhere; FORBIDDEN with
 *   the rule `ministry_unit_required` for the misconfigured account and `missing_scope` for an
 *   API client calling a public operation its client was not granted — and nothing is written;
 * - no answer to a caller outside Hà Nội holds any identifier of the Hà Nội data.
 */

export type Caller = string | undefined;

export const CALLERS: readonly Caller[] = [
  ...MATRIX_OFFICERS.map((o) => o.name),
  ...MISCONFIGURED_OFFICERS.map((o) => o.name),
  ...Object.keys(MATRIX_INTEGRATORS),
  undefined,
];
export const HANOI: readonly MatrixUnit[] = ['BTNMT', 'P01'];
export const EVERYWHERE = MATRIX_UNITS;
export const OFFICER_ROLES = ['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin', 'auditor'];

export const ROLE_REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN'];
export const JURISDICTION_REFUSALS = ['OUTSIDE_JURISDICTION'];

/** The matrix callers with one of these roles at one of these units (the misconfigured account never among them). */
export function at(roles: readonly string[], units: readonly MatrixUnit[]): string[] {
  return MATRIX_OFFICERS.filter((o) => roles.includes(o.role) && units.includes(o.unitCode)).map((o) => o.name);
}

export const unitOf = (caller: Caller) => MATRIX_OFFICERS.find((o) => o.name === caller)?.unitCode;
export const roleOf = (caller: Caller) => MATRIX_OFFICERS.find((o) => o.name === caller)?.role ?? caller ?? 'anonymous';
export const coversHanoi = (caller: Caller) => HANOI.includes(unitOf(caller) as MatrixUnit);
const isIntegrator = (caller: Caller) => caller !== undefined && caller in MATRIX_INTEGRATORS;
const isMisconfigured = (caller: Caller) => MISCONFIGURED_OFFICERS.some((o) => o.name === caller);

/** What a call acts on, and the identifiers of Hà Nội data that must never reach another jurisdiction. */
export interface Target {
  variables: Record<string, unknown>;
  marks: string[];
}

/** Who may call: everyone (an API client under the scope that opens the operation), or these callers. */
type Access = { allowed: 'public'; scope: IntegratorScope } | { allowed: readonly string[]; scope?: never };

export type Operation<Service extends string> = Access & {
  service: Service;
  /** A root field, or `<Type>.<field>` for a field a subgraph adds to a federated entity. */
  field: string;
  /** Tells two rows of one field apart. */
  variant?: string;
  document: string;
  /**
   * The targets: one for the refused callers and every allowed one, or, for a call that changes
   * its target (`fresh`), one per allowed caller (at least one), made in one go.
   */
  targets: (count: number) => Promise<Target[]>;
  fresh?: boolean;
  /** More to check of an allowed caller's answer. */
  check?: (result: unknown, caller: Caller) => void;
  /** The refusal expected of an officer where the general rule (role, then jurisdiction) does not say it. */
  refusal?: (caller: Caller) => string[];
};

/** One target, made `count` times concurrently: for targets that need no travel in time. */
export const each =
  (target: () => Promise<Target>) =>
  (count: number): Promise<Target[]> =>
    Promise.all(Array.from({ length: count }, target));

export const label = (op: Operation<string>) => `${op.service} ${op.field}${op.variant ? ` (${op.variant})` : ''}`;

/** What the call answered for the operation's field, root or entity. */
function resultOf(op: Operation<string>, answer: GraphqlAnswer): unknown {
  const dot = op.field.indexOf('.');
  if (dot < 0) return answer.data?.[op.field];
  return answer.data?.['_entities']?.[0]?.[op.field.slice(dot + 1)];
}

function isAllowed(op: Operation<string>, caller: Caller): boolean {
  if (op.allowed === 'public') return !isIntegrator(caller) || MATRIX_INTEGRATORS[caller!]!.includes(op.scope);
  return caller !== undefined && op.allowed.includes(caller);
}

/** The codes a refused caller may get, and the rule named when the code alone does not say why. */
function expectedRefusal(op: Operation<string>, caller: Caller): { codes: string[]; rule?: string } {
  if (isMisconfigured(caller)) return { codes: ['FORBIDDEN'], rule: 'ministry_unit_required' };
  if (isIntegrator(caller)) return op.allowed === 'public' ? { codes: ['FORBIDDEN'], rule: 'missing_scope' } : { codes: ['FORBIDDEN'] };
  if (op.refusal) return { codes: op.refusal(caller) };
  const role = roleOf(caller);
  const roleAllowedSomewhere = op.allowed !== 'public' && op.allowed.some((name) => roleOf(name) === role);
  return { codes: roleAllowedSomewhere ? JURISDICTION_REFUSALS : ROLE_REFUSALS };
}

/** The platform at rest: what the last calls set off (cases opening, deadlines starting, timers) has been written. */
async function settled(platform: HotlinePlatform): Promise<Record<string, number>> {
  let last = await platform.census();
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await platform.census();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('the platform did not settle');
}

/** Calls one row as every caller of the matrix and checks each answer. */
export async function verifyRow(platform: HotlinePlatform, op: Operation<string>): Promise<void> {
  const call = (variables: Record<string, unknown>, caller: Caller) => graphql(platform, op.service, op.document, variables, caller);
  const allowed = CALLERS.filter((caller) => isAllowed(op, caller));
  const refused = CALLERS.filter((caller) => !isAllowed(op, caller));
  const targets = await op.targets(op.fresh ? Math.max(allowed.length, 1) : 1);

  // Refused: an authorization code (and rule), nothing written, nothing of Hà Nội in the answer.
  const before = await settled(platform);
  for (const caller of refused) {
    const who = caller ?? 'anonymous';
    const answer = await call(targets[0]!.variables, caller);
    const codes = answer.errors?.map((e) => String(e.extensions?.['code']));
    const expected = expectedRefusal(op, caller);
    expect({ who, codes }).toEqual({ who, codes: [codes && expected.codes.includes(codes[0]!) ? codes[0] : expected.codes.join(' | ')] });
    if (expected.rule) expect({ who, rule: answer.errors?.[0]?.extensions?.['rule'] }).toEqual({ who, rule: expected.rule });
    expect({ who, message: answer.errors?.[0]?.extensions?.['message'] }).toEqual({ who, message: { vi: expect.any(String), en: expect.any(String) } });
    expect({ who, result: resultOf(op, answer) ?? null }).toEqual({ who, result: null });
    for (const mark of targets[0]!.marks) expect({ who, leaked: JSON.stringify(answer).includes(mark) }).toEqual({ who, leaked: false });
  }
  expect(await platform.census()).toEqual(before);

  // Allowed: an answer, and outside Hà Nội still nothing of Hà Nội.
  for (const [i, caller] of allowed.entries()) {
    const who = caller ?? 'anonymous';
    const target = targets[op.fresh ? i : 0]!;
    const answer = await call(target.variables, caller);
    expect({ who, errors: answer.errors }).toEqual({ who, errors: undefined });
    const result = resultOf(op, answer);
    expect({ who, answered: result !== null && result !== undefined }).toEqual({ who, answered: true });
    if (typeof result === 'object' && result !== null && 'ok' in result) expect({ who, ok: result.ok }).toEqual({ who, ok: true });
    op.check?.(result, caller);
    if (op.allowed !== 'public' && !coversHanoi(caller)) {
      for (const mark of target.marks) expect({ who, leaked: JSON.stringify(answer).includes(mark) }).toEqual({ who, leaked: false });
    }
  }
}

/** The root fields (and fields added to `entity`) of each service that have no row. */
export async function rowsMissing(platform: HotlinePlatform, services: readonly string[], operations: readonly Operation<string>[], entity: { type: string; ownFields: (service: string, field: string) => boolean }): Promise<string[]> {
  const introspect = `{ __schema { queryType { fields { name } } mutationType { fields { name } } } entity: __type(name: "${entity.type}") { fields { name } } }`;
  const missing: string[] = [];
  for (const service of services) {
    const schema = (await graphql(platform, service, introspect)).data!;
    const roots = [...schema['__schema'].queryType.fields, ...(schema['__schema'].mutationType?.fields ?? [])].map((f: { name: string }) => f.name).filter((n: string) => !n.startsWith('_'));
    const entityFields = (schema['entity']?.fields ?? []).map((f: { name: string }) => f.name).filter((n: string) => n !== 'id' && !entity.ownFields(service, n));
    for (const field of [...roots, ...entityFields.map((n: string) => `${entity.type}.${n}`)]) {
      if (!operations.some((op) => op.service === service && op.field === field)) missing.push(`${service} ${field}`);
    }
  }
  return missing;
}
