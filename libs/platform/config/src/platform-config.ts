import { z } from 'zod';

// 0 lets the system pick a free port (tests).
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * The one configuration schema of the platform, read from environment variables and validated
 * at start-up. Each entry's description is the documentation (printed by `describeConfig`).
 */
export const configSchema = z
  .object({
    EVENT_STORE_ADAPTER: z.enum(['pglite', 'postgres', 'eventstoredb']).default('pglite').describe('Event store: pglite (embedded), postgres, or eventstoredb'),
    SQL_ADAPTER: z.enum(['pglite', 'postgres']).default('pglite').describe('Database for read models, checkpoints and timers: pglite (embedded) or postgres'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional().describe('PostgreSQL URL, needed when SQL_ADAPTER or EVENT_STORE_ADAPTER is postgres'),
    EVENTSTORE_URL: z.string().regex(/^(esdb|kurrentdb|esdb\+discover|kurrentdb\+discover):\/\//, 'must start with esdb:// or kurrentdb://').optional().describe('EventStoreDB/KurrentDB connection string, needed when EVENT_STORE_ADAPTER is eventstoredb'),
    EVENT_BUS_ADAPTER: z.enum(['in-process', 'kafka']).default('in-process').describe('Event bus: in-process (all-in-one only) or kafka'),
    KAFKA_BROKERS: z
      .string()
      .regex(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, 'must be host:port[,host:port…]')
      .optional()
      .describe('Kafka bootstrap brokers, needed when EVENT_BUS_ADAPTER is kafka'),
    KAFKA_CLIENT_ID: z.string().min(1).default('hotline').describe('Kafka client id prefix'),
    KAFKA_NAMESPACE: z
      .string()
      .regex(/^[A-Za-z0-9_-]*$/, 'letters, digits, _ and - only')
      .default('')
      .describe('Prefix of every Kafka topic and consumer group, so environments can share a cluster (empty: none)'),
    DATA_DIR: z.string().min(1).default('./data').describe('Where the embedded PGlite database files live'),
    HTTP_HOST: z.string().min(1).default('127.0.0.1').describe('Interface the HTTP servers listen on (0.0.0.0 in containers)'),
    INTAKE_PORT: port(4101).describe('Port of the intake service'),
    ROUTING_PORT: port(4102).describe('Port of the routing service'),
    DEADLINE_PORT: port(4103).describe('Port of the deadline service'),
    SESSION_PORT: port(4104).describe('Port of the session service'),
    REPORTING_PORT: port(4105).describe('Port of the reporting service'),
    GATEWAY_PORT: port(4100).describe('Port of the federated GraphQL gateway (the one endpoint for integrators and the console)'),
    GATEWAY_INTAKE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4101/graphql').describe('The intake subgraph, as the separate gateway process reaches it'),
    GATEWAY_ROUTING_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4102/graphql').describe('The routing subgraph, as the separate gateway process reaches it'),
    GATEWAY_DEADLINE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4103/graphql').describe('The deadline subgraph, as the separate gateway process reaches it'),
    IDENTITY_ENCRYPTION_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
      .optional()
      .describe('Key that encrypts reporter identities (H8); required for separate service processes, generated under DATA_DIR when embedded'),
    DUPLICATE_RADIUS_METERS: positiveInt(500).describe('A report this close to an open case of the same type is linked to it'),
    DUPLICATE_WINDOW_HOURS: positiveInt(168).describe('…if that case was reported within this many hours'),
    OPEN311_MAX_BODY_BYTES: positiveInt(64 * 1024).describe('Largest Open311 POST body (form-encoded) the intake service reads; larger ones get 413'),
    OPEN311_POSTS_PER_HOUR_PER_KEY: positiveInt(1000).describe('Open311 POST requests one api_key may make per hour (429 beyond)'),
    OPEN311_POSTS_PER_HOUR_PER_IP: positiveInt(300).describe('Open311 POST requests one client address may make per hour, with or without a valid key (429 beyond)'),
    OPEN311_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional().describe('Public base URL of the intake service that Open311 discovery announces; the request’s Host when unset'),
    SMTP_PORT: port(2525).describe('Port of the mail listener (SMTP) that takes reports sent to the hotline addresses; 0 picks a free port'),
    SMTP_HOST: z.string().min(1).optional().describe('Interface the mail listener listens on; HTTP_HOST when unset'),
    SMTP_HOTLINE_DOMAINS: z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}(,[a-z0-9.-]+\.[a-z]{2,})*$/i, 'must be domain[,domain…]')
      .optional()
      .describe('Mail domains the listener takes mail for, comma-separated (e.g. hanoi.gov.vn); any domain when unset'),
    SMTP_MAX_MESSAGE_BYTES: positiveInt(36 * 1024 * 1024).describe('Largest mail the listener accepts, attachments included (SMTP SIZE)'),
    EVIDENCE_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .max(25 * 1024 * 1024, 'must be at most 26214400 (25 MiB, the evidence rule)')
      .default(25 * 1024 * 1024)
      .describe('Largest evidence file, uploaded or attached to a mail (at most 25 MiB)'),
    EVIDENCE_UPLOADS_PER_MINUTE: positiveInt(30).describe('Evidence uploads (POST /evidence on the intake service) one client address may make per minute'),
    EVIDENCE_UNCLAIMED_HOURS: positiveInt(24).describe('An uploaded evidence file that no report refers to is deleted after this many hours'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info').describe('Least severe log level printed'),
    BUS_RETRY_MAX_ATTEMPTS: positiveInt(5).describe('Delivery attempts before a message goes to its dead-letter topic'),
    BUS_RETRY_INITIAL_DELAY_MS: positiveInt(200).describe('First retry delay; doubles on each attempt'),
    FORWARDER_POLL_INTERVAL_MS: positiveInt(250).describe('How often a forwarder looks for events appended by other processes'),
  })
  .superRefine((c, ctx) => {
    const need = (variable: 'DATABASE_URL' | 'EVENTSTORE_URL' | 'KAFKA_BROKERS', because: string) => {
      if (!c[variable]) ctx.addIssue({ code: 'custom', path: [variable], message: `is required because ${because}` });
    };
    if (c.SQL_ADAPTER === 'postgres') need('DATABASE_URL', 'SQL_ADAPTER=postgres');
    if (c.EVENT_STORE_ADAPTER === 'postgres') need('DATABASE_URL', 'EVENT_STORE_ADAPTER=postgres');
    if (c.EVENT_STORE_ADAPTER === 'eventstoredb') need('EVENTSTORE_URL', 'EVENT_STORE_ADAPTER=eventstoredb');
    if (c.EVENT_BUS_ADAPTER === 'kafka') need('KAFKA_BROKERS', 'EVENT_BUS_ADAPTER=kafka');
  });

export type PlatformConfig = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; a bad value fails with an error naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): PlatformConfig {
  const known = Object.fromEntries(Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const result = configSchema.safeParse(known);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? '(configuration)'),
      message: `${issue.message}${issue.path[0] && env[String(issue.path[0])] !== undefined ? ` (got "${env[String(issue.path[0])]}")` : ''}`,
    })),
  );
}

/** The schema as a Markdown table, for the README and `--help`. */
export function describeConfig(): string {
  const rows = Object.entries(configSchema.shape).map(([name, schema]) => {
    const parsed = schema.safeParse(undefined);
    const fallback = parsed.success && parsed.data !== undefined && parsed.data !== '' ? `\`${String(parsed.data)}\`` : '—';
    return `| \`${name}\` | ${fallback} | ${schema.description ?? ''} |`;
  });
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
