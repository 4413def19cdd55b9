/**
 * A coarse test that a point lies in Vietnam: the mainland's bounding box plus the Hoàng Sa and
 * Trường Sa archipelagos. The reference data has no boundaries, so this cannot tell a point in
 * Laos or Cambodia near the border from one in Vietnam; resolving coordinates to a commune needs
 * commune polygons (see the intake README).
 */
const AREAS = [
  { name: 'mainland', south: 8.17, north: 23.4, west: 102.14, east: 109.47 },
  { name: 'Hoàng Sa', south: 15.7, north: 17.2, west: 111.0, east: 113.0 },
  { name: 'Trường Sa', south: 6.0, north: 12.0, west: 111.5, east: 117.9 },
] as const;

export function isInsideVietnam(latitude: number, longitude: number): boolean {
  return AREAS.some((a) => latitude >= a.south && latitude <= a.north && longitude >= a.west && longitude <= a.east);
}
