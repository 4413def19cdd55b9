import { describeWithServer } from '@hotline/platform-testing';
import { sqlClientContract } from '../../contract';
import { PgSqlClient } from './pg-sql-client';

describeWithServer('SqlClient contract — PostgreSQL (pg)', 'postgres', (url) => {
  sqlClientContract(async () => new PgSqlClient({ connectionString: url }));
});
