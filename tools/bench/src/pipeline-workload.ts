/**
 * The reports the pipeline benchmark submits: Hà Nội (P01), spread on a grid 1.1 km apart so
 * none is linked to another as a duplicate (DUPLICATE_RADIUS_METERS defaults to 500 m) — every
 * report must open its own case and get its own deadlines.
 */
export function benchReport(index: number): Record<string, unknown> {
  const row = Math.floor(index / 40);
  const column = index % 40;
  return {
    reporter: { phone: `09${String(10_000_000 + index).slice(-8)}` },
    location: { address: 'Phường Ba Đình, Thành phố Hà Nội', communeCode: '00004', latitude: 20.6 + row * 0.01, longitude: 105.5 + column * 0.01 },
    pollutionType: 'wastewater',
    nature: 'continuous',
    description: `Nước thải xả ra kênh, có mùi hôi (phản ánh đo hiệu năng số ${index})`,
  };
}

export const SUBMIT = 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId errors { field } } }';
export const CLASSIFY = 'mutation ($id: ID!) { classifyReport(id: $id, input: { pollutionType: wastewater, urgent: false, legalTrack: pollution }) { caseId } }';
export const TRIVIAL = '{ __typename }';

export function deadlinesQuery(caseIds: readonly string[]): string {
  const representations = caseIds.map((id) => `{ __typename: "Case", id: ${JSON.stringify(id)} }`).join(', ');
  return `{ _entities(representations: [${representations}]) { ... on Case { id deadlines { step } } } }`;
}
