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
    GATEWAY_SESSION_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4104/graphql').describe('The session subgraph, as the separate gateway process reaches it'),
    GATEWAY_ANONYMOUS_REQUESTS_PER_MINUTE: positiveInt(30).describe('GraphQL requests without sign-in (citizens: submitReport, trackReport, the directory) one client address may make per minute at the gateway (429 beyond)'),
    GATEWAY_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0).describe('Reverse proxies in front of the gateway whose X-Forwarded-For is believed for the client address (0: the socket address only)'),
    AUTH_ISSUER: z.string().min(1).max(200).default('hotline-platform').describe('Issuer (iss) of the access tokens the gateway signs; services accept platform tokens of this issuer only'),
    AUTH_SIGNING_KEY: z
      .string()
      .min(40)
      .optional()
      .describe('Ed25519 private key (PKCS#8 PEM or JWK, as is or in base64) that signs access tokens; required for the gateway outside the embedded mode, generated under DATA_DIR when embedded'),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional().describe('Where a separate service process fetches the gateway’s public keys (http://gateway:4100/auth/jwks.json); this or AUTH_PUBLIC_KEY is required there'),
    AUTH_PUBLIC_KEY: z.string().min(40).optional().describe('The gateway’s public key (SPKI PEM or JWK, as is or in base64), instead of AUTH_JWKS_URL'),
    AUTH_ACCESS_TOKEN_MINUTES: z.coerce.number().int().min(1).max(15, 'must be at most 15').default(15).describe('Lifetime of an access token (at most 15 minutes)'),
    AUTH_REFRESH_TOKEN_HOURS: positiveInt(12).describe('Lifetime of a sign-in session: a refresh token, rotated on each use, expires this long after the password sign-in'),
    AUTH_LOCKOUT_FAILURES: positiveInt(5).describe('Wrong passwords or codes in a row that lock a user name'),
    AUTH_LOCKOUT_MINUTES: positiveInt(15).describe('How long a locked user name stays locked'),
    AUTH_ACTIVATION_CODE_HOURS: positiveInt(72).describe('How long an activation code (an officer sets their password with it) stays valid'),
    AUTH_REQUESTS_PER_MINUTE_PER_IP: positiveInt(20).describe('Sign-in, activation and bootstrap requests (POST /auth/…) one client address may make per minute (429 beyond)'),
    OIDC_ISSUER: z.string().min(1).optional().describe('Issuer of an external OpenID Connect provider (a ministry single sign-on) whose tokens are accepted; unset: none'),
    OIDC_JWKS_URL: z.url({ protocol: /^https?$/ }).optional().describe('The provider’s JWKS URL; required with OIDC_ISSUER'),
    OIDC_AUDIENCE: z.string().min(1).optional().describe('Audience (aud) the provider’s tokens must name; required with OIDC_ISSUER'),
    OIDC_ROLE_CLAIM: z.string().min(1).default('role').describe('Claim holding the platform role (dots walk into objects, e.g. realm_access.roles); a token without a known role is refused'),
    OIDC_UNIT_CLAIM: z.string().min(1).default('unit').describe('Claim holding the officer’s unit code (BTNMT, P.., C.....)'),
    IDENTITY_ENCRYPTION_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
      .optional()
      .describe('Key that encrypts reporter identities (H8); required for separate service processes, generated under DATA_DIR when embedded'),
    COMMUNE_BOUNDARIES_FILE: z
      .string()
      .min(1)
      .optional()
      .describe('GeoJSON file of commune boundaries (Polygon/MultiPolygon, WGS 84); with it a report with only coordinates is placed in its commune'),
    COMMUNE_BOUNDARIES_CODE_PROPERTY: z.string().min(1).default('commune_code').describe('The feature property of that file holding the 5-digit commune code'),
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
    const need = (variable: 'DATABASE_URL' | 'EVENTSTORE_URL' | 'KAFKA_BROKERS' | 'OIDC_JWKS_URL' | 'OIDC_AUDIENCE', because: string) => {
      if (!c[variable]) ctx.addIssue({ code: 'custom', path: [variable], message: `is required because ${because}` });
    };
    if (c.SQL_ADAPTER === 'postgres') need('DATABASE_URL', 'SQL_ADAPTER=postgres');
    if (c.EVENT_STORE_ADAPTER === 'postgres') need('DATABASE_URL', 'EVENT_STORE_ADAPTER=postgres');
    if (c.EVENT_STORE_ADAPTER === 'eventstoredb') need('EVENTSTORE_URL', 'EVENT_STORE_ADAPTER=eventstoredb');
    if (c.EVENT_BUS_ADAPTER === 'kafka') need('KAFKA_BROKERS', 'EVENT_BUS_ADAPTER=kafka');
    if (c.OIDC_ISSUER) need('OIDC_JWKS_URL', 'OIDC_ISSUER is set');
    if (c.OIDC_ISSUER) need('OIDC_AUDIENCE', 'OIDC_ISSUER is set');
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
