import { crc32, inflateRawSync } from 'node:zlib';
import { SpreadsheetFileError } from './spreadsheet-file-error';

/** What one archive may cost to read: a small upload must not unpack into gigabytes (a zip bomb). */
export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
}

interface ZipEntry {
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;

/**
 * A ZIP archive read from memory, entry by entry, as far as an .xlsx needs: stored and deflated
 * entries, no ZIP64, no encryption, no multi-disk. The central directory is the index (the
 * local headers may defer their sizes to a data descriptor). Every entry is inflated with a cap
 * on its output, whatever size the directory claims, and its CRC-32 is checked.
 */
export class ZipArchive {
  private extracted = 0;

  private constructor(
    private readonly bytes: Buffer,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly limits: ZipLimits,
  ) {}

  static isZip(bytes: Buffer): boolean {
    return bytes.length >= 4 && (bytes.readUInt32LE(0) === LOCAL_HEADER || bytes.readUInt32LE(0) === END_OF_CENTRAL_DIRECTORY);
  }

  static open(bytes: Buffer, limits: ZipLimits): ZipArchive {
    const end = endRecordOffset(bytes);
    if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0) throw corrupt('multi-disk archive');
    const count = bytes.readUInt16LE(end + 10);
    const directorySize = bytes.readUInt32LE(end + 12);
    const directoryOffset = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) throw corrupt('ZIP64 archive');
    if (count > limits.maxEntries) throw new SpreadsheetFileError('corrupt_file', { vi: `(hơn ${limits.maxEntries} thành phần)`, en: `(more than ${limits.maxEntries} parts)` });
    if (directoryOffset + directorySize > end) throw corrupt('central directory out of bounds');
    return new ZipArchive(bytes, centralDirectory(bytes, directoryOffset, count), limits);
  }

  /** Part names compare without case and without a leading slash, as in an Open Packaging container. */
  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  read(name: string): Buffer {
    const entry = this.entries.get(partKey(name));
    if (!entry) throw corrupt(`missing part ${name}`);
    if (entry.size > this.limits.maxEntryBytes || this.extracted + entry.size > this.limits.maxTotalBytes) throw tooLarge();
    const content = this.inflate(entry);
    if (content.length !== entry.size || crc32(content) !== entry.crc) throw corrupt(`part ${name} fails its checksum`);
    this.extracted += content.length;
    return content;
  }

  private inflate(entry: ZipEntry): Buffer {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_HEADER) throw corrupt('bad local header');
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    if (start + entry.compressedSize > this.bytes.length) throw corrupt('entry out of bounds');
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === STORED) return data;
    try {
      // The cap holds even when the directory understates the size.
      return inflateRawSync(data, { maxOutputLength: Math.min(this.limits.maxEntryBytes, entry.size) + 1 });
    } catch (error) {
      // By its code: under a test runner the error may come from another realm's RangeError.
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw corrupt('entry does not inflate');
    }
  }
}

function endRecordOffset(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT_SIZE);
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw corrupt('no end of central directory');
}

function centralDirectory(bytes: Buffer, offset: number, count: number): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw corrupt('bad central directory');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (flags & ENCRYPTED_FLAG) throw new SpreadsheetFileError('legacy_or_encrypted');
    if (method !== STORED && method !== DEFLATED) throw corrupt(`compression method ${method}`);
    const key = partKey(name);
    if (entries.has(key)) throw corrupt(`part ${name} appears twice`);
    entries.set(key, {
      method,
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

function corrupt(what: string): SpreadsheetFileError {
  return new SpreadsheetFileError('corrupt_file', { vi: `(${what})`, en: `(${what})` });
}

function tooLarge(): SpreadsheetFileError {
  return new SpreadsheetFileError('file_too_large', { vi: '(nội dung giải nén vượt giới hạn)', en: '(its unpacked content exceeds the limit)' });
}
