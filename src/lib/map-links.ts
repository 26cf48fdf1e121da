/**
 * Links that open a place in the reader's map app. Links only: the site never loads map tiles,
 * scripts or images from a map provider (nothing from other origins; see README "隐私").
 * Both providers take GCJ-02, the datum every coordinate in content/ is written in.
 */
import type { LngLat } from './geo.ts';

export interface MapPlace extends LngLat {
  name: string;
  address?: string | undefined;
}

/** Baidu asks every caller to name itself as "webapp.组织.应用". */
export const BAIDU_SOURCE = 'webapp.xingqing.wcnrbh';

/** Coordinates as written, without float noise such as 106.34200000000001. */
const coord = (value: number) => String(Number(value.toFixed(6)));

/**
 * Amap (高德) marker page; `callnative=1` hands over to the Amap app when it is installed.
 * https://lbs.amap.com/api/uri-api/guide/mobile-web/point
 */
export function amapMarkerUrl(place: MapPlace): string {
  const position = `${coord(place.lng)},${coord(place.lat)}`;
  return `https://uri.amap.com/marker?position=${position}&name=${encodeURIComponent(place.name)}&coordinate=gaode&callnative=1`;
}

/**
 * Baidu Maps marker page. Baidu puts latitude first, and `coord_type=gcj02` tells it the datum so it
 * converts to its own BD-09 itself.
 * https://lbsyun.baidu.com/faq/api?title=webapi/uri/web
 */
export function baiduMarkerUrl(place: MapPlace, source = BAIDU_SOURCE): string {
  const location = `${coord(place.lat)},${coord(place.lng)}`;
  const content = place.address ?? place.name;
  return (
    `https://api.map.baidu.com/marker?location=${location}&title=${encodeURIComponent(place.name)}` +
    `&content=${encodeURIComponent(content)}&coord_type=gcj02&output=html&src=${encodeURIComponent(source)}`
  );
}
