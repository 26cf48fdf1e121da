/**
 * schema.org JSON-LD for a children's home page, so search engines and map apps can read the address,
 * position, phone and hours. Pure: the page passes plain data in and writes the text out.
 */
import { gcj02ToWgs84, type LngLat } from './geo.ts';
import type { OpeningSlot } from './opening-hours.ts';

export interface HomePlace {
  name: string;
  address: string;
  /** GCJ-02, as in content/. */
  location: LngLat;
  phone: string;
  hours: readonly OpeningSlot[];
  townName: string;
  /** Absolute URL of the home's page. */
  url: string;
  description?: string | undefined;
}

const DAY_URLS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`);

const round6 = (n: number) => Number(n.toFixed(6));

/**
 * A `CivicStructure` (a public place; a children's home is run by the village or community, not a
 * government office). schema.org coordinates are WGS-84, so the GCJ-02 position is converted back.
 */
export function homeJsonLd(place: HomePlace): Record<string, unknown> {
  const wgs = gcj02ToWgs84(place.location.lng, place.location.lat);
  return {
    '@context': 'https://schema.org',
    '@type': 'CivicStructure',
    '@id': place.url,
    url: place.url,
    name: place.name,
    ...(place.description ? { description: place.description } : {}),
    address: {
      '@type': 'PostalAddress',
      streetAddress: place.address,
      addressLocality: '银川市兴庆区',
      addressRegion: '宁夏回族自治区',
      addressCountry: 'CN',
    },
    geo: { '@type': 'GeoCoordinates', latitude: round6(wgs.lat), longitude: round6(wgs.lng) },
    telephone: place.phone,
    containedInPlace: { '@type': 'AdministrativeArea', name: place.townName },
    isAccessibleForFree: true,
    openingHoursSpecification: place.hours.map((slot) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: [...new Set(slot.days)].sort((a, b) => a - b).map((d) => DAY_URLS[d - 1]),
      opens: slot.open,
      closes: slot.close,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. Editors' text could hold "</script>": every
 * "<" is escaped so the data can never end the block and become markup.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
