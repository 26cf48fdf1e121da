import { describe, expect, it } from 'vitest';
import { amapMarkerUrl, baiduMarkerUrl, baiduSource, mapLinks } from '../../src/lib/map-links.ts';

const place = { lng: 110.642, lat: 30.5519, name: '桑田村儿童之家', address: '澄岭区桑田镇桑田村 1 号' };
/** The site's own area: the district's city and the name the site gives Baidu. */
const area = { city: '某某市', source: 'webapp.test.app' };

describe('amapMarkerUrl', () => {
  it('puts longitude first, names the place and says the coordinates are GCJ-02 (gaode)', () => {
    expect(amapMarkerUrl(place)).toBe(
      'https://uri.amap.com/marker?position=110.642,30.5519&name=%E6%A1%91%E7%94%B0%E6%9D%91%E5%84%BF%E7%AB%A5%E4%B9%8B%E5%AE%B6&coordinate=gaode&callnative=1',
    );
  });

  it('reads back as the same place through URL parsing', () => {
    const url = new URL(amapMarkerUrl({ ...place, name: 'A&B 之家?' }));
    expect(url.host).toBe('uri.amap.com');
    expect(url.searchParams.get('position')).toBe('110.642,30.5519');
    expect(url.searchParams.get('name')).toBe('A&B 之家?');
    expect(url.searchParams.get('coordinate')).toBe('gaode');
  });

  it('drops float noise from coordinates', () => {
    expect(new URL(amapMarkerUrl({ ...place, lng: 0.2 + 110.4 })).searchParams.get('position')).toBe('110.6,30.5519');
  });
});

describe('baiduMarkerUrl', () => {
  it('puts latitude first and tells Baidu the datum is GCJ-02', () => {
    const url = new URL(baiduMarkerUrl(place, area.source));
    expect(url.origin + url.pathname).toBe('https://api.map.baidu.com/marker');
    expect(url.searchParams.get('location')).toBe('30.5519,110.642');
    expect(url.searchParams.get('coord_type')).toBe('gcj02');
    expect(url.searchParams.get('title')).toBe('桑田村儿童之家');
    expect(url.searchParams.get('content')).toBe('澄岭区桑田镇桑田村 1 号');
    expect(url.searchParams.get('output')).toBe('html');
    expect(url.searchParams.get('src')).toBe('webapp.test.app');
  });

  it('falls back to the name when there is no address', () => {
    const url = new URL(baiduMarkerUrl({ lng: 110.6, lat: 30.4, name: '某某社区儿童之家' }, 'webapp.test.app'));
    expect(url.searchParams.get('content')).toBe('某某社区儿童之家');
    expect(url.searchParams.get('src')).toBe('webapp.test.app');
  });
});

describe('a place without coordinates', () => {
  const home = { name: '苇塘村儿童之家', address: '澄岭区鹤鸣镇苇塘村综合服务站' };

  it('opens as an address search in Amap, within the city', () => {
    const url = new URL(mapLinks(home, area).amap);
    expect(url.origin + url.pathname).toBe('https://uri.amap.com/search');
    expect(url.searchParams.get('keyword')).toBe(home.address);
    expect(url.searchParams.get('city')).toBe('某某市');
  });

  it('opens as a place search in Baidu, within the city, naming the site as Baidu asks', () => {
    const url = new URL(mapLinks(home, area).baidu);
    expect(url.origin + url.pathname).toBe('https://api.map.baidu.com/place/search');
    expect(url.searchParams.get('query')).toBe(home.address);
    expect(url.searchParams.get('region')).toBe('某某市');
    expect(url.searchParams.get('src')).toBe('webapp.test.app');
  });

  it('uses the markers as soon as the coordinates are there', () => {
    expect(mapLinks({ ...home, lng: 110.642, lat: 30.5519 }, area)).toEqual({
      amap: amapMarkerUrl({ ...home, lng: 110.642, lat: 30.5519 }),
      baidu: baiduMarkerUrl({ ...home, lng: 110.642, lat: 30.5519 }, 'webapp.test.app'),
    });
  });
});

describe('the name the site gives Baidu', () => {
  it('is "webapp.组织.应用" made from the site address, with no district in it', () => {
    expect(baiduSource('https://wcnrbh.example.gov.cn')).toBe('webapp.wcnrbh-example-gov-cn.minor-protection');
    expect(baiduSource('http://localhost:4321')).toBe('webapp.localhost.minor-protection');
  });
});

describe('map links, exactly', () => {
  const ascii = { city: 'city', source: 'webapp.a.b' };

  it('searches by address unless both coordinates are there', () => {
    expect(mapLinks({ name: 'n', address: 'Lane 1&2', lng: 110.6 }, ascii)).toEqual({
      amap: 'https://uri.amap.com/search?keyword=Lane%201%262&city=city&view=map&callnative=1',
      baidu: 'https://api.map.baidu.com/place/search?query=Lane%201%262&region=city&output=html&src=webapp.a.b',
    });
  });

  it('treats 0 as a coordinate, not as missing', () => {
    expect(mapLinks({ name: 'n', address: 'a', lng: 0, lat: 0 }, ascii)).toEqual({
      amap: 'https://uri.amap.com/marker?position=0,0&name=n&coordinate=gaode&callnative=1',
      baidu:
        'https://api.map.baidu.com/marker?location=0,0&title=n&content=a&coord_type=gcj02&output=html&src=webapp.a.b',
    });
  });

  it('makes the name Baidu asks for from the host alone, in lower case', () => {
    expect(baiduSource('https://WCNRBH.Example.gov.cn:8443/x/')).toBe('webapp.wcnrbh-example-gov-cn.minor-protection');
  });
});

describe('the name the site gives Baidu, for an internationalised domain', () => {
  it('turns each run of other characters into one hyphen', () => {
    expect(baiduSource('https://xn--fiq.example.cn')).toBe('webapp.xn-fiq-example-cn.minor-protection');
  });
});
