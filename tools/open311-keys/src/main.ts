import { Open311Clients } from '@hotline/intake-open311';
import { ConfigError, loadConfig } from '@hotline/platform-config';
import { openPGlite } from '@hotline/platform-runtime';
import type { SqlClient } from '@hotline/platform-sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { runOpen311KeysCommand } from './open311-keys-command';

/**
 * Issues, lists and revokes the api keys of Open311 integrators, in the intake service's
 * database. With the embedded database (PGlite) the platform must be stopped first: PGlite
 * files have one writer. `--data=intake` names the intake service's own files (a separate
 * process on PGlite) instead of the all-in-one host's.
 */
async function main(argv: string[]): Promise<number> {
  const config = loadConfig();
  const dataName = argv.find((a) => a.startsWith('--data='))?.slice('--data='.length) ?? 'platform';
  const args = argv.filter((a) => !a.startsWith('--data='));
  const sql: SqlClient =
    config.SQL_ADAPTER === 'postgres' ? new PgSqlClient({ connectionString: config.DATABASE_URL!, applicationName: 'open311-keys' }) : await openPGlite(config, dataName === 'intake' ? 'intake' : 'platform');
  try {
    const clients = new Open311Clients(sql);
    await clients.migrate();
    return await runOpen311KeysCommand(args, clients, (line) => console.log(line));
  } finally {
    await sql.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
