import { describe, expect, it } from 'vitest';
import {
  EARTH_RADIUS_M,
  distanceMeters,
  formatDistance,
  gcj02ToWgs84,
  examplePoint,
  isInsideOutline,
  outlineBox,
  isOutOfChina,
  sortByDistance,
  wgs84ToGcj02,
} from '../../src/lib/geo.ts';

/** Tolerance for coordinates, in degrees (≈ 1 m). */
const DEG_TOL = 1e-5;

function expectNear(actual: { lng: number; lat: number }, lng: number, lat: number, tol = DEG_TOL) {
  expect(Math.abs(actual.lng - lng), `lng ${actual.lng} vs ${lng}`).toBeLessThan(tol);
  expect(Math.abs(actual.lat - lat), `lat ${actual.lat} vs ${lat}`).toBeLessThan(tol);
}

describe('wgs84ToGcj02', () => {
  it('matches the reference vector of the published implementations (Beijing)', () => {
    // wandergis/coordtransform test/app.js (also the README of its many ports):
    //   wgs84togcj02(116.404, 39.915) → [116.41024449916938, 39.91640428150164]
    const r = wgs84ToGcj02(116.404, 39.915);
    expectNear(r, 116.41024449916938, 39.91640428150164, 1e-9);
  });

  it('matches a second published vector (hujiulong/gcoord: [123, 45])', () => {
    // gcoord test/unit/crs/WGS84.spec.ts: WGS84 → GCJ02 of [123, 45] ≈ [123.00607541, 45.00197815]
    expectNear(wgs84ToGcj02(123, 45), 123.00607541, 45.00197815);
  });

  it('shifts Tiananmen by the expected amount', () => {
    // WGS-84 116.397128, 39.916527 → GCJ-02 ≈ 116.403372, 39.917931 (≈ 540 m east, 150 m north)
    expectNear(wgs84ToGcj02(116.397128, 39.916527), 116.403372, 39.917931);
  });

  it('shifts Yinchuan by roughly +0.0045° lng, +0.0005° lat', () => {
    const r = wgs84ToGcj02(106.2868, 38.4702);
    expect(r.lng - 106.2868).toBeGreaterThan(0.003);
    expect(r.lng - 106.2868).toBeLessThan(0.006);
    expect(r.lat - 38.4702).toBeGreaterThan(0);
    expect(r.lat - 38.4702).toBeLessThan(0.002);
  });

  it('passes points outside China through unchanged', () => {
    expect(wgs84ToGcj02(0, 0)).toEqual({ lng: 0, lat: 0 });
    expect(wgs84ToGcj02(-0.1276, 51.5072)).toEqual({ lng: -0.1276, lat: 51.5072 }); // London
    expect(wgs84ToGcj02(183, 45)).toEqual({ lng: 183, lat: 45 });
    expect(wgs84ToGcj02(139.6917, 56)).toEqual({ lng: 139.6917, lat: 56 }); // north of the box
    expect(isOutOfChina(106.2868, 38.4702)).toBe(false);
    expect(isOutOfChina(-74.006, 40.7128)).toBe(true);
  });

  it('passes non-finite input through instead of producing NaN soup', () => {
    const r = wgs84ToGcj02(Number.NaN, 38.47);
    expect(Number.isNaN(r.lng)).toBe(true);
    expect(r.lat).toBe(38.47);
  });
});

describe('gcj02ToWgs84', () => {
  it('inverts the forward transform to well under a metre', () => {
    for (const [lng, lat] of [
      [116.404, 39.915],
      [106.2868, 38.4702],
      [106.58, 38.35],
    ] as const) {
      const g = wgs84ToGcj02(lng, lat);
      expectNear(gcj02ToWgs84(g.lng, g.lat), lng, lat, 1e-7);
    }
  });

  it('passes points outside China through unchanged', () => {
    expect(gcj02ToWgs84(2.3522, 48.8566)).toEqual({ lng: 2.3522, lat: 48.8566 });
  });
});

