import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { createLogger, type ServiceContext } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { startIntakeFeatures, type IntakeFeatures } from './start-intake-features';

const square = (west: number, south: number, size: number) => [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]];
const feature = (code: string, west: number, south: number) => ({ type: 'Feature', properties: { ma_xa: code }, geometry: { type: 'Polygon', coordinates: [square(west, south, 0.02)] } });

describe('a report with only coordinates, placed by the commune boundaries an administrator supplied (PGlite)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
  const file = path.join(dir, 'communes.geojson');
  let sql: PGliteSqlClient;
  let features: IntakeFeatures;

  const contextWith = (env: Record<string, string>): ServiceContext => ({
    config: loadConfig(env),
    logger: createLogger('error'),
    infrastructure: { sql, store: new SqlEventStore(sql, { schema: 'intake_events' }), bus: new InProcessEventBus(), checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'intake'), close: async () => undefined },
  });

  beforeAll(async () => {
    // Ba Đình (00004) and Hoàn Kiếm (00070) as two neighbouring squares; the property name is the file's own.
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [feature('00004', 105.82, 21.02), feature('00070', 105.84, 21.02)] }));
    sql = await PGliteSqlClient.open();
    features = await startIntakeFeatures(contextWith({ COMMUNE_BOUNDARIES_FILE: file, COMMUNE_BOUNDARIES_CODE_PROPERTY: 'ma_xa' }), { identityKey: randomBytes(32) });
  });
  afterAll(async () => {
    await features?.stop();
    await sql.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const submitAt = async (latitude: number, longitude: number) => {
    const outcome = await features.desk.submit(
      { channel: 'api', location: { latitude, longitude }, pollutionType: 'noise', nature: 'sudden', description: 'Tiếng nổ lớn từ công trường lúc nửa đêm' },
      { kind: 'citizen', id: 'app' },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    await features.readModel.caughtUp();
    return (await features.readModel.byId(outcome.reportId))!.placement;
  };

  it('places the report in the commune whose boundary holds the point', async () => {
    expect(await submitAt(21.03, 105.83)).toEqual({ kind: 'resolved', provinceCode: '01', communeCode: '00004' });
    expect(await submitAt(21.03, 105.85)).toEqual({ kind: 'resolved', provinceCode: '01', communeCode: '00070' });
  });

  it('lets an officer choose for a point on the border, and leaves a point outside every boundary unplaced', async () => {
    expect(await submitAt(21.03, 105.84)).toEqual({
      kind: 'needs_choice',
      candidates: [
        { provinceCode: '01', communeCode: '00004' },
        { provinceCode: '01', communeCode: '00070' },
      ],
    });
    expect(await submitAt(16.05, 108.2)).toEqual({ kind: 'unknown' });
  });

  it('refuses to start on a boundary file naming a commune that does not exist, naming the variable', async () => {
    const bad = path.join(dir, 'bad.geojson');
    writeFileSync(bad, JSON.stringify({ type: 'FeatureCollection', features: [feature('99999', 105, 21)] }));
    const start = startIntakeFeatures(contextWith({ COMMUNE_BOUNDARIES_FILE: bad, COMMUNE_BOUNDARIES_CODE_PROPERTY: 'ma_xa' }), { identityKey: randomBytes(32) });
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(start).rejects.toThrow(/COMMUNE_BOUNDARIES_FILE.*not current commune codes: 99999/);
  });
});
