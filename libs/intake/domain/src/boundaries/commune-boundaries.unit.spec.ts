import { CommuneBoundaries } from './commune-boundaries';
import { readBoundaryCollection } from './boundary-collection';

const square = (west: number, south: number, size: number) => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
] as [number, number][];

// Two neighbouring wards (shared border at longitude 105.84) and a commune with a lake carved out.
const collection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { commune_code: '00004' }, geometry: { type: 'Polygon', coordinates: [square(105.82, 21.02, 0.02)] } },
    { type: 'Feature', properties: { commune_code: '00070' }, geometry: { type: 'Polygon', coordinates: [square(105.84, 21.02, 0.02)] } },
    {
      type: 'Feature',
      properties: { commune_code: 16171 },
      geometry: { type: 'MultiPolygon', coordinates: [[square(105.0, 19.8, 0.1), square(105.04, 19.84, 0.02)], [square(105.3, 19.8, 0.05)]] },
    },
  ],
};

describe('commune boundaries', () => {
  const read = readBoundaryCollection(collection, 'commune_code');
  const boundaries = new CommuneBoundaries(read.ok ? read.boundaries : []);

  it('reads a GeoJSON FeatureCollection, numeric codes padded to 5 digits', () => {
    expect(read.ok && read.boundaries.map((b) => b.communeCode)).toEqual(['00004', '00070', '16171']);
  });

  it('finds the commune a point lies in', () => {
    expect(boundaries.communesAt(21.03, 105.83)).toEqual(['00004']);
    expect(boundaries.communesAt(21.03, 105.85)).toEqual(['00070']);
  });

  it('gives both communes for a point on their shared border, none outside every commune', () => {
    expect(boundaries.communesAt(21.03, 105.84)).toEqual(['00004', '00070']);
    expect(boundaries.communesAt(10.78, 106.7)).toEqual([]);
  });

  it('leaves out a hole (a lake belonging to nobody) and finds the second part of a multipolygon', () => {
    expect(boundaries.communesAt(19.85, 105.05)).toEqual([]);
    expect(boundaries.communesAt(19.81, 105.01)).toEqual(['16171']);
    expect(boundaries.communesAt(19.82, 105.32)).toEqual(['16171']);
  });

  it('names each feature it cannot read, and reads nothing then', () => {
    const bad = readBoundaryCollection(
      { type: 'FeatureCollection', features: [{ properties: { ma_xa: '00004' }, geometry: { type: 'Point', coordinates: [105, 21] } }, { properties: { commune_code: '00070' }, geometry: { type: 'Polygon', coordinates: [[[200, 21]]] } }] },
      'commune_code',
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => [p.feature, p.message.en])).toEqual([
      [0, 'No 5-digit commune code in property "commune_code".'],
      [1, 'The geometry must be a valid Polygon or MultiPolygon (longitude, latitude).'],
    ]);
    expect(readBoundaryCollection({ type: 'Feature' }, 'commune_code').ok).toBe(false);
  });
});
