/**
 * schema.org JSON-LD, so search engines and map apps can read a children's home (address, position,
 * phone, hours) and a lecture (when, where, and whether it was rescheduled or cancelled). Pure: the
 * page passes plain data in and writes the text out.
 */
import { gcj02ToWgs84, type LngLat } from './geo.ts';
import type { LectureEvent } from './lecture-event.ts';
import type { District } from '../schemas/district.ts';
import type { OpeningSlot } from './opening-hours.ts';
import { toZonedIso } from './time.ts';

export interface HomePlace {
  name: string;
  address: string;
  /** GCJ-02, as in content/; absent for a home whose position has not been taken yet. */
  location?: LngLat | undefined;
  phone: string;
  hours: readonly OpeningSlot[];
  townName: string;
  /** Absolute URL of the home's page. */
  url: string;
  description?: string | undefined;
  /** The district the home is in (site.yaml), for the address. */
  district: AddressArea;
}

/** What an address says above the street: the city and district, and the province. */
export type AddressArea = Pick<District, 'name' | 'city' | 'province'>;

const DAY_URLS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
  (d) => `https://schema.org/${d}`,
);

const round6 = (n: number) => Number(n.toFixed(6));

function postalAddress(streetAddress: string, area: AddressArea) {
  return {
    '@type': 'PostalAddress',
    streetAddress,
    addressLocality: `${area.city}${area.name}`,
    addressRegion: area.province,
    addressCountry: 'CN',
  };
}

/** schema.org coordinates are WGS-84; content holds GCJ-02, so the position is converted back. */
function geoCoordinates(location: LngLat) {
  const wgs = gcj02ToWgs84(location.lng, location.lat);
  return { '@type': 'GeoCoordinates', latitude: round6(wgs.lat), longitude: round6(wgs.lng) };
}

/** A `CivicStructure` (a public place; a children's home is run by the village or community, not a government office). */
export function homeJsonLd(place: HomePlace): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CivicStructure',
    '@id': place.url,
    url: place.url,
    name: place.name,
    ...(place.description ? { description: place.description } : {}),
    address: postalAddress(place.address, place.district),
    ...(place.location ? { geo: geoCoordinates(place.location) } : {}),
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

const EVENT_STATUS = {
  待举办: 'https://schema.org/EventScheduled',
  已举办: 'https://schema.org/EventScheduled',
  改期: 'https://schema.org/EventRescheduled',
  取消: 'https://schema.org/EventCancelled',
} as const;

/** An `Event` for a lecture page, with its real status and, when postponed, the date first announced. */
export function lectureJsonLd(
  event: LectureEvent,
  organizer: { name: string; url: string },
  description: string,
  district: AddressArea,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': event.url,
    url: event.url,
    name: event.title,
    description,
    inLanguage: 'zh-CN',
    startDate: toZonedIso(event.start),
    endDate: toZonedIso(event.end),
    ...(event.status === '改期' && event.originalStart ? { previousStartDate: toZonedIso(event.originalStart) } : {}),
    eventStatus: EVENT_STATUS[event.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    isAccessibleForFree: true,
    about: event.topic,
    audience: { '@type': 'Audience', audienceType: event.audience },
    location: {
      '@type': 'Place',
      name: event.venue.name,
      address: postalAddress(event.venue.address, district),
      ...(event.venue.location ? { geo: geoCoordinates(event.venue.location) } : {}),
    },
    performer: {
      '@type': 'Person',
      name: event.speaker.name,
      affiliation: { '@type': 'Organization', name: event.speaker.org },
    },
    organizer: { '@type': 'Organization', name: organizer.name, url: organizer.url },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. Editors' text could hold "</script>": every
 * "<" is escaped so the data can never end the block and become markup.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
