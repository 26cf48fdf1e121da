/**
 * Geographic helpers for the children's-home directory.
 *
 * Pure functions only: no DOM, no Node APIs, no imports from the rest of the project, so the same
 * module runs at build time (Astro, Vitest) and in the browser (the "nearest children's home"
 * button imports it).
 *
 * Coordinate systems
 * - Browsers' Geolocation API and GPS report WGS-84.
 * - Every coordinate in `content/` is GCJ-02, the obfuscated datum that maps published for mainland
 *   China (Amap/高德, Tencent) use. Convert a device position with `wgs84ToGcj02` before comparing it
 *   with content coordinates. The shift is a few hundred metres (around 106° E, 38° N: +0.0045° lng, +0.0005° lat, ≈ 400 m).
 */

/** A point in degrees. Which datum it is in (WGS-84 or GCJ-02) is up to the caller; see above. */
export interface LngLat {
  lng: number;
  lat: number;
}

// ---------------------------------------------------------------------------------------------
// WGS-84 → GCJ-02
// ---------------------------------------------------------------------------------------------
// The standard published algorithm (the "eviltransform" / "coordtransform" family of open-source
// implementations). Reference vector, from wandergis/coordtransform's test/app.js:
//   wgs84togcj02(116.404, 39.915) → [116.41024449916938, 39.91640428150164]
// The constants below are part of the algorithm and must not be "corrected".

/** Semi-major axis of the Krasovsky 1940 ellipsoid, as used by the GCJ-02 algorithm. */
const GCJ_A = 6378245.0;
/** First eccentricity squared of the Krasovsky 1940 ellipsoid. */
const GCJ_EE = 0.006693421622965943;

function transformLat(x: number, y: number): number {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320.0 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return ret;
}

function transformLng(x: number, y: number): number {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return ret;
}

/**
 * The rough mainland-China box used by the reference implementations: outside it GCJ-02 equals
 * WGS-84 and no shift is applied. (It is a box, not the border: parts of neighbouring countries
 * fall inside it. That is how the published algorithm behaves, and map providers match it.)
 */