describe('distanceMeters', () => {
  it('uses the IUGG mean radius', () => {
    expect(EARTH_RADIUS_M).toBe(6371008.8);
  });

  it('gives one degree of latitude ≈ 111.2 km', () => {
    const d = distanceMeters({ lng: 0, lat: 0 }, { lng: 0, lat: 1 });
    expect(d).toBeCloseTo(111195.08, 1); // 2πR / 360
    expect(distanceMeters({ lng: 106.3, lat: 38 }, { lng: 106.3, lat: 39 })).toBeCloseTo(111195.08, 1);
  });

  it('gives one degree of longitude ≈ 111.2 km × cos(lat)', () => {
    const d = distanceMeters({ lng: 106, lat: 38.47 }, { lng: 107, lat: 38.47 });
    // Along a parallel the great circle is slightly shorter than the parallel arc (87.08 km).
    expect(d).toBeGreaterThan(87_000);
    expect(d).toBeLessThan(87_100);
  });

  it('is zero for the same point and symmetric', () => {
    const a = { lng: 106.2771, lat: 38.4851 };
    const b = { lng: 106.58, lat: 38.35 };
    expect(distanceMeters(a, a)).toBe(0);
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6);
  });

  it('matches a known city pair: Beijing–Shanghai ≈ 1068 km', () => {
    // Tiananmen (116.3975, 39.9087) to the Bund (121.4903, 31.2397) on the sphere.
    const d = distanceMeters({ lng: 116.3975, lat: 39.9087 }, { lng: 121.4903, lat: 31.2397 });
    expect(d / 1000).toBeGreaterThan(1060);
    expect(d / 1000).toBeLessThan(1075);
  });

  it('gives half the circumference for antipodal points', () => {
    expect(distanceMeters({ lng: 0, lat: 0 }, { lng: 180, lat: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_M, 3);
  });
});

describe('sortByDistance', () => {
  const origin = { lng: 106.29, lat: 38.47 };
  const items = [
    { id: 'far', lng: 106.58, lat: 38.35 },
    { id: 'near', lng: 106.291, lat: 38.471 },
    { id: 'mid', lng: 106.38, lat: 38.42 },
    { id: 'broken', lng: Number.NaN, lat: 38.4 },
  ];

  it('puts the nearest first and adds the distance in metres', () => {
    const sorted = sortByDistance(origin, items);
    expect(sorted.map((x) => x.id)).toEqual(['near', 'mid', 'far', 'broken']);
    expect(sorted[0]!.distance).toBeCloseTo(distanceMeters(origin, items[1]!), 6);
    expect(sorted[3]!.distance).toBe(Number.POSITIVE_INFINITY);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.distance).toBeGreaterThanOrEqual(sorted[i - 1]!.distance);
    }
  });

  it('keeps other fields, leaves the input untouched and keeps ties in input order', () => {
    const before = structuredClone(items);
    const twins = [
      { id: 'a', lng: 106.3, lat: 38.47 },
      { id: 'b', lng: 106.3, lat: 38.47 },
    ];
    expect(sortByDistance(origin, twins).map((x) => x.id)).toEqual(['a', 'b']);
    const sorted = sortByDistance(origin, items);
    expect(sorted.find((x) => x.id === 'mid')).toMatchObject({ id: 'mid', lng: 106.38, lat: 38.42 });
    expect(items).toEqual(before);
    expect(items[0]).not.toHaveProperty('distance');
  });

  it('returns an empty list for no items', () => {
    expect(sortByDistance(origin, [])).toEqual([]);
  });
});

