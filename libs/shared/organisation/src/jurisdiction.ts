import type { AdministrativeLevel } from './administrative-level';
import { currentAdministrativeUnits } from './current-administrative-units';
import { OrganisationError } from './organisation-error';
import type { OrganisationUnit } from './organisation-unit';
import type { AdministrativePlace } from './administrative-place';
import { CENTRAL_UNIT_CODE, communeUnitCode, provinceUnitCode, type UnitCode } from './unit-code';

const PARENT_LEVEL: Record<AdministrativeLevel, AdministrativeLevel | null> = { central: null, province: 'central', commune: 'province' };

/**
 * The hierarchy of units and who answers for what (DESIGN §3): a unit's jurisdiction is the
 * unit itself and every unit below it.
 */
export class Jurisdiction {
  private readonly byCode: ReadonlyMap<UnitCode, OrganisationUnit>;

  constructor(units: readonly OrganisationUnit[]) {
    this.byCode = indexUnits(units);
    checkHierarchy(units, this.byCode);
  }

  static fromReferenceData(): Jurisdiction {
    return new Jurisdiction(currentAdministrativeUnits());
  }

  /** Whether an officer of `actorUnit` may act on something held by `targetUnit`. Unknown units cover nothing. */
  covers(actorUnit: string, targetUnit: string): boolean {
    if (!this.byCode.has(actorUnit as UnitCode)) return false;
    for (let unit = this.byCode.get(targetUnit as UnitCode); unit; unit = this.parentOf(unit.code) ?? undefined) {
      if (unit.code === actorUnit) return true;
    }
    return false;
  }

  /**
   * Whether a unit answers for a place given by GSO codes (a report's placement): the place's
   * commune when known, else its province, else — nowhere settled yet — the central unit.
   */
  coversPlace(actorUnit: string, place: AdministrativePlace): boolean {
    return this.covers(actorUnit, this.unitOfPlace(place));
  }

  /** The most precise known unit of a place; the central unit when neither code names one. */
  unitOfPlace(place: AdministrativePlace): UnitCode {
    const commune = place.communeCode ? communeUnitCode(place.communeCode) : null;
    if (commune && this.byCode.has(commune)) return commune;
    const province = place.provinceCode ? provinceUnitCode(place.provinceCode) : null;
    if (province && this.byCode.has(province)) return province;
    return CENTRAL_UNIT_CODE;
  }

  /** The unit itself and every unit below it (DESIGN §3), e.g. for inbox queries; empty for an unknown unit. */
  unitsCoveredBy(unitCode: string): UnitCode[] {
    const unit = this.byCode.get(unitCode as UnitCode);
    if (!unit) return [];
    if (unit.level === 'commune') return [unit.code];
    const below = unit.level === 'central' ? [...this.unitsAt('province'), ...this.unitsAt('commune')] : this.unitsAt('commune').filter((c) => c.parentCode === unit.code);
    return [unit.code, ...below.map((u) => u.code)];
  }

  has(code: string): code is UnitCode {
    return this.byCode.has(code as UnitCode);
  }

  unit(code: UnitCode): OrganisationUnit | undefined {
    return this.byCode.get(code);
  }

  parentOf(code: UnitCode): OrganisationUnit | null {
    const parentCode = this.byCode.get(code)?.parentCode;
    return parentCode ? this.byCode.get(parentCode)! : null;
  }

  /** The province a unit belongs to (a province is its own); null for the central unit and unknown codes. */
  provinceOf(code: UnitCode): OrganisationUnit | null {
    const unit = this.byCode.get(code);
    if (!unit || unit.level === 'central') return null;
    return unit.level === 'province' ? unit : this.parentOf(code);
  }

  unitsAt(level: AdministrativeLevel): OrganisationUnit[] {
    return [...this.byCode.values()].filter((u) => u.level === level);
  }
}

function indexUnits(units: readonly OrganisationUnit[]): Map<UnitCode, OrganisationUnit> {
  const byCode = new Map<UnitCode, OrganisationUnit>();
  for (const unit of units) {
    if (byCode.has(unit.code)) {
      throw new OrganisationError('duplicate_unit', { vi: `Mã đơn vị ${unit.code} bị trùng.`, en: `Unit code ${unit.code} appears twice.` });
    }
    byCode.set(unit.code, unit);
  }
  return byCode;
}

function checkHierarchy(units: readonly OrganisationUnit[], byCode: ReadonlyMap<UnitCode, OrganisationUnit>): void {
  if (units.filter((u) => u.level === 'central').length !== 1) {
    throw new OrganisationError('central_unit_count', { vi: 'Phải có đúng một đơn vị cấp Trung ương.', en: 'There must be exactly one central unit.' });
  }
  for (const unit of units) {
    const parent = unit.parentCode === null ? null : byCode.get(unit.parentCode);
    if (unit.parentCode !== null && !parent) {
      throw new OrganisationError('unknown_parent', {
        vi: `Đơn vị ${unit.code} thuộc đơn vị ${unit.parentCode} không có trong danh mục.`,
        en: `Unit ${unit.code} belongs to ${unit.parentCode}, which is not in the directory.`,
      });
    }
    // A skipped or inverted level would make escalation jump or loop.
    if ((parent?.level ?? null) !== PARENT_LEVEL[unit.level]) {
      throw new OrganisationError('misplaced_level', {
        vi: `Đơn vị ${unit.code} (${unit.level}) phải trực thuộc đơn vị ${PARENT_LEVEL[unit.level] ?? 'không có'}.`,
        en: `Unit ${unit.code} (${unit.level}) must sit directly under a ${PARENT_LEVEL[unit.level] ?? 'no'} unit.`,
      });
    }
  }
}
