import { ConfigError, describeConfig, loadConfig } from './platform-config';

describe('platform configuration', () => {
  it('runs on embedded defaults with an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      EVENT_STORE_ADAPTER: 'pglite',
      SQL_ADAPTER: 'pglite',
      EVENT_BUS_ADAPTER: 'in-process',
      DATA_DIR: './data',
      INTAKE_PORT: 4101,
    });
  });

  it('accepts a distributed set-up', () => {
    const config = loadConfig({
      EVENT_STORE_ADAPTER: 'eventstoredb',
      EVENTSTORE_URL: 'esdb://eventstore:2113?tls=false',
      SQL_ADAPTER: 'postgres',
      DATABASE_URL: 'postgres://hotline@db:5432/hotline',
      EVENT_BUS_ADAPTER: 'kafka',
      KAFKA_BROKERS: 'kafka-0:9092,kafka-1:9092',
      INTAKE_PORT: '8080',
    });
    expect(config.INTAKE_PORT).toBe(8080);
    expect(config.KAFKA_BROKERS).toBe('kafka-0:9092,kafka-1:9092');
  });

  it('names the variable of every bad value', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ INTAKE_PORT: 'eighty', EVENT_BUS_ADAPTER: 'rabbit', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.variable).sort()).toEqual(['EVENT_BUS_ADAPTER', 'INTAKE_PORT', 'LOG_LEVEL']);
    expect(error!.message).toMatch(/INTAKE_PORT: .*\(got "eighty"\)/);
  });

  it('requires the URL of the server an adapter needs', () => {
    expect(() => loadConfig({ EVENT_BUS_ADAPTER: 'kafka' })).toThrow(/KAFKA_BROKERS: is required because EVENT_BUS_ADAPTER=kafka/);
    expect(() => loadConfig({ SQL_ADAPTER: 'postgres' })).toThrow(/DATABASE_URL: is required/);
    expect(() => loadConfig({ EVENT_STORE_ADAPTER: 'eventstoredb', EVENTSTORE_URL: 'http://x' })).toThrow(/EVENTSTORE_URL: must start with esdb/);
    expect(() => loadConfig({ KAFKA_BROKERS: 'kafka' })).toThrow(/KAFKA_BROKERS: must be host:port/);
  });

  it('documents every variable with its default', () => {
    const table = describeConfig();
    expect(table).toContain('| `EVENT_BUS_ADAPTER` | `in-process` |');
    expect(table).toContain('| `DATABASE_URL` | — |');
  });
});
