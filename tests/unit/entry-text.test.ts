/**
 * The files an import writes read like the files editors write: fields in the schema's order, defaults
 * left out (draft: false, empty lists), short lists and coordinates on one line, clock times quoted (a
 * YAML 1.1 reader would take 09:30 for a number), and a lecture's own text kept after its frontmatter.
 */
import { describe, expect, it } from 'vitest';
import { homeFileText, lectureFileText } from '../../src/import/entry-text.ts';
import type { Home } from '../../src/schemas/home.ts';
import type { LectureData } from '../../src/schemas/lecture.ts';

describe('the text of an imported file', () => {
  it('writes a home as an editor would', () => {
    const home = {
      verified: '2026-11-20',
      draft: false,
      activities: [],
      facilities: ['阅览角', '活动室'],
      director: { name: '测试主任（测试）', phone: '0386-0990201' },
      hours: [
        { days: [1, 2, 3, 4, 5], open: '16:30', close: '19:00' },
        { days: [6], open: '9:00', close: '12:00' },
      ],
      location: { lng: 110.642, lat: 30.5519 },
      address: '澄岭区桑田镇桑田村村委会（测试地址）',
      communityType: '村',
      community: '桑田村',
      town: 'sangtian',
      name: '桑田村儿童之家',
      id: 'sangtian-sangtian',
      holidayNote: '寒暑假每天 9:00–12:00 开放',
    } as unknown as Home;
    expect(homeFileText(home)).toBe(
      [
        'id: sangtian-sangtian',
        'name: 桑田村儿童之家',
        'town: sangtian',
        'community: 桑田村',
        'communityType: 村',
        'address: 澄岭区桑田镇桑田村村委会（测试地址）',
        'location: {lng: 110.642, lat: 30.5519}',
        'hours:',
        '  - days: [1, 2, 3, 4, 5]',
        '    open: "16:30"',
        '    close: "19:00"',
        '  - days: [6]',
        '    open: "9:00"',
        '    close: "12:00"',
        'holidayNote: 寒暑假每天 9:00–12:00 开放',
        'director:',
        '  name: 测试主任（测试）',
        '  phone: 0386-0990201',
        'facilities: [阅览角, 活动室]',
        'verified: 2026-11-20',
        '',
      ].join('\n'),
    );
  });

  it('quotes a clock time alone, not text that starts with one', () => {
    const home = {
      id: 'sangtian-x',
      holidayNote: '9:00 以后开放（寒暑假）',
      hours: [{ days: [6], open: '9:00', close: '12:00' }],
    };
    expect(homeFileText(home as unknown as Home)).toBe(
      'id: sangtian-x\nhours:\n  - days: [6]\n    open: "9:00"\n    close: "12:00"\nholidayNote: 9:00 以后开放（寒暑假）\n',
    );
  });

  it('keeps a draft marked as one', () => {
    const home = { id: 'sangtian-x', draft: true } as unknown as Home;
    expect(homeFileText(home)).toBe('id: sangtian-x\ndraft: true\n');
  });

  it('writes a lecture’s frontmatter in the schema’s order, and its own text after it', () => {
    const lecture = {
      status: '待举办',
      audience: '家长',
      speaker: { name: '测试主讲人（测试）', org: '澄岭区民政局' },
      venue: { home: 'sangtian-sangtian' },
      end: '2026-12-05 11:00',
      start: '2026-12-05 09:30',
      topic: '监护职责',
      title: '监护人的十项职责',
      id: '2026-12-05-sangtian-sangtian',
    } as unknown as LectureData;
    expect(lectureFileText(lecture, '\n讲解监护职责。\n')).toBe(
      [
        '---',
        'id: 2026-12-05-sangtian-sangtian',
        'title: 监护人的十项职责',
        'topic: 监护职责',
        'start: 2026-12-05 09:30',
        'end: 2026-12-05 11:00',
        'venue:',
        '  home: sangtian-sangtian',
        'speaker:',
        '  name: 测试主讲人（测试）',
        '  org: 澄岭区民政局',
        'audience: 家长',
        'status: 待举办',
        '---',
        '',
        '讲解监护职责。',
        '',
      ].join('\n'),
    );
  });
});
