import type { HotlineUnit } from './hotline-unit';
import { nationalJurisdiction, OrganisationError, type Jurisdiction, type OrganisationUnit, type UnitCode } from '@hotline/shared-organisation';

/**
 * The public directory of hotlines (H2) over the hierarchy of units (H1): which units exist,
 * who is above whom, and which of them run a hotline, with exactly one listing each.
 */
export class HotlineDirectory {
  private readonly listings: ReadonlyMap<UnitCode, HotlineUnit>;

  constructor(
    readonly jurisdiction: Jurisdiction,
    hotlines: readonly HotlineUnit[] = [],
  ) {
    this.listings = indexListings(jurisdiction, hotlines);
  }

  /** The current 34 provinces and 3,321 communes under the central unit, with the given listings. */
  static fromReferenceData(hotlines: readonly HotlineUnit[] = []): HotlineDirectory {
    return new HotlineDirectory(nationalJurisdiction(), hotlines);
  }

  /** A directory with this listing added, or replacing the unit's previous one. */
  withHotline(hotline: HotlineUnit): HotlineDirectory {
    const others = [...this.listings.values()].filter((h) => h.unitCode !== hotline.unitCode);
    return new HotlineDirectory(this.jurisdiction, [...others, hotline]);
  }

  unit(code: UnitCode): OrganisationUnit | undefined {
    return this.jurisdiction.unit(code);
  }

  runsHotline(code: UnitCode): boolean {
    return this.listings.has(code);
  }

  hotlineOf(code: UnitCode): HotlineUnit | undefined {
    return this.listings.get(code);
  }

  /** Every listing, in unit-code order, as published. */
  hotlines(): HotlineUnit[] {
    return [...this.listings.values()].sort((a, b) => a.unitCode.localeCompare(b.unitCode));
  }
}

function indexListings(jurisdiction: Jurisdiction, hotlines: readonly HotlineUnit[]): Map<UnitCode, HotlineUnit> {
  const listings = new Map<UnitCode, HotlineUnit>();
  for (const hotline of hotlines) {
    if (!jurisdiction.has(hotline.unitCode)) {
      throw new OrganisationError('unknown_unit', {
        vi: `Đường dây nóng của đơn vị ${hotline.unitCode} không có trong danh mục đơn vị.`,
        en: `Hotline listed for ${hotline.unitCode}, which is not a known unit.`,
      });
    }
    if (listings.has(hotline.unitCode)) {
      throw new OrganisationError('duplicate_hotline', {
        vi: `Đơn vị ${hotline.unitCode} chỉ được công bố một số điện thoại và một thư điện tử.`,
        en: `Unit ${hotline.unitCode} may publish only one phone number and one e-mail address.`,
      });
    }
    listings.set(hotline.unitCode, hotline);
  }
  return listings;
}
