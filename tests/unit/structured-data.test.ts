import { describe, expect, it } from 'vitest';
import { distanceMeters, wgs84ToGcj02 } from '../../src/lib/geo.ts';
import { homeJsonLd, jsonLdText } from '../../src/lib/structured-data.ts';

const place = {
  name: '桑田村儿童之家',
  address: '澄岭区桑田镇桑田村村综合服务中心一楼',
  location: { lng: 110.642, lat: 30.5519 },
  phone: '0386-0990201',
  hours: [
    { days: [4, 2], open: '16:00', close: '18:00' },
    { days: [6, 7], open: '09:00', close: '12:00' },
  ],
  townName: '桑田镇',
  url: 'https://wcnrbh.example.gov.cn/homes/sangtian-sangtian/',
  district: { name: '某某区', city: '某某市', province: '某某省' },
};

describe('homeJsonLd', () => {
  const ld = homeJsonLd(place) as any;

  it('is a schema.org CivicStructure with address, telephone and page URL', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('CivicStructure');
    expect(ld.url).toBe(place.url);
    expect(ld.telephone).toBe('0386-0990201');
    expect(ld.address).toMatchObject({ '@type': 'PostalAddress', streetAddress: place.address, addressCountry: 'CN' });
    // Above the street, the district of site.yaml.
    expect(ld.address).toMatchObject({ addressLocality: '某某市某某区', addressRegion: '某某省' });
    expect(ld.containedInPlace.name).toBe('桑田镇');
  });

  it('gives the position in WGS-84, which converts back to the GCJ-02 point in the content', () => {
    expect(ld.geo['@type']).toBe('GeoCoordinates');
    const back = wgs84ToGcj02(ld.geo.longitude, ld.geo.latitude);
    expect(distanceMeters(back, place.location)).toBeLessThan(0.2);
    // The datum shift near Yinchuan is several hundred metres: the raw GCJ-02 value would be wrong.
    expect(distanceMeters({ lng: ld.geo.longitude, lat: ld.geo.latitude }, place.location)).toBeGreaterThan(300);
  });

  it('leaves out the position of a home whose coordinates have not been taken, rather than invent one', () => {
    const { location: _location, ...withoutPosition } = place;
    const without = homeJsonLd(withoutPosition) as any;
    expect(without.geo).toBeUndefined();
    expect(without.address.streetAddress).toBe(place.address);
  });

  it('writes each slot as an OpeningHoursSpecification with sorted schema.org days', () => {
    expect(ld.openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Tuesday', 'https://schema.org/Thursday'],
        opens: '16:00',
        closes: '18:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Saturday', 'https://schema.org/Sunday'],
        opens: '09:00',
        closes: '12:00',
      },
    ]);
  });
});

describe('homeJsonLd, whole', () => {
  it('says everything a map app shows about the home, with its description when it has one', () => {
    expect(homeJsonLd({ ...place, hours: [], description: '村里孩子放学后的去处' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CivicStructure',
      '@id': 'https://wcnrbh.example.gov.cn/homes/sangtian-sangtian/',
      url: 'https://wcnrbh.example.gov.cn/homes/sangtian-sangtian/',
      name: '桑田村儿童之家',
      description: '村里孩子放学后的去处',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '澄岭区桑田镇桑田村村综合服务中心一楼',
        addressLocality: '某某市某某区',
        addressRegion: '某某省',
        addressCountry: 'CN',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 30.554584, longitude: 110.637108 },
      telephone: '0386-0990201',
      containedInPlace: { '@type': 'AdministrativeArea', name: '桑田镇' },
      isAccessibleForFree: true,
      openingHoursSpecification: [],
    });
    expect(homeJsonLd(place)).not.toHaveProperty('description');
  });

  it('names every day of the week as schema.org does, each once', () => {
    const days = (
      homeJsonLd({ ...place, hours: [{ days: [7, 1, 2, 3, 4, 5, 6, 1], open: '09:00', close: '10:00' }] }) as any
    ).openingHoursSpecification[0].dayOfWeek;
    expect(days).toEqual([
      'https://schema.org/Monday',
      'https://schema.org/Tuesday',
      'https://schema.org/Wednesday',
      'https://schema.org/Thursday',
      'https://schema.org/Friday',
      'https://schema.org/Saturday',
      'https://schema.org/Sunday',
    ]);
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element, whatever an editor writes', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(text).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});
