/**
 * Where the contract suites find real servers. A suite without its server is skipped
 * with the reason in its title; CI sets REQUIRE_REAL_SERVERS so a missing server fails
 * instead of silently skipping.
 */
export type RealServer = 'postgres' | 'kafka' | 'eventstoredb';

const variables: Record<RealServer, string> = {
  postgres: 'TEST_DATABASE_URL',
  kafka: 'TEST_KAFKA_BROKERS',
  eventstoredb: 'EVENTSTORE_URL',
};

const examples: Record<RealServer, string> = {
  postgres: 'postgres://postgres@127.0.0.1:5432/test',
  kafka: '127.0.0.1:9092 (bash infra/kafka/start.sh)',
  eventstoredb: 'esdb://127.0.0.1:2113?tls=false',
};

export function requiredServers(): RealServer[] {
  const raw = process.env['REQUIRE_REAL_SERVERS'] ?? '';
  if (raw === '1' || raw === 'true') return ['postgres', 'kafka'];
  return raw.split(',').map((s) => s.trim()).filter((s): s is RealServer => s in variables);
}

export type ServerLookup = { available: true; url: string } | { available: false; reason: string };

export function lookupServer(server: RealServer): ServerLookup {
  const variable = variables[server];
  const url = process.env[variable]?.trim();
  if (url) return { available: true, url };
  const reason = `${variable} is not set (e.g. ${variable}=${examples[server]})`;
  if (requiredServers().includes(server)) {
    throw new Error(`REQUIRE_REAL_SERVERS asks for ${server}, but ${reason}`);
  }
  return { available: false, reason };
}

/** `describe` that runs only when the real server is configured, and says so plainly when not. */
export function describeWithServer(title: string, server: RealServer, body: (url: string) => void): void {
  const lookup = lookupServer(server);
  if (lookup.available) {
    describe(title, () => body(lookup.url));
    return;
  }
  const message = `SKIPPED ${title}: ${lookup.reason}`;
  process.stderr.write(`\n  ⚠ ${message}\n`);
  describe.skip(`${title} — SKIPPED because ${lookup.reason}`, () => {
    it(`needs a real ${server} server`, () => undefined);
  });
}

let counter = 0;
/** A name unique to this test run, for schemas, topics and consumer groups. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`.toLowerCase();
}

/** Polls until `check` returns a truthy value; fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 20000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < timeoutMs) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
