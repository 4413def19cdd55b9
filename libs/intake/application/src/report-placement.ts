import {
  resolveAddress,
  resolveCommuneCode,
  type AdministrativeGazetteer,
  type CommuneBoundaries,
  type LocationResolution,
  type Placement,
  type ReportSubmission,
} from '@hotline/intake-domain';

/**
 * Where a report belongs: the commune code if given; else the point, when commune boundaries are
 * loaded (COMMUNE_BOUNDARIES_FILE) and it falls inside one; else the address. A point on the
 * border of two communes lets the officer choose between them.
 */
export function placeReport(gazetteer: AdministrativeGazetteer, location: ReportSubmission['location'], boundaries?: CommuneBoundaries | null): Placement {
  if (location.communeCode) return toPlacement(resolveCommuneCode(gazetteer, location.communeCode, 'current'));
  if (boundaries && location.latitude !== null && location.longitude !== null) {
    const placed = placePoint(gazetteer, boundaries.communesAt(location.latitude, location.longitude));
    if (placed) return placed;
  }
  if (location.address) return toPlacement(resolveAddress(gazetteer, location.address));
  return { kind: 'unknown' };
}

function placePoint(gazetteer: AdministrativeGazetteer, communeCodes: readonly string[]): Placement | null {
  const places = communeCodes
    .map((code) => toPlacement(resolveCommuneCode(gazetteer, code, 'current')))
    .filter((p): p is Extract<Placement, { kind: 'resolved' }> => p.kind === 'resolved');
  if (places.length === 1) return places[0];
  if (places.length > 1) return { kind: 'needs_choice', candidates: places.map((p) => ({ provinceCode: p.provinceCode, communeCode: p.communeCode })) };
  return null;
}

function toPlacement(resolution: LocationResolution): Placement {
  switch (resolution.kind) {
    case 'resolved':
      return { kind: 'resolved', provinceCode: resolution.province.code, communeCode: resolution.commune?.code ?? null };
    case 'ambiguous':
      return { kind: 'needs_choice', candidates: resolution.candidates.map((c) => ({ provinceCode: c.province.code, communeCode: c.commune?.code ?? null })) };
    case 'not_found':
      return { kind: 'unknown' };
    default: {
      const unreachable: never = resolution;
      return unreachable;
    }
  }
}
