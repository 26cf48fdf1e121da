/** schema.org Event data: status, times with +08:00, the first-announced date and the place. */
import { describe, expect, it } from 'vitest';
import { jsonLdText, lectureJsonLd } from '../../src/lib/structured-data.ts';
import { cancelled, postponed, scheduled } from '../support/lecture-events.ts';

const organizer = { name: '澄岭区未成年人保护工作领导小组办公室', url: 'https://wcnrbh.example.gov.cn/' };
const district = { name: '某某区', city: '某某市', province: '某某省' };

describe('lecture Event JSON-LD', () => {
  it('describes a scheduled lecture with Shanghai times and a geocoded place', () => {
    const data = lectureJsonLd(scheduled, organizer, '说明', district) as any;
    expect(data['@type']).toBe('Event');
    expect(data.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(data.startDate).toBe('2026-12-13T09:30:00+08:00');
    expect(data.endDate).toBe('2026-12-13T11:00:00+08:00');
    expect(data.previousStartDate).toBeUndefined();
    expect(data.location).toMatchObject({
      '@type': 'Place',
      name: scheduled.venue.name,
      address: { '@type': 'PostalAddress', streetAddress: scheduled.venue.address },
    });
    // WGS-84, about 0.0045° west of the GCJ-02 in content.
    expect(data.location.geo.longitude).toBeCloseTo(scheduled.venue.location!.lng - 0.0045, 2);
    expect(data.organizer.name).toBe(organizer.name);
  });

  it('marks a postponed lecture rescheduled, with the date first announced', () => {
    const data = lectureJsonLd(postponed, organizer, '', district) as any;
    expect(data.eventStatus).toBe('https://schema.org/EventRescheduled');
    expect(data.startDate).toBe('2026-12-12T09:30:00+08:00');
    expect(data.previousStartDate).toBe('2026-12-05T09:30:00+08:00');
  });

  it('marks a cancelled lecture cancelled, and leaves geo out when there are no coordinates', () => {
    const data = lectureJsonLd(cancelled, organizer, '', district) as any;
    expect(data.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(data.location.geo).toBeUndefined();
  });

  it('cannot close its script tag, whatever an editor writes', () => {
    const text = jsonLdText(
      lectureJsonLd({ ...scheduled, title: '</script><script>alert(1)</script>' }, organizer, '', district),
    );
    expect(text).not.toContain('</script');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });

  it('says everything a search engine shows about the lecture, position in WGS-84 to six decimals', () => {
    expect(lectureJsonLd(scheduled, organizer, '说明', district)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://wcnrbh.example.gov.cn/lectures/2026-12-13-sangtian-liuwan/',
      url: 'https://wcnrbh.example.gov.cn/lectures/2026-12-13-sangtian-liuwan/',
      name: '留守儿童的委托照护怎么办',
      description: '说明',
      inLanguage: 'zh-CN',
      startDate: '2026-12-13T09:30:00+08:00',
      endDate: '2026-12-13T11:00:00+08:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      isAccessibleForFree: true,
      about: '监护职责',
      audience: { '@type': 'Audience', audienceType: '外出务工家庭、祖辈家长' },
      location: {
        '@type': 'Place',
        name: '柳湾村儿童之家',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '澄岭区桑田镇柳湾村村委会院内',
          addressLocality: '某某市某某区',
          addressRegion: '某某省',
          addressCountry: 'CN',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 30.494788, longitude: 110.64629 },
      },
      performer: {
        '@type': 'Person',
        name: '测试讲师（测试）',
        affiliation: { '@type': 'Organization', name: '澄岭区司法局' },
      },
      organizer: {
        '@type': 'Organization',
        name: '澄岭区未成年人保护工作领导小组办公室',
        url: 'https://wcnrbh.example.gov.cn/',
      },
    });
  });

  it('gives the first-announced date of a rescheduled lecture only, not of one later cancelled', () => {
    const data = lectureJsonLd({ ...cancelled, originalStart: postponed.originalStart }, organizer, '', district);
    expect(data).not.toHaveProperty('previousStartDate');
    expect(lectureJsonLd({ ...postponed, originalStart: undefined }, organizer, '', district)).not.toHaveProperty(
      'previousStartDate',
    );
    expect(lectureJsonLd({ ...scheduled, status: '已举办' }, organizer, '', district).eventStatus).toBe(
      'https://schema.org/EventScheduled',
    );
  });
});
