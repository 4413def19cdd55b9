import type { Jurisdiction, UnitCode } from '@hotline/routing-domain';

/** Every unit an officer of `unitCode` may see (DESIGN §3: the unit and every unit below it), for inbox queries. */
export function unitsCoveredBy(jurisdiction: Jurisdiction, unitCode: UnitCode): UnitCode[] {
  const unit = jurisdiction.unit(unitCode);
  if (!unit) return [];
  if (unit.level === 'commune') return [unit.code];
  const below = unit.level === 'central' ? [...jurisdiction.unitsAt('province'), ...jurisdiction.unitsAt('commune')] : jurisdiction.unitsAt('commune').filter((c) => c.parentCode === unit.code);
  return [unit.code, ...below.map((u) => u.code)];
}