describe('formatDistance', () => {
  it('uses whole metres below one kilometre', () => {
    expect(formatDistance(0)).toBe('0 米');
    expect(formatDistance(850)).toBe('850 米');
    expect(formatDistance(849.6)).toBe('850 米');
    expect(formatDistance(999.4)).toBe('999 米');
  });

  it('uses kilometres with one decimal from one kilometre', () => {
    expect(formatDistance(999.6)).toBe('1.0 公里');
    expect(formatDistance(1000)).toBe('1.0 公里');
    expect(formatDistance(3249)).toBe('3.2 公里');
    expect(formatDistance(3250)).toBe('3.3 公里');
    expect(formatDistance(42_195)).toBe('42.2 公里');
  });

  it('drops the decimal from 100 km', () => {
    expect(formatDistance(99_960)).toBe('100 公里');
    expect(formatDistance(1_068_000)).toBe('1068 公里');
  });

  it('rejects negative and non-finite input', () => {
    expect(() => formatDistance(-1)).toThrow(RangeError);
    expect(() => formatDistance(Number.NaN)).toThrow(RangeError);
    expect(() => formatDistance(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

// An invented district's outline: an L shape, so a point can sit inside the box and still outside.
const L_SHAPE = [
  { lng: 110, lat: 30 },
  { lng: 110.4, lat: 30 },
  { lng: 110.4, lat: 30.1 },
  { lng: 110.1, lat: 30.1 },
  { lng: 110.1, lat: 30.4 },
  { lng: 110, lat: 30.4 },
];

describe('isInsideOutline', () => {
  it('contains points in either arm of the outline', () => {
    for (const p of [
      { lng: 110.05, lat: 30.05 },
      { lng: 110.35, lat: 30.05 },
      { lng: 110.05, lat: 30.35 },
    ]) {
      expect(isInsideOutline(p, L_SHAPE), JSON.stringify(p)).toBe(true);
    }
  });

  it('excludes points outside, including the notch inside the box, and non-finite input', () => {
    for (const p of [
      { lng: 110.3, lat: 30.3 }, // in the box, outside the L
      { lng: 116.3975, lat: 39.9087 },
      { lng: 0, lat: 0 },
      { lng: 30.05, lat: 110.05 }, // swapped
      { lng: Number.NaN, lat: 30.05 },
    ]) {
      expect(isInsideOutline(p, L_SHAPE), JSON.stringify(p)).toBe(false);
    }
  });
});

describe('outlineBox and examplePoint', () => {
  it('gives the ranges a point inside falls in', () => {
    expect(outlineBox(L_SHAPE)).toEqual({ west: 110, east: 110.4, south: 30, north: 30.4 });
  });

  it('gives an example point that lies inside, even when the middle of the box does not', () => {
    const p = examplePoint(L_SHAPE);
    expect(isInsideOutline(p, L_SHAPE)).toBe(true);
    expect(p).toEqual({ lng: Math.round(p.lng * 100) / 100, lat: Math.round(p.lat * 100) / 100 });
    const square = [
      { lng: 100, lat: 20 },
      { lng: 101, lat: 20 },
      { lng: 101, lat: 21 },
      { lng: 100, lat: 21 },
    ];
    expect(examplePoint(square)).toEqual({ lng: 100.5, lat: 20.5 });
  });
});

describe('the edges of the published algorithm and of the readable distance', () => {
  it.each([
    [72.004, 30, false],
    [72.003, 30, true],
    [137.8347, 30, false],
    [137.8348, 30, true],
    [100, 0.8293, false],
    [100, 0.8292, true],
    [100, 55.8271, false],
    [100, 55.8272, true],
  ])('(%d, %d) is outside the mainland box: %s', (lng, lat, outside) => {
    expect(isOutOfChina(lng, lat)).toBe(outside);
  });

  it('passes non-finite input back unchanged, both ways', () => {
    expect(gcj02ToWgs84(Number.NaN, 30)).toEqual({ lng: Number.NaN, lat: 30 });
    expect(gcj02ToWgs84(110, Number.POSITIVE_INFINITY)).toEqual({ lng: 110, lat: Number.POSITIVE_INFINITY });
    expect(wgs84ToGcj02(110, Number.NaN)).toEqual({ lng: 110, lat: Number.NaN });
  });

  it('keeps one decimal up to 99.9 km and whole kilometres from there', () => {
    expect(formatDistance(99_949)).toBe('99.9 公里');
    expect(formatDistance(99_950)).toBe('100 公里');
    expect(formatDistance(999.5)).toBe('1.0 公里');
    expect(() => formatDistance(-1)).toThrow('formatDistance: expected a finite distance ≥ 0 in metres, got -1');
  });
});

describe('the example point shown to editors', () => {
  it('is pulled from the middle towards the first corner until it is inside, in steps of a twentieth', () => {
    expect(examplePoint(L_SHAPE)).toEqual({ lng: 110.09, lat: 30.09 });
    // A C shape: the middle of the box and the average of the corners both fall in the notch.
    const cShape = [
      { lng: 0, lat: 0 },
      { lng: 3, lat: 0 },
      { lng: 3, lat: 1 },
      { lng: 1, lat: 1 },
      { lng: 1, lat: 2 },
      { lng: 3, lat: 2 },
      { lng: 3, lat: 3 },
      { lng: 0, lat: 3 },
    ];
    expect(examplePoint(cShape)).toEqual({ lng: 1.14, lat: 0.98 });
  });

  it('is the first corner, rounded, for an outline with nothing inside it', () => {
    const line = [
      { lng: 110.123, lat: 30.456 },
      { lng: 111, lat: 30.456 },
      { lng: 112, lat: 30.456 },
    ];
    expect(examplePoint(line)).toEqual({ lng: 110.12, lat: 30.46 });
  });
});

describe('isInsideOutline, with slanted edges and vertex latitudes', () => {
  const triangle = [
    { lng: 0, lat: 0 },
    { lng: 4, lat: 0 },
    { lng: 0, lat: 4 },
  ];

  it.each([
    [1, 1, true],
    [1.9, 2, true],
    [2.1, 2, false],
    [2.5, 2.5, false],
    [-0.1, 1, false],
  ])('(%d, %d) inside the triangle: %s', (lng, lat, inside) => {
    expect(isInsideOutline({ lng, lat }, triangle)).toBe(inside);
  });

  it.each([
    [110.05, 30.1, true],
    [110.5, 30.1, false],
    [109.9, 30.1, false],
    [110.2, 30.4, false],
    [110.05, Number.POSITIVE_INFINITY, false],
    [Number.NEGATIVE_INFINITY, 30.05, false],
  ])('(%d, %d) inside the L: %s', (lng, lat, inside) => {
    expect(isInsideOutline({ lng, lat }, L_SHAPE)).toBe(inside);
  });

  it('converts GCJ-02 back so that the forward transform lands within 1e-9 degrees', () => {
    const g = { lng: 110.642, lat: 30.5519 };
    const w = gcj02ToWgs84(g.lng, g.lat);
    const back = wgs84ToGcj02(w.lng, w.lat);
    expect(Math.abs(back.lng - g.lng)).toBeLessThan(1e-9);
    expect(Math.abs(back.lat - g.lat)).toBeLessThan(1e-9);
  });
});
