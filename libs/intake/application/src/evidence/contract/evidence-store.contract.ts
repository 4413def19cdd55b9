import { createHash, randomBytes } from 'node:crypto';
import type { EvidenceStore } from '../evidence-store';

export interface EvidenceStoreUnderTest {
  store: EvidenceStore;
  /** Moves the store's clock (for the expiry of unclaimed uploads). */
  setNow(now: Date): void;
  close(): Promise<void>;
}

const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

/** The behaviour every EvidenceStore adapter must show. One suite, run against each adapter. */
export function evidenceStoreContract(open: () => Promise<EvidenceStoreUnderTest>): void {
  let subject: EvidenceStoreUnderTest;
  let store: EvidenceStore;
  const photo = (bytes = 1000) => ({ fileName: 'ảnh hồ Trúc Bạch.jpg', mediaType: 'image/jpeg' as const, content: Buffer.concat([JPEG_HEAD, randomBytes(bytes)]) });

  beforeAll(async () => {
    subject = await open();
    store = subject.store;
  });
  afterAll(async () => subject.close());
  beforeEach(() => subject.setNow(new Date('2026-02-13T03:00:00Z')));

  it('keeps the bytes exactly, names the file, and computes its size and SHA-256', async () => {
    const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const file = { ...photo(), content: Buffer.concat([JPEG_HEAD, every, every]) };
    const stored = await store.put(file);
    expect(stored).toEqual({
      evidenceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: 'ảnh hồ Trúc Bạch.jpg',
      mediaType: 'image/jpeg',
      sizeBytes: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      storedAt: '2026-02-13T03:00:00.000Z',
      reportId: null,
    });
    const read = await store.get(stored.evidenceId);
    expect(read?.evidence).toEqual(stored);
    expect(Buffer.compare(read!.content, file.content)).toBe(0);
  });

  it('round-trips a file of several megabytes', async () => {
    const file = photo(6 * 1024 * 1024);
    const stored = await store.put(file);
    const read = await store.get(stored.evidenceId);
    expect(read?.content.length).toBe(file.content.length);
    expect(createHash('sha256').update(read!.content).digest('hex')).toBe(stored.sha256);
  });

  it('describes the files that exist and leaves unknown ids out', async () => {
    const a = await store.put(photo());
    const b = await store.put(photo());
    const described = await store.describe([a.evidenceId, 'no-such-file', b.evidenceId]);
    expect(described.map((d) => d.evidenceId).sort()).toEqual([a.evidenceId, b.evidenceId].sort());
    expect(await store.describe([])).toEqual([]);
    expect(await store.get('no-such-file')).toBeNull();
  });

  it('gives files to one report, all or none', async () => {
    const a = await store.put(photo());
    const b = await store.put(photo());
    expect(await store.claim([a.evidenceId, b.evidenceId], 'report-1')).toBe(true);
    // A retry of the same report claims nothing new and still succeeds.
    expect(await store.claim([a.evidenceId, b.evidenceId], 'report-1')).toBe(true);
    expect((await store.describe([a.evidenceId])).map((d) => d.reportId)).toEqual(['report-1']);
    const c = await store.put(photo());
    // b belongs to report-1: report-2 gets neither b nor c.
    expect(await store.claim([c.evidenceId, b.evidenceId], 'report-2')).toBe(false);
    expect((await store.describe([c.evidenceId]))[0]?.reportId).toBeNull();
    expect(await store.claim([c.evidenceId, 'no-such-file'], 'report-2')).toBe(false);
    expect((await store.describe([c.evidenceId]))[0]?.reportId).toBeNull();
  });

  it('lets exactly one of two reports racing for a file have it', async () => {
    const a = await store.put(photo());
    const outcomes = await Promise.all([store.claim([a.evidenceId], 'report-x'), store.claim([a.evidenceId], 'report-y')]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  });

  it('releases the files of a report that could not be recorded', async () => {
    const a = await store.put(photo());
    await store.claim([a.evidenceId], 'report-3');
    await store.release('report-3');
    expect((await store.describe([a.evidenceId]))[0]?.reportId).toBeNull();
  });

  it('discards unclaimed files only', async () => {
    const loose = await store.put(photo());
    const held = await store.put(photo());
    await store.claim([held.evidenceId], 'report-4');
    await store.discard([loose.evidenceId, held.evidenceId]);
    expect(await store.get(loose.evidenceId)).toBeNull();
    expect(await store.get(held.evidenceId)).not.toBeNull();
  });

  it('discards unclaimed uploads older than a moment, and nothing else', async () => {
    subject.setNow(new Date('2026-01-01T00:00:00Z'));
    const old = await store.put(photo());
    const oldButHeld = await store.put(photo());
    await store.claim([oldButHeld.evidenceId], 'report-5');
    subject.setNow(new Date('2026-02-13T03:00:00Z'));
    const recent = await store.put(photo());
    expect(await store.discardUnclaimed(new Date('2026-02-01T00:00:00Z'))).toBe(1);
    expect(await store.get(old.evidenceId)).toBeNull();
    expect(await store.get(oldButHeld.evidenceId)).not.toBeNull();
    expect(await store.get(recent.evidenceId)).not.toBeNull();
  });
}
