/** The lecture calendars parse with ical.js and carry the times, status, UIDs and places readers import. */
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCalendar, foldLines, lectureSequence, lectureUid } from '../../src/lib/calendar.ts';
import { cancelled, postponed, scheduled as base } from '../support/lecture-events.ts';

const options = {
  host: 'wcnrbh.example.gov.cn',
  name: '澄岭区未成年人保护 · 普法讲座',
  stamp: new Date('2026-12-01T00:00:00Z'),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('lecture calendar', () => {
  const originalTz = process.env['TZ'];
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  it('writes a feed of every lecture that ical.js reads back event by event', () => {
    const { calendar, events } = parse(buildCalendar([base, postponed, cancelled], options));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(options.name);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events.map((e) => e.uid)).toEqual([
      '2026-12-13-sangtian-liuwan@wcnrbh.example.gov.cn',
      '2026-12-12-heming-meigang@wcnrbh.example.gov.cn',
      '2027-01-30-sangtian-hefeng@wcnrbh.example.gov.cn',
    ]);
  });

  it('puts the Shanghai wall time on the right instant', () => {
    const [event] = parse(buildCalendar([base], options)).events;
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-13T01:30:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-12-13T03:00:00.000Z');
    expect(event!.startDate.zone.tzid).toBe('UTC');
    expect(event!.summary).toBe(base.title);
    expect(event!.location).toBe('柳湾村儿童之家，澄岭区桑田镇柳湾村村委会院内');
    expect(event!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event!.sequence).toBe(0);
    expect(event!.description).toContain('咨询电话：0386-0990301');
    expect(event!.description).toContain(base.url);
    expect(event!.component.getFirstPropertyValue('url')).toBe(base.url);
    expect(event!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-01T00:00:00Z');
  });

  it('gives GEO in WGS-84, shifted back from the GCJ-02 of content', () => {
    const [event] = parse(buildCalendar([base], options)).events;
    const [lat, lon] = event!.component.getFirstPropertyValue('geo') as unknown as [number, number];
    // Where the fixture district lies (about 110.6° E, 30.5° N), GCJ-02 is about 470 m east and 300 m south
    // of WGS-84.
    expect(lon).toBeCloseTo(base.venue.location!.lng - 0.0049, 2);
    expect(lat).toBeGreaterThan(base.venue.location!.lat);
    expect(lat).toBeLessThan(base.venue.location!.lat + 0.004);
  });

  it('moves a postponed lecture to its new time and bumps its sequence', () => {
    const [event] = parse(buildCalendar([postponed], options)).events;
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-12T01:30:00.000Z');
    expect(event!.sequence).toBe(1);
    expect(event!.summary).toBe('【改期】家庭教育促进法进村');
    expect(event!.description).toContain('原定 2026年12月5日（周六）09:30');
    expect(event!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('marks a cancelled lecture CANCELLED with its reason, and has no GEO without coordinates', () => {
    const [event] = parse(buildCalendar([cancelled], options)).events;
    expect(event!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event!.sequence).toBe(1);
    expect(event!.summary).toBe('【已取消】未满十六周岁不能单独生活');
    expect(event!.description).toContain('因降雪道路结冰，为安全起见取消');
    expect(event!.component.hasProperty('geo')).toBe(false);
  });

  it('keeps every line within 75 octets without splitting a character, and reads back the same text', () => {
    const text = buildCalendar([base, postponed, cancelled], options);
    const lines = text.split('\r\n');
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    const [event] = parse(text).events;
    expect(event!.description).toContain(base.audience);
    expect(event!.description).toContain(base.url);
  });

  it('folds a Chinese line at its 75th octet, and folding twice changes nothing', () => {
    const line = `DESCRIPTION:${'讲'.repeat(40)}`;
    const [first, second] = foldLines(line).split('\r\n');
    expect(first).toBe(`DESCRIPTION:${'讲'.repeat(21)}`);
    expect(second).toBe(` ${'讲'.repeat(19)}`);
    expect(foldLines(foldLines(line))).toBe(foldLines(line));
  });

  it('writes a held lecture without a contact as these exact bytes', () => {
    expect(buildCalendar([{ ...base, contact: undefined, status: '已举办' }], options).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'PRODID:-//wcnrbh.example.gov.cn//lectures//ZH',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:澄岭区未成年人保护 · 普法讲座',
      'X-PUBLISHED-TTL:PT1H',
      'BEGIN:VEVENT',
      'UID:2026-12-13-sangtian-liuwan@wcnrbh.example.gov.cn',
      'SUMMARY:留守儿童的委托照护怎么办',
      'DTSTAMP:20261201T000000Z',
      'DTSTART:20261213T013000Z',
      'DTEND:20261213T030000Z',
      'SEQUENCE:0',
      'DESCRIPTION:时间：2026年12月13日（周日）09:30–11:00\\n地点：',
      ' 柳湾村儿童之家，澄岭区桑田镇柳湾村村委会院内\\n面向',
      ' ：外出务工家庭、祖辈家长\\n主讲：测试讲师（测试）（',
      ' 澄岭区司法局）\\nhttps://wcnrbh.example.gov.cn/lectures/2026-12-13-s',
      ' angtian-liuwan/',
      'URL:https://wcnrbh.example.gov.cn/lectures/2026-12-13-sangtian-liuwan/',
      'GEO:30.494788;110.64629',
      'LOCATION:柳湾村儿童之家，澄岭区桑田镇柳湾村村委会院内',
      'STATUS:CONFIRMED',
      'CATEGORIES:监护职责',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('folds a line of 76 octets and leaves one of 75, after unfolding what was folded', () => {
    expect(foldLines(`${'A'.repeat(75)}\r\n${'B'.repeat(76)}\r\nC\r\n\tD\r\n E`)).toBe(
      `${'A'.repeat(75)}\r\n${'B'.repeat(75)}\r\n B\r\nCDE`,
    );
  });

  it('counts each change of plan in the sequence', () => {
    expect(lectureSequence({ status: '待举办' })).toBe(0);
    expect(lectureSequence({ status: '改期', originalStart: new Date() })).toBe(1);
    expect(lectureSequence({ status: '取消', originalStart: new Date() })).toBe(2);
    expect(lectureSequence({ status: '取消' })).toBe(1);
    expect(lectureUid('a', 'b.example')).toBe('a@b.example');
  });

  it('gives the same bytes whatever the machine time zone', () => {
    process.env['TZ'] = 'UTC';
    const inUtc = buildCalendar([base, postponed, cancelled], options);
    process.env['TZ'] = 'America/Los_Angeles';
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480); // the zone change took effect
    expect(buildCalendar([base, postponed, cancelled], options)).toBe(inUtc);
  });
});
