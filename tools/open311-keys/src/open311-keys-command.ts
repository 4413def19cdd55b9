import type { Open311Clients } from '@hotline/intake-open311';

export const USAGE = [
  'Cách dùng / usage:',
  '  npm run open311-keys -- issue "<tên đơn vị tích hợp / integrator name>"',
  '  npm run open311-keys -- list',
  '  npm run open311-keys -- revoke <client_id>',
  'Cơ sở dữ liệu theo biến môi trường như khi chạy dịch vụ (SQL_ADAPTER, DATABASE_URL, DATA_DIR).',
  'The database comes from the same variables as the services (SQL_ADAPTER, DATABASE_URL, DATA_DIR).',
].join('\n');

/** One command of the tool; returns the process exit code (0 done, 1 refused, 2 usage). */
export async function runOpen311KeysCommand(args: readonly string[], clients: Open311Clients, print: (line: string) => void): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'issue': {
      const name = rest.join(' ').trim();
      if (name.length === 0 || name.length > 200) {
        print('Cần tên đơn vị tích hợp (1–200 ký tự). An integrator name of 1–200 characters is needed.');
        return 2;
      }
      const { client, apiKey } = await clients.issue(name);
      print(`Đã cấp khoá Open311 cho “${client.name}” (client_id ${client.clientId}). Khoá chỉ hiện một lần này:`);
      print(`Issued an Open311 key for “${client.name}” (client_id ${client.clientId}). The key is shown only this once:`);
      print(apiKey);
      return 0;
    }
    case 'list':
      for (const c of await clients.list()) print([c.clientId, c.name, c.createdAt, c.revokedAt ? `revoked ${c.revokedAt}` : 'active'].join('\t'));
      return 0;
    case 'revoke': {
      if (rest.length !== 1) {
        print(USAGE);
        return 2;
      }
      const revoked = await clients.revoke(rest[0]);
      print(revoked ? `Đã thu hồi / revoked ${rest[0]}` : `Không có khoá đang hoạt động với client_id này. No active key has client_id ${rest[0]}.`);
      return revoked ? 0 : 1;
    }
    default:
      print(USAGE);
      return 2;
  }
}
