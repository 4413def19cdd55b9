import { rosterFieldLabel, type BilingualText, type RosterRejection } from '@hotline/routing-domain';

export interface RosterRowRejection {
  readonly rowNumber: number;
  readonly fields: readonly string[];
  readonly reasons: readonly BilingualText[];
}

/** The domain reports one problem per field; a person fixes a sheet row by row, each reason naming its column. */
export function rosterRowRejections(rejected: readonly RosterRejection[]): RosterRowRejection[] {
  const rows = new Map<number, { fields: string[]; reasons: BilingualText[] }>();
  for (const { rowNumber, field, reason } of rejected) {
    const row = rows.get(rowNumber) ?? { fields: [], reasons: [] };
    const label = rosterFieldLabel(field);
    row.fields.push(field);
    row.reasons.push({ vi: `${label.vi}: ${reason.vi}`, en: `${label.en}: ${reason.en}` });
    rows.set(rowNumber, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([rowNumber, row]) => ({ rowNumber, ...row }));
}
