import type { BilingualText } from '@hotline/shared-contact';

/** Where the events are: a service's schema in PostgreSQL or in embedded PGlite files, or EventStoreDB. */
export type StoreLocation =
  | { kind: 'postgres'; databaseUrl: string; schema: string }
  | { kind: 'pglite'; directory: string; schema: string }
  | { kind: 'eventstoredb'; url: string };

export type AuditCommand =
  | { kind: 'verify'; store: StoreLocation; streamId: string | null }
  | { kind: 'history'; store: StoreLocation; streamId: string }
  | { kind: 'as-of'; store: StoreLocation; caseId: string; at: Date };

export type AuditArguments = { ok: true; command: AuditCommand } | { ok: false; problem: BilingualText };

export const AUDIT_USAGE = [
  'Cách dùng / usage:',
  '  npm run audit -- verify [--stream <id>] <kho sự kiện / store>',
  '  npm run audit -- history --stream <id> <kho sự kiện / store>',
  '  npm run audit -- as-of --case <caseId> --at <ISO 8601, ví dụ / e.g. 2026-02-13T09:15:00+07:00> <kho sự kiện / store>',
  'Kho sự kiện / store (một trong / one of):',
  '  --database-url postgres://… --schema <service>_events   (PostgreSQL; as-of: --schema routing_events mặc định / by default)',
  '  --pglite <thư mục / directory> --schema <service>_events (tệp PGlite của npm start, khi nền tảng đã dừng / npm start’s PGlite files, platform stopped)',
  '  --eventstore-url esdb://…                              (EventStoreDB / KurrentDB)',
].join('\n');

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads `--name value` and `--name=value` pairs; anything else is a mistake worth naming. */
function readFlags(args: readonly string[]): Map<string, string> | BilingualText {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) return { vi: `Không hiểu “${arg}”.`, en: `Unexpected “${arg}”.` };
    const [name, inline] = arg.slice(2).split(/=(.*)/su, 2);
    const value = inline ?? args[++i];
    if (value === undefined || value.length === 0) return { vi: `Thiếu giá trị cho --${name}.`, en: `--${name} needs a value.` };
    flags.set(name, value);
  }
  return flags;
}

function storeLocation(flags: Map<string, string>, defaultSchema: string | null): StoreLocation | BilingualText {
  const schema = flags.get('schema') ?? defaultSchema;
  const given = ['database-url', 'pglite', 'eventstore-url'].filter((name) => flags.has(name));
  if (given.length !== 1) return { vi: 'Cần đúng một kho sự kiện: --database-url, --pglite hoặc --eventstore-url.', en: 'Name exactly one store: --database-url, --pglite or --eventstore-url.' };
  if (flags.has('eventstore-url')) return { kind: 'eventstoredb', url: flags.get('eventstore-url')! };
  if (!schema || !/^[a-z_][a-z0-9_]*$/u.test(schema)) return { vi: 'Cần --schema, ví dụ intake_events.', en: '--schema is needed, e.g. intake_events.' };
  return flags.has('pglite') ? { kind: 'pglite', directory: flags.get('pglite')!, schema } : { kind: 'postgres', databaseUrl: flags.get('database-url')!, schema };
}

const isProblem = (value: object): value is BilingualText => 'vi' in value && 'en' in value;

/** The command the auditor typed, or what is wrong with it. */
export function readAuditArguments(argv: readonly string[]): AuditArguments {
  const [verb, ...rest] = argv;
  const flags = readFlags(rest);
  if (isProblem(flags)) return { ok: false, problem: flags };
  const known = { verify: ['stream'], history: ['stream'], 'as-of': ['case', 'at'] }[verb as string];
  if (!known) return { ok: false, problem: { vi: 'Lệnh là verify, history hoặc as-of.', en: 'The command is verify, history or as-of.' } };
  const unknown = [...flags.keys()].find((name) => ![...known, 'schema', 'database-url', 'pglite', 'eventstore-url'].includes(name));
  if (unknown) return { ok: false, problem: { vi: `Không có tuỳ chọn --${unknown}.`, en: `There is no option --${unknown}.` } };
  const store = storeLocation(flags, verb === 'as-of' ? 'routing_events' : null);
  if (isProblem(store)) return { ok: false, problem: store };
  if (verb === 'verify') return { ok: true, command: { kind: 'verify', store, streamId: flags.get('stream') ?? null } };
  if (verb === 'history') {
    const streamId = flags.get('stream');
    return streamId ? { ok: true, command: { kind: 'history', store, streamId } } : { ok: false, problem: { vi: 'Cần --stream.', en: '--stream is needed.' } };
  }
  const caseId = flags.get('case');
  const at = flags.get('at') ?? '';
  if (!caseId) return { ok: false, problem: { vi: 'Cần --case.', en: '--case is needed.' } };
  if (!INSTANT.test(at) || Number.isNaN(Date.parse(at))) {
    return { ok: false, problem: { vi: '--at phải theo ISO 8601 kèm múi giờ, ví dụ 2026-02-13T09:15:00+07:00.', en: '--at must be ISO 8601 with its offset, e.g. 2026-02-13T09:15:00+07:00.' } };
  }
  return { ok: true, command: { kind: 'as-of', store, caseId, at: new Date(at) } };
}
