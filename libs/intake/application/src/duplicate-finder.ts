import type { ReportReadModel } from './report-read-model';

export interface DuplicatePolicy {
  radiusMeters: number;
  windowHours: number;
}

const EARTH_RADIUS_METERS = 6_371_000;

function distanceMeters(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(h));
}

/**
 * The open case a new report repeats (H9): same pollution type, reported within the window, and
 * within the radius when both have coordinates, otherwise in the same commune.
 */
export async function findDuplicateCase(
  readModel: ReportReadModel,
  policy: DuplicatePolicy,
  report: { reportId: string; pollutionType: string; receivedAt: string; communeCode: string | null; latitude: number | null; longitude: number | null },
): Promise<string | null> {
  const since = new Date(Date.parse(report.receivedAt) - policy.windowHours * 3_600_000).toISOString();
  const candidates = await readModel.openReportsOfType(report.pollutionType, since);
  const match = candidates.find((c) => {
    if (c.reportId === report.reportId) return false;
    if (report.latitude !== null && report.longitude !== null && c.latitude !== null && c.longitude !== null) {
      return distanceMeters({ lat: report.latitude, lon: report.longitude }, { lat: c.latitude, lon: c.longitude }) <= policy.radiusMeters;
    }
    return report.communeCode !== null && report.communeCode === c.communeCode;
  });
  return match?.caseId ?? null;
}
