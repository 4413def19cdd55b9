/** A ring of [longitude, latitude] positions, as GeoJSON writes them; the first equals the last. */
export type Ring = readonly (readonly [number, number])[];
/** An outer ring, then its holes. */
export type Polygon = readonly Ring[];

export interface CommuneBoundary {
  communeCode: string;
  polygons: readonly Polygon[];
}

interface IndexedBoundary extends CommuneBoundary {
  box: { west: number; south: number; east: number; north: number };
}

/**
 * Which commune a point lies in, from the communes' boundary polygons (the shared data has no
 * geometry: an administrator supplies them, see COMMUNE_BOUNDARIES_FILE). A bounding box per
 * commune keeps a lookup to a handful of point-in-polygon tests among 3,321 communes.
 */
export class CommuneBoundaries {
  private readonly boundaries: readonly IndexedBoundary[];

  constructor(boundaries: readonly CommuneBoundary[]) {
    this.boundaries = boundaries.map((b) => ({ ...b, box: boxOf(b.polygons) }));
  }

  get size(): number {
    return this.boundaries.length;
  }

  /** Every commune whose area holds the point: one, or two on a shared border, or none. */
  communesAt(latitude: number, longitude: number): string[] {
    return this.boundaries
      .filter(({ box }) => longitude >= box.west - 1e-8 && longitude <= box.east + 1e-8 && latitude >= box.south - 1e-8 && latitude <= box.north + 1e-8)
      .filter((b) => b.polygons.some((polygon) => insidePolygon(polygon, longitude, latitude)))
      .map((b) => b.communeCode);
  }
}

function boxOf(polygons: readonly Polygon[]): IndexedBoundary['box'] {
  const positions = polygons.flatMap((p) => p[0] ?? []);
  return {
    west: Math.min(...positions.map(([lon]) => lon)),
    east: Math.max(...positions.map(([lon]) => lon)),
    south: Math.min(...positions.map(([, lat]) => lat)),
    north: Math.max(...positions.map(([, lat]) => lat)),
  };
}

/** Inside the outer ring and in none of the holes. */
function insidePolygon(polygon: Polygon, x: number, y: number): boolean {
  const [outer, ...holes] = polygon;
  return outer !== undefined && insideRing(outer, x, y) && !holes.some((hole) => insideRing(hole, x, y));
}

/** Even-odd ray casting; a point on an edge counts as inside, so border points find both communes. */
function insideRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (onSegment(x, y, xi, yi, xj, yj)) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// About a millimetre: coordinates in files carry rounding noise far below what a border means.
const EDGE_TOLERANCE_DEGREES = 1e-8;

function onSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number): boolean {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const distance = Math.abs((x - x1) * (y2 - y1) - (y - y1) * (x2 - x1)) / (length || 1);
  if (distance > EDGE_TOLERANCE_DEGREES) return false;
  const e = EDGE_TOLERANCE_DEGREES;
  return x >= Math.min(x1, x2) - e && x <= Math.max(x1, x2) + e && y >= Math.min(y1, y2) - e && y <= Math.max(y1, y2) + e;
}
