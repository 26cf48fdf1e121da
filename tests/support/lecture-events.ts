/**
 * Lectures as the calendar and schema.org builders receive them: scheduled, postponed, cancelled. Made-up
 * test data, named like the fixture site's lectures (tests/fixtures/site/lectures/).
 */
import type { LectureEvent } from '../../src/lib/lecture-event.ts';
import { instantFromWallText } from '../../src/lib/time.ts';

export const scheduled: LectureEvent = {
  id: '2026-12-13-sangtian-liuwan',
  title: '留守儿童的委托照护怎么办',
  topic: '监护职责',
  start: instantFromWallText('2026-12-13 09:30'),
  end: instantFromWallText('2026-12-13 11:00'),
  status: '待举办',
  url: 'https://wcnrbh.example.gov.cn/lectures/2026-12-13-sangtian-liuwan/',
  venue: {
    name: '柳湾村儿童之家',
    address: '澄岭区桑田镇柳湾村村委会院内',
    town: '桑田镇',
    location: { lng: 110.6512, lat: 30.4921 },
  },
  audience: '外出务工家庭、祖辈家长',
  speaker: { name: '测试讲师（测试）', org: '澄岭区司法局' },
  contact: '0386-0990301',
};
export const postponed: LectureEvent = {
  ...scheduled,
  id: '2026-12-12-heming-meigang',
  title: '家庭教育促进法进村',
  status: '改期',
  originalStart: instantFromWallText('2026-12-05 09:30'),
  start: instantFromWallText('2026-12-12 09:30'),
  end: instantFromWallText('2026-12-12 11:00'),
};
export const cancelled: LectureEvent = {
  ...scheduled,
  id: '2027-01-30-sangtian-hefeng',
  title: '未满十六周岁不能单独生活',
  status: '取消',
  cancelReason: '因降雪道路结冰，为安全起见取消',
  start: instantFromWallText('2027-01-30 09:30'),
  end: instantFromWallText('2027-01-30 10:30'),
  venue: { name: '和丰社区儿童之家', address: '澄岭区桑田镇和丰社区居委会一楼（测试地址）', town: '桑田镇' },
};
