import { readOpen311Request } from './open311-request-form';
import { readUrlEncodedForm, type FormFields } from './url-encoded-form';

const now = new Date('2026-02-13T03:30:00Z');
const form = (body: string): FormFields => {
  const reading = readUrlEncodedForm(new TextEncoder().encode(body));
  if (!reading.ok) throw new Error(reading.problem);
  return reading.fields;
};
const valid = {
  api_key: 'k',
  service_code: 'wastewater',
  lat: '21.0285',
  long: '105.8542',
  email: 'an@example.vn',
  first_name: 'Văn An',
  last_name: 'Nguyễn',
  phone: '0912 345 678',
  description: 'Nước thải đen chảy ra hồ Hoàn Kiếm từ cống',
  'attribute[nature]': 'continuous',
};
const encode = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const errorsOf = (fields: Record<string, string>) => {
  const reading = readOpen311Request(form(encode(fields)), now);
  return reading.ok ? [] : reading.errors;
};

describe('url-encoded form', () => {
  it('decodes percent escapes and + as UTF-8, keeping repeated names', () => {
    const reading = readUrlEncodedForm(new TextEncoder().encode('a=N%C6%B0%E1%BB%9Bc+th%E1%BA%A3i&a=2&b'));
    expect(reading.ok && [...reading.fields]).toEqual([
      ['a', ['Nước thải', '2']],
      ['b', ['']],
    ]);
  });

  it('refuses invalid UTF-8, bad escapes and floods of fields instead of mangling them', () => {
    expect(readUrlEncodedForm(Uint8Array.from([0x61, 0x3d, 0xff, 0xfe]))).toEqual({ ok: false, problem: 'invalid_utf8' });
    expect(readUrlEncodedForm(new TextEncoder().encode('a=%ED%A0%80'))).toEqual({ ok: false, problem: 'invalid_utf8' }); // an encoded lone surrogate
    expect(readUrlEncodedForm(new TextEncoder().encode('a=%G1'))).toEqual({ ok: false, problem: 'invalid_encoding' });
    expect(readUrlEncodedForm(new TextEncoder().encode(Array.from({ length: 101 }, (_, i) => `f${i}=1`).join('&')))).toEqual({ ok: false, problem: 'too_many_fields' });
  });
});

describe('Open311 POST → report submission', () => {
  it('maps a GeoReport v2 request onto an open311-channel report', () => {
    const reading = readOpen311Request(form(encode({ ...valid, 'attribute[suspected_polluter]': 'Xưởng dệt X', 'attribute[confidential]': 'false', media_url: 'https://img.example.vn/a.jpg' })), now);
    expect(reading).toEqual({
      ok: true,
      report: expect.objectContaining({
        channel: 'open311',
        receivedAt: now.toISOString(),
        reporter: { fullName: 'Nguyễn Văn An', phone: '0912 345 678', email: 'an@example.vn' },
        confidential: false,
        suspectedPolluter: 'Xưởng dệt X',
        location: { address: null, communeCode: null, latitude: 21.0285, longitude: 105.8542 },
        pollutionType: 'wastewater',
        nature: 'continuous',
        otherInformation: expect.stringContaining('https://img.example.vn/a.jpg'),
      }),
    });
  });

  it('is confidential unless the reporter says otherwise, and takes an address or a commune code instead of a point', () => {
    const { lat: _lat, long: _long, ...noPoint } = valid;
    const reading = readOpen311Request(form(encode({ ...noPoint, address_string: 'Phường Ba Đình, Hà Nội', address_id: '00004' })), now);
    expect(reading.ok && reading.report).toMatchObject({ confidential: true, location: { address: 'Phường Ba Đình, Hà Nội', communeCode: '00004', latitude: null } });
  });

  it('names the Open311 field of each problem, in Vietnamese and English', () => {
    const errors = errorsOf({ ...valid, service_code: 'radiation', lat: '48.85', long: '2.35', email: 'not-mail', description: 'ngắn', 'attribute[nature]': 'sometimes' });
    expect(errors.map((e) => e.field).sort()).toEqual(['attribute[nature]', 'description', 'email', 'lat/long', 'service_code']);
    expect(errors.find((e) => e.field === 'lat/long')?.message).toEqual({ vi: 'Toạ độ nằm ngoài lãnh thổ Việt Nam.', en: 'The coordinates are outside Vietnam.' });
  });

  it('refuses half a point, numbers in disguise, a missing nature and no location at all', () => {
    expect(errorsOf({ ...valid, long: '' }).map((e) => e.field)).toEqual(['lat/long']);
    expect(errorsOf({ ...valid, lat: '1e1' }).map((e) => e.field)).toEqual(['lat/long']);
    const { 'attribute[nature]': _nature, lat: _lat, long: _long, ...bare } = valid;
    expect(errorsOf(bare).map((e) => e.field).sort()).toEqual(['attribute[nature]', 'lat/long, address_string, address_id']);
  });

  it('refuses repeated fields, unknown attributes, a description over 4,000 characters and non-web media links', () => {
    const repeated = readOpen311Request(form(`${encode(valid)}&service_code=noise`), now);
    expect(!repeated.ok && repeated.errors.map((e) => e.field)).toEqual(['service_code']);
    expect(errorsOf({ ...valid, ['attribute[<script>alert(1)</script>]']: 'x' }).map((e) => e.field)).toEqual(['attribute[<script>alert(1)</script>]']);
    expect(errorsOf({ ...valid, description: 'ô nhiễm '.repeat(600) }).map((e) => e.field)).toEqual(['description']);
    expect(errorsOf({ ...valid, media_url: 'javascript:alert(1)' }).map((e) => e.field)).toEqual(['media_url']);
  });

  it('keeps SQL-looking text as inert data, and refuses HTML markup (the platform rule for typed text)', () => {
    const text = "Nước thải'; DROP TABLE intake.reports; --";
    const reading = readOpen311Request(form(encode({ ...valid, description: text })), now);
    expect(reading.ok && reading.report['description']).toBe(text);
    expect(errorsOf({ ...valid, description: "<script>alert('x')</script> nước thải đen" }).map((e) => e.field)).toEqual(['description']);
  });

  it('refuses control characters hidden in text', () => {
    expect(errorsOf({ ...valid, description: 'Nước thải chảy ra\u0000 hồ từ cống' }).map((e) => e.field)).toEqual(['description']);
  });

  it('reads an occurred_at without offset as Vietnam time', () => {
    const reading = readOpen311Request(form(encode({ ...valid, 'attribute[occurred_at]': '2026-02-12T22:00' })), now);
    expect(reading.ok && reading.report['occurredAt']).toBe('2026-02-12T15:00:00.000Z');
  });
});
