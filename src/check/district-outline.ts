/**
 * Coordinates outside the district's outline (content/site.yaml `district.outline`) are almost always a
 * slip: latitude and longitude swapped, a digit dropped, a point picked in the wrong place. The message
 * says which of the two is off and gives an example point from the district's own outline.
 */
import { examplePoint, isInsideOutline, outlineBox, type LngLat } from '../lib/geo.ts';

/** The problem with one point, in the words an editor reads; undefined when it is inside. */
export function outsideOutlineMessage(
  point: LngLat,
  outline: readonly LngLat[],
  districtName: string,
): string | undefined {
  if (isInsideOutline(point, outline)) return undefined;
  const box = outlineBox(outline);
  const example = examplePoint(outline);
  const range = (from: number, to: number) => `${from.toFixed(2)} 到 ${to.toFixed(2)}`;
  const lngRange = range(box.west, box.east);
  const latRange = range(box.south, box.north);
  const lngOff = point.lng < box.west || point.lng > box.east;
  const latOff = point.lat < box.south || point.lat > box.north;
  const swapped = point.lat >= box.west && point.lat <= box.east && point.lng >= box.south && point.lng <= box.north;
  const how = `应当用高德地图坐标拾取器（GCJ-02）在${districtName}里取点，写成 { lng: ${example.lng}, lat: ${example.lat} }，经度在前`;
  if (swapped) return `经度和纬度好像写反了：${districtName}的经度在 ${lngRange} 之间，纬度在 ${latRange} 之间，${how}`;
  if (lngOff && latOff)
    return `坐标不在${districtName}范围内：经度 ${point.lng} 不在 ${lngRange} 之间，纬度 ${point.lat} 也不在 ${latRange} 之间，${how}`;
  if (lngOff) return `坐标不在${districtName}范围内：经度 ${point.lng} 不在 ${lngRange} 之间，${how}`;
  if (latOff) return `坐标不在${districtName}范围内：纬度 ${point.lat} 不在 ${latRange} 之间，${how}`;
  return `坐标不在${districtName}范围内（经度、纬度各自在范围里，但这个点落在全区轮廓外面），${how}`;
}
