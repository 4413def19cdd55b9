import path from 'node:path';
import type { PlatformConfig } from '@hotline/platform-config';
import type { RunningService } from '@hotline/platform-runtime';

/** What a person sees on `npm start`: what runs where, in Vietnamese and English. */
export function banner(config: PlatformConfig, services: RunningService[], gatewayUrl: string, bootstrapFile: string | null = null): string {
  const now = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'full', timeStyle: 'medium' }).format(new Date());
  const storage =
    config.SQL_ADAPTER === 'pglite' ? `PGlite in ${path.resolve(config.DATA_DIR, 'platform')}` : `PostgreSQL (${new URL(config.DATABASE_URL!).host})`;
  return [
    '',
    'Đường dây nóng ô nhiễm môi trường — Environmental pollution hotline platform (all-in-one)',
    `  Bắt đầu / started: ${now} (Asia/Ho_Chi_Minh)`,
    `  Lưu trữ / storage: ${storage}; event store: ${config.EVENT_STORE_ADAPTER}; bus: ${config.EVENT_BUS_ADAPTER}`,
    '',
    `  GraphQL (gateway) ${gatewayUrl}/graphql`,
    `  Đăng nhập / sign-in ${gatewayUrl}/auth/token`,
    '',
    ...(bootstrapFile
      ? [
          '  Chưa có quản trị Bộ. Mã khởi tạo dùng một lần nằm trong / no ministry administrator yet; the one-time bootstrap code is in:',
          `    ${bootstrapFile}`,
          `    POST ${gatewayUrl}/auth/bootstrap {"code", "username", "password", "fullName"} (README, "Signing in")`,
          '',
        ]
      : []),
    ...services.map((s) => `  ${s.name.padEnd(10)} ${s.url}/health`),
    '',
    '  Nhấn Ctrl-C để dừng / press Ctrl-C to stop',
    '',
  ].join('\n');
}