export function isOutOfChina(lng: number, lat: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

/** Converts a WGS-84 position (e.g. from `navigator.geolocation`) to GCJ-02. */
export function wgs84ToGcj02(lng: number, lat: number): LngLat {
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || isOutOfChina(lng, lat)) {
    return { lng, lat };
  }
  let dLat = transformLat(lng - 105.0, lat - 35.0);
  let dLng = transformLng(lng - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - GCJ_EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((GCJ_A * (1 - GCJ_EE)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180.0) / ((GCJ_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lng: lng + dLng, lat: lat + dLat };
}

/**
 * Converts GCJ-02 back to WGS-84 (e.g. for an OpenStreetMap link). The forward transform has no
 * closed-form inverse; this iterates the forward one until the round trip is within ~1e-9°
 * (well under a centimetre), which takes 3–4 steps.
 */
export function gcj02ToWgs84(lng: number, lat: number): LngLat {
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || isOutOfChina(lng, lat)) {
    return { lng, lat };
  }
  let wLng = lng;
  let wLat = lat;
  // Stryker disable next-line EqualityOperator,UpdateOperator: the break below ends the loop in 3–4 steps, never the count
  for (let i = 0; i < 10; i++) {
    const g = wgs84ToGcj02(wLng, wLat);
    const eLng = g.lng - lng;
    const eLat = g.lat - lat;
    wLng -= eLng;
    wLat -= eLat;
    if (Math.abs(eLng) < 1e-9 && Math.abs(eLat) < 1e-9) break;
  }
  return { lng: wLng, lat: wLat };
}

// ---------------------------------------------------------------------------------------------
// Distances
// ---------------------------------------------------------------------------------------------

/**
 * Mean Earth radius (IUGG, R1 = (2a + b) / 3 of WGS-84), in metres. A sphere is plenty for
 * "which children's home is nearest": the error against the ellipsoid is below 0.5 %.
 */
export const EARTH_RADIUS_M = 6371008.8;

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Great-circle (haversine) distance in metres between two points given in the same datum.
 * Mixing WGS-84 and GCJ-02 adds an error of several hundred metres: convert first.
 */
export function distanceMeters(a: LngLat, b: LngLat): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against h creeping past 1 through rounding for antipodal points.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Returns copies of `items`, nearest first, each with `distance` (metres from `origin`) added.
 * Does not modify the input. Ties keep their input order (Array.prototype.sort is stable).
 * An item whose coordinates are not finite numbers gets `distance: Infinity` and sorts last.
 */
export function sortByDistance<T extends LngLat>(origin: LngLat, items: readonly T[]): Array<T & { distance: number }> {
  return (
    items
      .map((item) => {
        const d = distanceMeters(origin, item);
        return { ...item, distance: Number.isFinite(d) ? d : Number.POSITIVE_INFINITY };
      })
      // Infinity − Infinity is NaN, which sort() reads as a tie.
      .sort((x, y) => x.distance - y.distance)
  );
}

/**
 * A distance for people to read: "850 米" below one kilometre (whole metres), "3.2 公里" from one
 * kilometre up to 100 km (one decimal), "135 公里" beyond. Throws RangeError for a negative or
 * non-finite input, which is always a bug in the caller.
 */
export function formatDistance(meters: number): string {
  if (!Number.isFinite(meters) || meters < 0) {
    throw new RangeError(`formatDistance: expected a finite distance ≥ 0 in metres, got ${meters}`);
  }
  const m = Math.round(meters);
  if (m < 1000) return `${m} 米`;
  const km = meters / 1000;
  if (km < 99.95) return `${km.toFixed(1)} 公里`;
  return `${Math.round(km)} 公里`;
}

// ---------------------------------------------------------------------------------------------
// The district's outline
// ---------------------------------------------------------------------------------------------
// The outline is data: content/site.yaml `district.outline`, a deliberately generous polygon of
// [lng, lat] points (not closed: the last vertex joins the first), padded by a kilometre or two so that
// it holds in either datum (GCJ-02 shifts by a few hundred metres) and a reader standing at the district
// edge is still "inside". It answers "is this point roughly in the district?"; it is not an
// administrative boundary and must not be drawn as one.

/**
 * Whether a point lies inside an outline (even–odd ray casting). Points exactly on an edge may fall
 * either way, which does not matter for a padded outline. Non-finite input → false.
 */
export function isInsideOutline(point: LngLat, outline: readonly LngLat[]): boolean {
  // A non-finite coordinate crosses no edge, or every edge of a row: either way an even count, outside.
  const { lng: x, lat: y } = point;
  let inside = false;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const a = outline[i]!;
    const b = outline[j]!;
    if (a.lat > y !== b.lat > y && x < ((b.lng - a.lng) * (y - a.lat)) / (b.lat - a.lat) + a.lng) {
      inside = !inside;
    }
  }
  return inside;
}

/** The smallest box holding an outline: the ranges a longitude and a latitude inside it fall in. */
export function outlineBox(outline: readonly LngLat[]): { west: number; east: number; south: number; north: number } {
  const lngs = outline.map((p) => p.lng);
  const lats = outline.map((p) => p.lat);
  return { west: Math.min(...lngs), east: Math.max(...lngs), south: Math.min(...lats), north: Math.max(...lats) };
}

/**
 * A point inside the outline to show editors as an example: the middle of the outline's box when that
 * is inside (any roughly round district), else the vertex-average pulled towards the first vertex until
 * it is. Rounded to 2 decimals, as an editor would write an example.
 */
export function examplePoint(outline: readonly LngLat[]): LngLat {
  const round = (n: number) => Math.round(n * 100) / 100;
  const box = outlineBox(outline);
  const middle = { lng: round((box.west + box.east) / 2), lat: round((box.south + box.north) / 2) };
  if (isInsideOutline(middle, outline)) return middle;
  const first = outline[0]!;
  const mean = {
    lng: outline.reduce((sum, p) => sum + p.lng, 0) / outline.length,
    lat: outline.reduce((sum, p) => sum + p.lat, 0) / outline.length,
  };
  for (let k = 0; k <= 20; k++) {
    const t = k / 20;
    const p = { lng: round(mean.lng + (first.lng - mean.lng) * t), lat: round(mean.lat + (first.lat - mean.lat) * t) };
    if (isInsideOutline(p, outline)) return p;
  }
  return { lng: round(first.lng), lat: round(first.lat) };
}
