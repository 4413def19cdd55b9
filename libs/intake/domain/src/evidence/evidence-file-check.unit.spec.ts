import { MAX_EVIDENCE_BYTES } from '../report/report-submission';
import { checkEvidenceCount, checkEvidenceFile } from './evidence-file-check';
import { mediaTypesOfContent } from './evidence-signature';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
/** An ISO base media `ftyp` box: size, "ftyp", major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + compatible.length * 4;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], compatible.join(''), [0, 0, 0, 8], 'free');
};

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0]);
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR');
const WINDOWS_EXE = bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode');
const GIF = bytes('GIF89a', [1, 0, 1, 0]);

describe('evidence content signatures', () => {
  it.each([
    ['a JPEG photo', JPEG, ['image/jpeg']],
    ['a PNG screenshot', PNG, ['image/png']],
    ['a WebP image', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), ['image/webp']],
    ['an iPhone HEIC photo', ftyp('heic', 'mif1', 'heic'), ['image/heic']],
    ['an iPhone video', ftyp('qt  ', 'qt  '), ['video/quicktime']],
    ['an old QuickTime movie', bytes([0, 0, 0, 8], 'wide', [0, 0, 0, 8], 'mdat'), ['video/quicktime']],
    ['an Android video', ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), ['video/mp4', 'audio/mp4']],
    ['a 3GP phone video', ftyp('3gp4', 'isom', '3gp4'), ['video/mp4', 'audio/mp4']],
    ['a voice memo (M4A)', ftyp('M4A ', 'M4A ', 'mp42', 'isom'), ['audio/mp4']],
    ['an MP3 with a tag', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), ['audio/mpeg']],
    ['an MP3 without a tag', bytes([0xff, 0xfb, 0x90, 0x64]), ['audio/mpeg']],
    ['a WAV recording', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), ['audio/wav']],
    ['a PDF', bytes('%PDF-1.7\n'), ['application/pdf']],
    ['a PDF with a preamble', bytes('\r\n\r\n%PDF-1.4'), ['application/pdf']],
  ])('recognises %s', (_what, head, types) => {
    expect(mediaTypesOfContent(head)).toEqual(types);
  });

  it.each([
    ['a Windows program', WINDOWS_EXE],
    ['a GIF', GIF],
    ['HTML', bytes('<html><script>alert(1)</script>')],
    ['an AAC stream (no MPEG layer)', bytes([0xff, 0xf1, 0x50, 0x80])],
    ['an unknown ISO brand', ftyp('crx ', 'crx ')],
    ['nothing', new Uint8Array()],
  ])('recognises nothing accepted in %s', (_what, head) => {
    expect(mediaTypesOfContent(head)).toEqual([]);
  });
});

describe('an evidence file against the limits', () => {
  const photo = { fileName: 'ảnh-suối.jpg', declaredMediaType: 'image/jpeg', sizeBytes: 2_000_000, head: JPEG };
  const fields = (candidate: Parameters<typeof checkEvidenceFile>[0], maxBytes?: number) => {
    const check = checkEvidenceFile(candidate, 'evidence.0', maxBytes);
    return check.ok ? [] : check.errors.map((e) => e.field);
  };

  it('accepts a photo whose bytes are what it says, and keeps its Vietnamese name', () => {
    expect(checkEvidenceFile(photo, 'evidence.0')).toEqual({ ok: true, fileName: 'ảnh-suối.jpg', mediaType: 'image/jpeg' });
    expect(checkEvidenceFile({ ...photo, declaredMediaType: 'IMAGE/JPEG; name="a.jpg"' }, '')).toMatchObject({ ok: true, mediaType: 'image/jpeg' });
  });

  it('takes the type from the bytes when the sender did not know it', () => {
    expect(checkEvidenceFile({ ...photo, declaredMediaType: 'application/octet-stream' }, 'evidence.0')).toMatchObject({ ok: true, mediaType: 'image/jpeg' });
    expect(checkEvidenceFile({ ...photo, declaredMediaType: null, head: ftyp('qt  ') }, 'evidence.0')).toMatchObject({ ok: true, mediaType: 'video/quicktime' });
  });

  it('refuses a program renamed to photo.jpg, naming the field in Vietnamese and English', () => {
    const check = checkEvidenceFile({ ...photo, fileName: 'photo.jpg', head: WINDOWS_EXE }, 'evidence.0');
    expect(check).toEqual({
      ok: false,
      errors: [{ field: 'evidence.0.mediaType', message: { vi: expect.stringContaining('đổi tên'), en: expect.stringContaining('renamed') } }],
    });
    expect(fields({ ...photo, declaredMediaType: 'application/octet-stream', head: WINDOWS_EXE })).toEqual(['evidence.0.mediaType']);
  });

  it('refuses content that is another accepted type than declared', () => {
    const check = checkEvidenceFile({ ...photo, head: PNG }, 'evidence.0');
    expect(check).toMatchObject({ ok: false, errors: [{ field: 'evidence.0.mediaType', message: { en: 'The file\'s content is image/png, not image/jpeg as declared.' } }] });
  });

  it('refuses types outside the list, runnable names, and names with control characters', () => {
    expect(fields({ ...photo, declaredMediaType: 'image/gif', head: GIF })).toEqual(['evidence.0.mediaType']);
    expect(fields({ ...photo, declaredMediaType: 'application/x-msdownload', fileName: 'setup.exe', head: WINDOWS_EXE })).toEqual(['evidence.0.fileName', 'evidence.0.mediaType']);
    expect(fields({ ...photo, fileName: 'anh.jpg.exe' })).toEqual(['evidence.0.fileName']);
    expect(fields({ ...photo, fileName: 'bao-cao.SVG' })).toEqual(['evidence.0.fileName']);
    expect(fields({ ...photo, fileName: 'anh\u0007.jpg' })).toEqual(['evidence.0.fileName']);
    expect(fields({ ...photo, fileName: '' })).toEqual(['evidence.0.fileName']);
  });

  it('keeps only the last part of a path as the name', () => {
    expect(checkEvidenceFile({ ...photo, fileName: 'C:\\Users\\an\\Pictures\\anh.jpg' }, '')).toMatchObject({ ok: true, fileName: 'anh.jpg' });
    expect(checkEvidenceFile({ ...photo, fileName: '../../etc/passwd.jpg' }, '')).toMatchObject({ ok: true, fileName: 'passwd.jpg' });
  });

  it('limits the size to the configured maximum, never above the rule', () => {
    expect(fields({ ...photo, sizeBytes: 0 })).toEqual(['evidence.0.sizeBytes']);
    expect(fields({ ...photo, sizeBytes: MAX_EVIDENCE_BYTES + 1 })).toEqual(['evidence.0.sizeBytes']);
    expect(fields({ ...photo, sizeBytes: MAX_EVIDENCE_BYTES + 1 }, MAX_EVIDENCE_BYTES * 2)).toEqual(['evidence.0.sizeBytes']);
    const small = checkEvidenceFile({ ...photo, sizeBytes: 2 * 1024 * 1024 + 1 }, 'evidence.0', 2 * 1024 * 1024);
    expect(small).toMatchObject({ ok: false, errors: [{ field: 'evidence.0.sizeBytes', message: { vi: 'Tệp lớn hơn 2 MB.', en: 'The file is larger than 2 MB.' } }] });
  });

  it('limits the number of files of one report', () => {
    expect(checkEvidenceCount(10)).toBeNull();
    expect(checkEvidenceCount(11)).toMatchObject({ field: 'evidence', message: { vi: expect.stringContaining('Tối đa 10'), en: expect.stringContaining('At most 10') } });
  });
});
