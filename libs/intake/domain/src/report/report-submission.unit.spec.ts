import { MAX_EVIDENCE_BYTES, readReportSubmission } from './report-submission';
import { normaliseTrackingCode, trackingCodeFrom } from './tracking-code';
import { isInsideVietnam } from './vietnam-territory';

const now = new Date('2026-02-13T03:30:00Z');
const valid = {
  channel: 'web',
  reporter: { fullName: 'Trần Thị B', phone: '+84 24 3825 1234', email: 'B@Example.VN' },
  location: { address: 'xã Tà Xùa, Sơn La', latitude: 21.3, longitude: 104.5 },
  pollutionType: 'wastewater',
  nature: 'sudden',
  description: 'Nước thải màu đỏ đổ ra suối từ sáng nay',
  evidence: [{ evidenceId: '019c5a1e-0000-7000-8000-000000000001', fileName: 'anh-suoi.jpg', mediaType: 'image/jpeg', sizeBytes: 2_000_000, sha256: 'ab'.repeat(32) }],
};
const fieldsOf = (input: unknown) => {
  const reading = readReportSubmission(input, now);
  return reading.ok ? [] : reading.errors.map((e) => e.field);
};

describe('report submission', () => {
  it('accepts a complete report, normalising phone, e-mail and text', () => {
    const reading = readReportSubmission({ ...valid, description: '  Nuoc thai mau do\u0301 tu sang nay  ' }, now);
    expect(reading).toMatchObject({
      ok: true,
      submission: {
        channel: 'web',
        receivedAt: now.toISOString(),
        confidential: true,
        reporter: { fullName: 'Trần Thị B', phone: '+842438251234', email: 'B@example.vn', address: null },
        description: 'Nuoc thai mau dó tu sang nay', // the combining acute is composed (NFC)
      },
    });
  });

  it('names every bad field, in Vietnamese and English, and accepts nothing', () => {
    const reading = readReportSubmission(
      { channel: 'fax', reporter: { phone: '12345', email: 'not-an-email' }, location: {}, pollutionType: 'smell', nature: 'sometimes', description: 'short' },
      now,
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors.map((e) => e.field).sort()).toEqual(['channel', 'description', 'location', 'nature', 'pollutionType', 'reporter.email', 'reporter.phone']);
    for (const error of reading.errors) expect(error.message).toEqual({ vi: expect.any(String), en: expect.any(String) });
  });

  it('refuses coordinates outside Vietnam and keeps those on the islands', () => {
    expect(fieldsOf({ ...valid, location: { latitude: 13.75, longitude: 100.5 } })).toEqual(['location.latitude']);
    expect(fieldsOf({ ...valid, location: { latitude: 'north', longitude: 105 } })).toEqual(['location.latitude']);
    expect(isInsideVietnam(10.38, 114.36)).toBe(true);
    expect(isInsideVietnam(21.03, 105.85)).toBe(true);
  });

  it('limits evidence by count, type and size', () => {
    const stored = valid.evidence[0]!;
    expect(fieldsOf({ ...valid, evidence: [{ ...stored, fileName: 'x.exe', mediaType: 'application/x-msdownload' }] })).toEqual(['evidence.0.mediaType']);
    expect(fieldsOf({ ...valid, evidence: [{ ...stored, fileName: 'big.mp4', mediaType: 'video/mp4', sizeBytes: MAX_EVIDENCE_BYTES + 1 }] })).toEqual(['evidence.0.sizeBytes']);
    expect(fieldsOf({ ...valid, evidence: [{ fileName: 'anh.jpg', mediaType: 'image/jpeg', sizeBytes: 10 }] })).toEqual(['evidence.0.evidenceId', 'evidence.0.sha256']);
    expect(fieldsOf({ ...valid, evidence: Array.from({ length: 11 }, () => valid.evidence[0]) })).toEqual(['evidence']);
  });

  it('handles hostile input with a clear error and without throwing', () => {
    expect(fieldsOf({ ...valid, description: 'x'.repeat(10 * 1024 * 1024) })).toEqual(['description']);
    expect(fieldsOf({ ...valid, description: 'bad \uD800 surrogate text here' })).toEqual(['description']);
    expect(fieldsOf({ ...valid, description: 'bell \u0007 and escape \u001b[31m in text' })).toEqual(['description']);
    expect(fieldsOf({ ...valid, reporter: { phone: "0912'; DROP TABLE cases;--" } })).toEqual(['reporter.phone']);
    expect(fieldsOf({ ...valid, description: 12345 })).toEqual(['description']);
    expect(fieldsOf(null)).toEqual(expect.arrayContaining(['', 'channel', 'description']));
    expect(fieldsOf({ ...valid, receivedAt: '2027-01-01T00:00:00Z' })).toEqual(['receivedAt']);
  });

  it('refuses HTML markup, and keeps SQL-looking text as inert data', () => {
    expect(fieldsOf({ ...valid, description: '<script>alert("x")</script> khói bụi' })).toEqual(['description']);
    const sql = "Khói bụi'; DROP TABLE intake.reports; --";
    expect(readReportSubmission({ ...valid, description: sql }, now)).toMatchObject({ ok: true, submission: { description: sql } });
  });
});

describe('tracking codes', () => {
  it('are made from random bytes in an unambiguous alphabet and read back however typed', () => {
    const code = trackingCodeFrom(new Uint8Array([0x12, 0x34, 0x56, 0x78, 0x9a]));
    expect(code).toMatch(/^PA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normaliseTrackingCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normaliseTrackingCode('PA-OOOO-IIII')).toBe('PA-0000-1111');
    expect(normaliseTrackingCode('PA-123')).toBeNull();
  });
});
