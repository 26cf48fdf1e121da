/**
 * Links that open a place in the reader's map app. Links only: the site never loads map tiles,
 * scripts or images from a map provider (nothing from other origins; see README "隐私").
 * Both providers take GCJ-02, the datum every coordinate in content/ is written in. A place without
 * coordinates (a home imported from a roster that has none) opens as an address search instead: the
 * site never asks a geocoding service, the reader's map app looks the address up.
 */
import type { LngLat } from './geo.ts';

export interface MapPlace extends LngLat {
  name: string;
  address?: string | undefined;
}

/** A place known only by its address. */
export interface AddressPlace {
  name: string;
  address: string;
}

/** Where address searches look, and how the site names itself to Baidu: one pair per site. */
export interface MapArea {
  /** The city both providers search in (site.yaml `district.city`), so a village address is not matched in another province. */
  city: string;
  /** Baidu asks every caller to name itself as "webapp.组织.应用" (see baiduSource). */
  source: string;
}

/**
 * The name Baidu asks for, "webapp.组织.应用", made from the site's own address: the organisation is the
 * host (its dots as hyphens, as the name's three parts are separated by dots), the application this
 * site: https://wcnrbh.example.gov.cn → webapp.wcnrbh-example-gov-cn.minor-protection.
 */
export function baiduSource(siteUrl: string): string {
  const host = new URL(siteUrl).hostname.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `webapp.${host}.minor-protection`;
}

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
export function baiduMarkerUrl(place: MapPlace, source: string): string {
  const location = `${coord(place.lat)},${coord(place.lng)}`;
  const content = place.address ?? place.name;
  return (
    `https://api.map.baidu.com/marker?location=${location}&title=${encodeURIComponent(place.name)}` +
    `&content=${encodeURIComponent(content)}&coord_type=gcj02&output=html&src=${encodeURIComponent(source)}`
  );
}

/**
 * Amap keyword search for the address, within the city.
 * https://lbs.amap.com/api/uri-api/guide/mobile-web/search
 */
export function amapSearchUrl(place: AddressPlace, city: string): string {
  return `https://uri.amap.com/search?keyword=${encodeURIComponent(place.address)}&city=${encodeURIComponent(city)}&view=map&callnative=1`;
}

/**
 * Baidu Maps place search for the address, within the city.
 * https://lbsyun.baidu.com/faq/api?title=webapi/uri/web
 */
export function baiduSearchUrl(place: AddressPlace, area: MapArea): string {
  return (
    `https://api.map.baidu.com/place/search?query=${encodeURIComponent(place.address)}&region=${encodeURIComponent(area.city)}` +
    `&output=html&src=${encodeURIComponent(area.source)}`
  );
}

/** The pair of links for a place: at its coordinates when it has them, else a search for its address. */
export function mapLinks(place: AddressPlace & Partial<LngLat>, area: MapArea): { amap: string; baidu: string } {
  if (place.lng !== undefined && place.lat !== undefined) {
    const point = { ...place, lng: place.lng, lat: place.lat };
    return { amap: amapMarkerUrl(point), baidu: baiduMarkerUrl(point, area.source) };
  }
  return { amap: amapSearchUrl(place, area.city), baidu: baiduSearchUrl(place, area) };
}
