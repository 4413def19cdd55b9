import { InvalidCursorError, type HotlineListing } from '@hotline/routing-application';
import { requireScope, UserFacingError, type SubgraphContext } from '@hotline/platform-graphql';
import { parseUnitCode } from '@hotline/routing-domain';
import { caseOfficer } from './case-access';
import { invalidCursor, pageSize } from './page-size';
import { rosterRowRejections } from './roster-rejections';
import type { RoutingApi } from './routing-api';

const unknownProvince = () =>
  new UserFacingError('INVALID_INPUT', { vi: 'Không có tỉnh, thành phố mã này (ví dụ 01 hoặc P01).', en: 'No province has this code (e.g. 01 or P01).' }, 'provinceCode');

/**
 * The public hotline directory (H2) and what administrators change in it: a unit's contacts and
 * its roster (H3). The role and jurisdiction checks are the domain's (DirectoryRuleViolation).
 */
export function directoryResolvers(routing: RoutingApi) {
  /** A province and its communes, or null for every unit. */
  const unitsOfProvince = async (provinceCode: string | null | undefined) => {
    if (provinceCode === null || provinceCode === undefined) return undefined;
    const { jurisdiction } = await routing.directory.directory();
    const code = parseUnitCode(provinceCode);
    if (code === null || jurisdiction.unit(code)?.level !== 'province') throw unknownProvince();
    return [code, ...jurisdiction.unitsAt('commune').filter((commune) => commune.parentCode === code).map((commune) => commune.code)];
  };

  return {
    Query: {
      hotlineDirectory: async (_: unknown, args: { provinceCode?: string | null; first: number; after?: string | null }, context: SubgraphContext) => {
        requireScope(context.actor, 'directory:read');
        const limit = pageSize(args.first);
        try {
          const page = await routing.directory.hotlineListings({ unitCodes: await unitsOfProvince(args.provinceCode), limit, after: args.after });
          return { items: page.items.map(toListing), nextCursor: page.nextCursor };
        } catch (error) {
          throw error instanceof InvalidCursorError ? invalidCursor() : error;
        }
      },
    },
    Mutation: {
      setHotlineContact: async (_: unknown, args: { unitCode: string; phone: string; email: string }, context: SubgraphContext) => {
        const outcome = await routing.directoryCommands.setHotlineContact(caseOfficer(context.actor), args);
        return outcome.ok ? { ok: true, listing: toListing(outcome.listing), errors: [] } : { ok: false, listing: null, errors: outcome.errors };
      },
      importRoster: async (_: unknown, args: { unitCode: string; fileName: string; contentBase64: string }, context: SubgraphContext) => {
        const result = await routing.directoryCommands.importRoster(caseOfficer(context.actor), args);
        return { importedCount: result.stored.length, rejectedRows: rosterRowRejections(result.rejected) };
      },
    },
  };
}

/** Only what H2 makes public: no one's name, and not who published it. */
function toListing(listing: HotlineListing) {
  const { unitCode, unitName, level, phone, phoneKind, email, publishedAt } = listing;
  return { unitCode, unitName, level, phone, phoneKind, email, publishedAt };
}
