import type { CallLogImport } from '@hotline/intake-application';
import { UserFacingError, type SubgraphContext } from '@hotline/platform-graphql';
import { asDomainOfficer, intakeOfficer } from './officer-access';

/** Bounds the work one request may ask for, before any row is read. */
// The subgraph refuses requests over 1 MB anyway; this names the field when a caller gets close.
export const MAX_CALL_LOG_CHARACTERS = 1_000_000;

export function callLogResolvers(callLog: CallLogImport) {
  return {
    Mutation: {
      /**
       * The unit's own switchboard: calls are keyed by the operator's unit, whatever place a call is
       * about — routing sends each report to the unit of its place, as for a call typed in by hand.
       */
      importCallLog: async (_: unknown, args: { csv: string }, context: SubgraphContext) => {
        const officer = intakeOfficer(context.actor);
        if (args.csv.length > MAX_CALL_LOG_CHARACTERS) {
          throw new UserFacingError('INVALID_INPUT', { vi: 'Tệp nhật ký cuộc gọi quá lớn.', en: 'The call log file is too large.' }, 'csv');
        }
        const outcome = await callLog.importCsv(args.csv, asDomainOfficer(officer));
        if (!outcome.ok) throw new UserFacingError('INVALID_INPUT', outcome.message, 'csv');
        return {
          importedCount: outcome.imported.length,
          alreadyImportedCount: outcome.alreadyImported.length,
          rejectedCount: new Set(outcome.rejected.map((r) => r.rowNumber)).size,
          imported: outcome.imported,
          alreadyImported: outcome.alreadyImported,
          errors: outcome.rejected,
        };
      },
    },
  };
}
