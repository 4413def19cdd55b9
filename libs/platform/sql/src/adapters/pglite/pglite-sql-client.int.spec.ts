import { sqlClientContract } from '../../contract';
import { PGliteSqlClient } from './pglite-sql-client';

describe('SqlClient contract — PGlite (embedded)', () => {
  sqlClientContract(() => PGliteSqlClient.open());
});
