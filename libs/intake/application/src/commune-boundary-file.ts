import { readFile } from 'node:fs/promises';
import { CommuneBoundaries, readBoundaryCollection, type AdministrativeGazetteer } from '@hotline/intake-domain';

export class CommuneBoundaryFileError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`COMMUNE_BOUNDARIES_FILE ${file}: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; and ${problems.length - 10} more` : ''}`);
    this.name = 'CommuneBoundaryFileError';
  }
}

/**
 * Loads the commune boundaries an administrator supplies (GeoJSON), refusing the whole file when
 * a feature is unreadable or names a commune the current structure does not have: a wrong
 * boundary would send reports to the wrong unit without anyone noticing.
 */
export async function loadCommuneBoundaries(file: string, codeProperty: string, gazetteer: AdministrativeGazetteer): Promise<CommuneBoundaries> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CommuneBoundaryFileError(file, [error instanceof Error ? error.message : String(error)]);
  }
  const reading = readBoundaryCollection(parsed, codeProperty);
  if (!reading.ok) throw new CommuneBoundaryFileError(file, reading.problems.map((p) => `feature ${p.feature ?? '-'}: ${p.message.en}`));
  const unknown = reading.boundaries.filter((b) => gazetteer.currentCommune(b.communeCode) === undefined).map((b) => b.communeCode);
  if (unknown.length > 0) throw new CommuneBoundaryFileError(file, [`not current commune codes: ${unknown.join(', ')}`]);
  return new CommuneBoundaries(reading.boundaries);
}
