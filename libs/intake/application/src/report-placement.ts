import { resolveAddress, resolveCommuneCode, type AdministrativeGazetteer, type LocationResolution, type Placement, type ReportSubmission } from '@hotline/intake-domain';

/** Where a report belongs, from the commune code, else the address; coordinates alone cannot say (no boundaries). */
export function placeReport(gazetteer: AdministrativeGazetteer, location: ReportSubmission['location']): Placement {
  if (location.communeCode) return toPlacement(resolveCommuneCode(gazetteer, location.communeCode, 'current'));
  if (location.address) return toPlacement(resolveAddress(gazetteer, location.address));
  return { kind: 'unknown' };
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
