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
});
