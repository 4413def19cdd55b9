import type { AddressReading, CommuneMention, ProvinceMention } from './address-reading';
import type { AdministrativeGazetteer } from './administrative-gazetteer';
import { unitRef, type AdministrativeUnitRef, type CommuneSuccession, type CurrentCommune, type CurrentProvince, type LegacyDistrict } from './administrative-unit';
import { unreachable } from './unreachable';

/** The legacy units an address or code used to reach a current one. */
export interface LegacyLocation {
  readonly province?: AdministrativeUnitRef;
  readonly district?: AdministrativeUnitRef;
  readonly commune?: AdministrativeUnitRef;
}

/** One place, in the current structure, that an address or code may denote. */
export interface LocationOutcome {
  readonly province: CurrentProvince;
  readonly commune: CurrentCommune | null;
  readonly legacy: LegacyLocation | null;
}

const levels = ['province', 'district', 'commune'] as const;

export function outcomesOfReading(g: AdministrativeGazetteer, reading: AddressReading): LocationOutcome[] {
  if (reading.communes.length > 0) return reading.communes.flatMap((m) => outcomesOfCommune(g, m, reading));
  if (reading.districts.length > 0) return reading.districts.flatMap((d) => outcomesOfDistrict(g, d));
  return reading.province ? [outcomeOfProvince(reading.province)] : [];
}

/** One outcome per current commune that took in (part of) the legacy commune or island district. */
export function outcomesOfLegacyCode(g: AdministrativeGazetteer, legacyCode: string): LocationOutcome[] {
  return g.successionsOf(legacyCode).flatMap((s) => {
    const province = g.currentProvince(s.currentProvinceCode);
    const commune = g.currentCommune(s.currentCommuneCode);
    return province && commune ? [{ province, commune, legacy: legacyOfSuccession(g, s) }] : [];
  });
}

/** The legacy units every outcome agrees on; null when they share none. */
export function sharedLegacy(outcomes: readonly LocationOutcome[]): LegacyLocation | null {
  const first = outcomes[0]?.legacy;
  const shared = Object.fromEntries(
    levels.flatMap((level) => {
      const ref = first?.[level];
      return ref && outcomes.every((o) => o.legacy?.[level]?.code === ref.code) ? [[level, ref]] : [];
    }),
  );
  return Object.keys(shared).length > 0 ? shared : null;
}

function outcomesOfCommune(g: AdministrativeGazetteer, mention: CommuneMention, reading: AddressReading): LocationOutcome[] {
  switch (mention.structure) {
    case 'current': {
      const province = g.currentProvince(mention.commune.provinceCode);
      return province ? [{ province, commune: mention.commune, legacy: legacyAround(g, reading, province) }] : [];
    }
    case 'legacy':
      return outcomesOfLegacyCode(g, mention.commune.code);
    default:
      return unreachable(mention);
  }
}

/**
 * Only island districts (Côn Đảo, Lý Sơn…) and districts merged whole into one commune give a commune;
 * other districts went to several communes and the address says nothing about which.
 */
function outcomesOfDistrict(g: AdministrativeGazetteer, district: LegacyDistrict): LocationOutcome[] {
  const province = g.currentProvinceOfLegacy(district.legacyProvinceCode);
  if (!province) return [];
  const communes = g.currentCommunesOfLegacyDistrict(district.code);
  const legacyProvince = g.legacyProvince(district.legacyProvinceCode);
  const legacy = compact({ province: legacyProvince && unitRef(legacyProvince), district: unitRef(district) });
  return [{ province, commune: communes.length === 1 ? communes[0] : null, legacy }];
}

function outcomeOfProvince(mention: ProvinceMention): LocationOutcome {
  switch (mention.structure) {
    case 'current':
      return { province: mention.province, commune: null, legacy: null };
    case 'legacy':
      return { province: mention.province, commune: null, legacy: { province: unitRef(mention.legacyProvince) } };
    default:
      return unreachable(mention);
  }
}

/** Legacy names written around a current commune, e.g. the old province in "Phường Hà Giang 1, Hà Giang". */
function legacyAround(g: AdministrativeGazetteer, reading: AddressReading, province: CurrentProvince): LegacyLocation | null {
  const legacyProvince = reading.province?.structure === 'legacy' ? reading.province.legacyProvince : undefined;
  const districts = reading.districts.filter((d) => g.currentProvinceOfLegacy(d.legacyProvinceCode)?.code === province.code);
  return compact({
    province: legacyProvince && unitRef(legacyProvince),
    district: districts.length === 1 ? unitRef(districts[0]) : undefined,
  });
}

function legacyOfSuccession(g: AdministrativeGazetteer, s: CommuneSuccession): LegacyLocation | null {
  const province = g.legacyProvince(s.legacyProvinceCode);
  const district = s.legacyDistrictCode === null ? undefined : g.legacyDistrict(s.legacyDistrictCode);
  return compact({
    province: province && unitRef(province),
    district: district && unitRef(district),
    commune: s.legacyLevel === 'commune' ? { code: s.legacyCode, name: g.legacyCommune(s.legacyCode)?.fullName ?? s.legacyFullName } : undefined,
  });
}

function compact(location: { [L in (typeof levels)[number]]?: AdministrativeUnitRef | undefined }): LegacyLocation | null {
  const present = Object.fromEntries(Object.entries(location).filter(([, ref]) => ref !== undefined));
  return Object.keys(present).length > 0 ? present : null;
}
