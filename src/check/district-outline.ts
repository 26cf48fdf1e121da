/**
 * Coordinates outside the district's outline (content/site.yaml `district.outline`) are almost always a
 * slip: latitude and longitude swapped, a digit dropped, a point picked in the wrong place. The message
 * says which of the two is off and gives an example point from the district's own outline. The content
 * check and the import both say it, each in the words of its own form (a YAML field, two sheet columns).
 */
import { examplePoint, isInsideOutline, outlineBox, type LngLat } from '../lib/geo.ts';

export interface OutlineProblem {
  /** The value to correct: the longitude, or the latitude when only it is off. */
  off: 'lng' | 'lat';
  message: string;
}

/** How a point is written in a content file. */
const yamlPoint = (p: LngLat) => `写成 { lng: ${p.lng}, lat: ${p.lat} }，经度在前`;

/** The problem with one point, in the words an editor reads; undefined when it is inside. */
export function outlineProblem(
  point: LngLat,
  outline: readonly LngLat[],
  districtName: string,
  written: (example: LngLat) => string = yamlPoint,
): OutlineProblem | undefined {
  if (isInsideOutline(point, outline)) return undefined;
  const box = outlineBox(outline);
  const range = (from: number, to: number) => `${from.toFixed(2)} 到 ${to.toFixed(2)}`;
  const lngRange = range(box.west, box.east);
  const latRange = range(box.south, box.north);
  const lngOff = point.lng < box.west || point.lng > box.east;
  const latOff = point.lat < box.south || point.lat > box.north;
  const swapped = point.lat >= box.west && point.lat <= box.east && point.lng >= box.south && point.lng <= box.north;
  const how = `应当用高德地图坐标拾取器（GCJ-02）在${districtName}里取点，${written(examplePoint(outline))}`;
  const off = latOff && !lngOff ? 'lat' : 'lng';
  if (swapped)
    return {
      off,
      message: `经度和纬度好像写反了：${districtName}的经度在 ${lngRange} 之间，纬度在 ${latRange} 之间，${how}`,
    };
  if (lngOff && latOff)
    return {
      off,
      message: `坐标不在${districtName}范围内：经度 ${point.lng} 不在 ${lngRange} 之间，纬度 ${point.lat} 也不在 ${latRange} 之间，${how}`,
    };
  if (lngOff) return { off, message: `坐标不在${districtName}范围内：经度 ${point.lng} 不在 ${lngRange} 之间，${how}` };
  if (latOff) return { off, message: `坐标不在${districtName}范围内：纬度 ${point.lat} 不在 ${latRange} 之间，${how}` };
  return {
    off,
    message: `坐标不在${districtName}范围内（经度、纬度各自在范围里，但这个点落在全区轮廓外面），${how}`,
  };
}

/** The problem's message for a point in a content file; undefined when it is inside. */
export function outsideOutlineMessage(
  point: LngLat,
  outline: readonly LngLat[],
  districtName: string,
): string | undefined {
  return outlineProblem(point, outline, districtName)?.message;
}
