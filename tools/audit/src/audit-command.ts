import { CaseAudit } from '@hotline/routing-application';
import { readWholeStream, verifyStore, verifyStream, type BrokenLink, type ChainVerdict, type EventStore } from '@hotline/platform-event-store';
import type { BilingualText } from '@hotline/shared-contact';
import type { AuditCommand } from './audit-arguments';

/** Results go to `print` (stdout); progress of a long verification to `progress` (stderr). */
export interface AuditOutput {
  print(line: string): void;
  progress(line: string): void;
}

const PROBLEM: Record<BrokenLink['problem'], string> = {
  hash_mismatch: 'nội dung không khớp mã băm — đã bị sửa / content does not match its hash — altered',
  prev_hash_mismatch: 'không nối với mã băm của sự kiện trước / does not link to the previous hash',
  revision_gap: 'thiếu sự kiện / an event is missing',
};

/** Runs one command; the exit code is 0 when all is well, 1 for a broken chain or nothing found. */
export async function runAuditCommand(command: AuditCommand, store: EventStore, out: AuditOutput): Promise<number> {
  switch (command.kind) {
    case 'verify':
      return reportVerdict(command.streamId ? await verifyStream(store, command.streamId) : await verifyWholeStore(store, out), out);
    case 'history': {
      const events = await readWholeStream(store, command.streamId);
      if (events.length === 0) return nothingFound({ vi: `luồng ${command.streamId}`, en: `stream ${command.streamId}` }, out);
      for (const e of events) {
        out.print(JSON.stringify({ revision: e.streamRevision, eventId: e.eventId, type: e.type, occurredAt: e.occurredAt, recordedAt: e.recordedAt, actor: e.actor, data: e.data, prevHash: e.prevHash, hash: e.hash }));
      }
      return 0;
    }
    case 'as-of': {
      const audit = new CaseAudit(store);
      if ((await audit.history(command.caseId)).length === 0) return nothingFound({ vi: `vụ việc ${command.caseId}`, en: `case ${command.caseId}` }, out);
      const replay = await audit.caseAsOf(command.caseId, command.at);
      out.print(JSON.stringify({ caseId: command.caseId, at: command.at.toISOString(), eventsApplied: replay.eventsApplied, lastRevision: replay.lastRevision, state: replay.state }, null, 2));
      return 0;
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

function verifyWholeStore(store: EventStore, out: AuditOutput): Promise<ChainVerdict> {
  return verifyStore(store, ({ events, streams }) => out.progress(`… ${events} sự kiện / events, ${streams} luồng / streams`));
}

function reportVerdict(verdict: ChainVerdict, out: AuditOutput): number {
  if (verdict.intact) {
    out.print(`Chuỗi băm nguyên vẹn / hash chains intact: ${verdict.streams} luồng / streams, ${verdict.events} sự kiện / events.`);
    return 0;
  }
  const link = verdict.brokenAt;
  out.print(`CHUỖI BĂM BỊ PHÁ VỠ / HASH CHAIN BROKEN after ${verdict.events} events:`);
  out.print(`  stream ${link.streamId}, revision ${link.streamRevision}, event ${link.eventId ?? '(deleted / đã xoá)'}${link.globalPosition === null ? '' : `, position ${link.globalPosition}`}`);
  out.print(`  ${link.problem}: ${PROBLEM[link.problem]}`);
  return 1;
}

function nothingFound(what: BilingualText, out: AuditOutput): number {
  out.print(`Không có sự kiện nào của ${what.vi} / no events of ${what.en}.`);
  return 1;
}
