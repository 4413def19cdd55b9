import type { Actor } from '@hotline/contracts-events';
import {
  authorizeDirectoryChange,
  CENTRAL_UNIT_CODE,
  validateHotlineUnit,
  vietnamDateOf,
  type AssignmentRulesSubmission,
  type FieldError,
  type HotlineUnitField,
  type InstitutionalEmailPolicy,
} from '@hotline/routing-domain';
import type { AssignmentRulesPublication, AssignmentRulesTable } from './assignment-rules-table';
import type { OfficerIdentity } from './case-commands';
import type { DirectoryTables, HotlineListing, RosterImportResult } from './directory-tables';
import type { OfficerRosterEvents } from './officer-roster-events';
import { readRosterFile, rosterFileBytes } from './roster-file';

export interface DirectoryCommandsDependencies {
  readonly directory: DirectoryTables;
  readonly assignmentRules: AssignmentRulesTable;
  /** Announces the officers an import stored, so identity keeps their accounts (H3). */
  readonly rosterEvents: OfficerRosterEvents;
  readonly emailPolicy?: InstitutionalEmailPolicy;
  readonly now?: () => Date;
}

export type HotlineContactOutcome =
  | { readonly ok: true; readonly listing: HotlineListing }
  | { readonly ok: false; readonly errors: readonly FieldError<HotlineUnitField>[] };

export interface RosterUpload {
  readonly unitCode: string;
  readonly fileName: string;
  readonly contentBase64: string;
}

/**
 * What administrators change outside cases. Each checks the role and the jurisdiction first
 * (DirectoryRuleViolation), then the input; a refused change stores nothing, except that a
 * roster keeps its valid rows whatever the others hold (H3).
 */
export class DirectoryCommands {
  constructor(private readonly dependencies: DirectoryCommandsDependencies) {}

  /** H2: a unit's one institutional phone and e-mail; a personal mailbox is refused on the e-mail field. */
  async setHotlineContact(officer: OfficerIdentity, input: { readonly unitCode: string; readonly phone: string; readonly email: string }): Promise<HotlineContactOutcome> {
    const { jurisdiction } = await this.dependencies.directory.directory();
    const unitCode = authorizeDirectoryChange('set_hotline_contact', officer, input.unitCode, jurisdiction);
    const validation = validateHotlineUnit({ ...input, unitCode }, jurisdiction, this.dependencies.emailPolicy);
    if (!validation.ok) return { ok: false, errors: validation.errors };
    return { ok: true, listing: await this.dependencies.directory.publishHotline(validation.hotline, actorOf(officer)) };
  }

  /** H3: a unit's roster as a .csv or .xlsx upload; rows for units outside that unit are refused row by row. */
  async importRoster(officer: OfficerIdentity, upload: RosterUpload): Promise<RosterImportResult> {
    const { jurisdiction } = await this.dependencies.directory.directory();
    const unitCode = authorizeDirectoryChange('import_roster', officer, upload.unitCode, jurisdiction);
    const sheet = readRosterFile(upload.fileName, rosterFileBytes(upload.contentBase64));
    const result = await this.dependencies.directory.importRosterSheet(sheet, actorOf(officer), unitCode);
    await this.dependencies.rosterEvents.announce(result.stored, actorOf(officer), this.dependencies.now?.() ?? new Date());
    return result;
  }

  /** The next version of the national assignment rules, numbered by the platform. */
  async publishAssignmentRules(officer: OfficerIdentity, submission: AssignmentRulesSubmission): Promise<AssignmentRulesPublication> {
    const { jurisdiction } = await this.dependencies.directory.directory();
    authorizeDirectoryChange('publish_assignment_rules', officer, CENTRAL_UNIT_CODE, jurisdiction);
    const today = vietnamDateOf((this.dependencies.now?.() ?? new Date()).toISOString());
    return this.dependencies.assignmentRules.publish(submission, actorOf(officer), { today, jurisdiction });
  }
}

function actorOf(officer: OfficerIdentity): Actor {
  return { kind: 'officer', id: officer.officerId, unitCode: officer.unitCode };
}
