import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeConfig } from '@hotline/platform-config';

const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

describe('README', () => {
  it('shows the two commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });

  it('documents the configuration schema exactly as the code defines it', () => {
    const table = /<!-- config-table:start -->\n([\s\S]*?)\n<!-- config-table:end -->/.exec(readme)?.[1];
    expect(table).toBe(describeConfig());
  });
});
