import type { BilingualText } from '@hotline/shared-contact';
import type { CommuneBoundary, Polygon } from './commune-boundaries';

export type BoundaryReading = { ok: true; boundaries: CommuneBoundary[] } | { ok: false; problems: { feature: number | null; message: BilingualText }[] };

/**
 * Reads a GeoJSON FeatureCollection of commune boundaries (Polygon or MultiPolygon, WGS 84
 * longitude/latitude), the commune code in the property named `codeProperty`. Every problem is
 * reported with its feature's index; nothing is half-read.
 */
export function readBoundaryCollection(geojson: unknown, codeProperty: string): BoundaryReading {
  const problems: { feature: number | null; message: BilingualText }[] = [];
  const collection = geojson as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { ok: false, problems: [{ feature: null, message: { vi: 'Tệp ranh giới phải là GeoJSON FeatureCollection.', en: 'The boundary file must be a GeoJSON FeatureCollection.' } }] };
  }
  const boundaries: CommuneBoundary[] = [];
  collection.features.forEach((raw, index) => {
    const feature = raw as { properties?: Record<string, unknown>; geometry?: { type?: unknown; coordinates?: unknown } };
    const code = feature?.properties?.[codeProperty];
    const communeCode = typeof code === 'number' ? String(code).padStart(5, '0') : code;
    if (typeof communeCode !== 'string' || !/^\d{5}$/.test(communeCode)) {
      problems.push({ feature: index, message: { vi: `Thiếu mã xã 5 chữ số ở thuộc tính "${codeProperty}".`, en: `No 5-digit commune code in property "${codeProperty}".` } });
      return;
    }
    const polygons = polygonsOf(feature.geometry);
    if (!polygons) {
      problems.push({ feature: index, message: { vi: 'Hình học phải là Polygon hoặc MultiPolygon hợp lệ (kinh độ, vĩ độ).', en: 'The geometry must be a valid Polygon or MultiPolygon (longitude, latitude).' } });
      return;
    }
    boundaries.push({ communeCode, polygons });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, boundaries };
}

function polygonsOf(geometry: { type?: unknown; coordinates?: unknown } | undefined): Polygon[] | null {
  if (geometry?.type === 'Polygon') return isPolygon(geometry.coordinates) ? [geometry.coordinates] : null;
  if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates) && geometry.coordinates.length > 0) {
    return geometry.coordinates.every(isPolygon) ? (geometry.coordinates as Polygon[]) : null;
  }
  return null;
}

function isPolygon(value: unknown): value is Polygon {
  return Array.isArray(value) && value.length > 0 && value.every(isRing);
}

function isRing(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 4 &&
    value.every((p) => Array.isArray(p) && p.length >= 2 && isLongitude(p[0]) && isLatitude(p[1]))
  );
}

const isLongitude = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= -180 && v <= 180;
const isLatitude = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= -90 && v <= 90;
