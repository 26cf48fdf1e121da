/**
 * One row of a roster sheet read into an entry, and an entry written back as its row, without files:
 * what each cell becomes, and for each cell that cannot be read, the exact words the office sees in its
 * column (what to write there, with the district's own examples). On the invented district 澄岭区
 * (area code 0386) with two of its towns, a 街道 first.
 */
import { describe, expect, it } from 'vitest';
import { homeToRow, readHomeRow } from '../../src/roster/home-rows.ts';
import { homesNamed, lectureToRow, readLectureRow } from '../../src/roster/lecture-rows.ts';
import type { Sheet } from '../../src/roster/read-sheet.ts';
import type { Home } from '../../src/schemas/home.ts';
import type { LectureDraft } from '../../src/roster/lecture-rows.ts';
import { district, town } from '../support/roster-fixture.ts';

const towns = [town('qingfeng', '青枫街道', '街道'), town('heming', '鹤鸣镇', '镇')];

const sheet: Sheet = { file: '名录.csv', name: '名录', headers: [], rows: [] };
const row = (cells: Record<string, string>) => ({ row: 7, cells: new Map(Object.entries(cells)) });

/** A row every cell of which reads. */
const goodHome = {
  街道乡镇: '鹤鸣镇',
  村社区: '苇塘村',
  地址: '澄岭区鹤鸣镇苇塘村村委会',
  儿童主任: '丙某某',
  电话: '0386-0200003',
  开放时间: '周一至周五 16:00-18:00',
  核实日期: '2026-11-20',
};

const readHome = (cells: Record<string, string>) => readHomeRow(sheet, row(cells), towns, district);
/** "column: message" for each problem of a row. */
const homeProblems = (cells: Record<string, string>) =>
  readHome(cells).reader.problems.map((p) => `${p.column}：${p.message}`);

describe('a row of the homes sheet', () => {
  it('becomes a home: town by name, 村 or 社区 from the community’s name, lists split, the default name', () => {
    const { reader, draft } = readHome({
      ...goodHome,
      电话: '０３８６－０２００００３',
      开放时间: '周一至周五 16:00-18:00；节假日休息',
      经度: '110.68',
      纬度: '30.42',
      设施: '阅览角、活动室',
      常规活动: '亲子阅读',
      无障碍: '一楼',
    });
    expect(reader.problems).toEqual([]);
    expect(draft).toEqual({
      town: 'heming',
      community: '苇塘村',
      communityType: '村',
      name: '苇塘村儿童之家',
      address: '澄岭区鹤鸣镇苇塘村村委会',
      director: { name: '丙某某', phone: '0386-0200003' },
      hours: [{ days: [1, 2, 3, 4, 5], open: '16:00', close: '18:00' }],
      holidayNote: '节假日休息',
      location: { lng: 110.68, lat: 30.42 },
      facilities: ['阅览角', '活动室'],
      activities: ['亲子阅读'],
      accessibility: '一楼',
      verified: '2026-11-20',
    });
  });

  it('keeps a name the office wrote, reads any other community as a 社区, and leaves out what is not written', () => {
    const { draft } = readHome({ ...goodHome, 街道乡镇: '青枫', 村社区: '东泉社区', 儿童之家名称: '东泉儿童活动中心' });
    expect(draft).toMatchObject({ town: 'qingfeng', communityType: '社区', name: '东泉儿童活动中心' });
    expect(Object.keys(draft)).not.toContain('holidayNote');
    expect(Object.keys(draft)).not.toContain('location');
    expect(Object.keys(draft)).not.toContain('accessibility');
  });

  it('names every empty required cell, with the template’s own example for this district', () => {
    expect(homeProblems({})).toEqual([
      '街道乡镇：不能空着，应当写儿童之家所在街道、乡镇的名称，例如“青枫街道”',
      '村社区：不能空着，应当写所在村或社区的名称，例如“东关社区”',
      '地址：不能空着，应当写详细地址，家长照着能找到',
      '儿童主任：不能空着，应当写儿童主任的姓名',
      '电话：不能空着，应当写儿童主任的电话，例如 0386-1234567 或 11 位手机号',
      '开放时间：不能空着，应当写开放时间，例如“周一至周五 16:30-19:00；周六 9:00-12:00”',
      '核实日期：不能空着，应当写最近一次核实信息的日期，例如 2026-11-20',
    ]);
    // Without a community there is no name to make up either.
    expect(Object.keys(readHome({}).draft)).not.toContain('name');
  });

  it('says which town it does not know, the closest one, and every town it could be', () => {
    expect(homeProblems({ ...goodHome, 街道乡镇: '鹤明镇' })).toEqual([
      '街道乡镇：没有这个街道、乡镇，您是不是想写“鹤鸣镇”？；应当写 towns.yaml 里的名称之一：青枫街道、鹤鸣镇',
    ]);
    expect(homeProblems({ ...goodHome, 街道乡镇: '九龙湾开发区' })).toEqual([
      '街道乡镇：没有这个街道、乡镇；应当写 towns.yaml 里的名称之一：青枫街道、鹤鸣镇',
    ]);
  });

  it('reports the hours it cannot read, and a verification date that is not a date, in their columns', () => {
    expect(homeProblems({ ...goodHome, 开放时间: '看情况', 核实日期: '下周' })).toEqual([
      '开放时间：看不懂“看情况”，应当写成“周一至周五 16:30-19:00；周六 9:00-12:00”这样：星期几在前、时间段在后，多段用“；”隔开，节假日安排可以写在最后（如“节假日休息”）',
      '核实日期：应当写成日期，例如 2026-11-20',
    ]);
  });

  it('asks for both coordinates or neither, each a number, inside the district', () => {
    const lngOnly = readHome({ ...goodHome, 经度: '110.68' });
    expect(lngOnly.reader.problems.map((p) => `${p.column}：${p.message}`)).toEqual([
      '纬度：经度和纬度要么都写，要么都空着；应当用高德地图坐标拾取器取点，把两个数都填上',
    ]);
    expect(lngOnly.draft.location).toBeUndefined();
    expect(homeProblems({ ...goodHome, 纬度: '30.42' })).toEqual([
      '经度：经度和纬度要么都写，要么都空着；应当用高德地图坐标拾取器取点，把两个数都填上',
    ]);
    expect(homeProblems({ ...goodHome, 经度: '东经110度', 纬度: '30.42' })).toEqual([
      '经度：应当写成数字，例如 110.78',
    ]);
    expect(homeProblems({ ...goodHome, 经度: '110.68', 纬度: '北纬30度' })).toEqual(['纬度：应当写成数字，例如 30.41']);
    expect(homeProblems({ ...goodHome, 经度: '110.68', 纬度: '31.5' })).toEqual([
      '纬度：坐标不在澄岭区范围内：纬度 31.5 不在 30.18 到 30.64 之间，应当用高德地图坐标拾取器（GCJ-02）在澄岭区里取点，在“经度”一栏写 110.78 这样的数，“纬度”一栏写 30.41 这样的数',
    ]);
    expect(homeProblems({ ...goodHome, 经度: '112.5', 纬度: '30.42' })[0]).toMatch(
      /^经度：坐标不在澄岭区范围内：经度 112.5/,
    );
  });
});

describe('a home written as its row', () => {
  const home: Home = {
    id: 'heming-weitang',
    name: '苇塘村儿童之家',
    town: 'heming',
    community: '苇塘村',
    communityType: '村',
    address: '澄岭区鹤鸣镇苇塘村村委会',
    location: { lng: 110.68, lat: 30.42 },
    hours: [
      { days: [1, 2, 3, 4, 5], open: '16:00', close: '18:00' },
      { days: [6], open: '09:00', close: '12:00' },
    ],
    holidayNote: '节假日休息',
    director: { name: '丙某某', phone: '0386-0200003' },
    facilities: ['阅览角', '活动室'],
    activities: [],
    verified: '2026-11-20',
    draft: false,
  };

  it('has the town’s name, the hours as one text, lists joined with 、 and nothing for what is not there', () => {
    expect(homeToRow(home, towns)).toEqual({
      街道乡镇: '鹤鸣镇',
      村社区: '苇塘村',
      儿童之家名称: '苇塘村儿童之家',
      地址: '澄岭区鹤鸣镇苇塘村村委会',
      儿童主任: '丙某某',
      电话: '0386-0200003',
      开放时间: '周一至周五 16:00-18:00；周六 09:00-12:00；节假日休息',
      经度: '110.68',
      纬度: '30.42',
      设施: '阅览角、活动室',
      常规活动: '',
      无障碍: '',
      核实日期: '2026-11-20',
    });
  });

  it('keeps the town’s id when towns.yaml no longer lists it', () => {
    expect(homeToRow({ ...home, town: 'jiuzhen' }, towns)['街道乡镇']).toBe('jiuzhen');
  });
});

const homeAt = (id: string, townId: string, community: string, name = `${community}儿童之家`) =>
  ({ id, name, town: townId, community }) as Home;
const homes = [
  homeAt('heming-weitang', 'heming', '苇塘村'),
  homeAt('qingfeng-weitang', 'qingfeng', '苇塘村', '苇塘儿童活动中心'),
  homeAt('heming-songlin', 'heming', '松林村'),
];

const readLecture = (cells: Record<string, string>) => readLectureRow(sheet, row(cells), towns, homes, district);
const lectureProblems = (cells: Record<string, string>) =>
  readLecture(cells).reader.problems.map((p) => `${p.column}：${p.message}`);

const goodLecture = { 日期: '2026-12-05', 开始: '9:30', 结束: '11点', 地点: '松林村' };

describe('a row of the lectures sheet', () => {
  it('becomes a lecture: the day joined to each clock, the home by its community, numbers and a phone read', () => {
    const { reader, draft } = readLecture({
      ...goodLecture,
      题目: '监护人的职责',
      主题: '监护职责',
      面向: '家长',
      状态: '已举办',
      主讲人: '李某某',
      主讲单位: '澄岭区司法局',
      咨询电话: '0386－0200001',
      参加人数: '60',
      发放资料份数: '1,200',
    });
    expect(reader.problems).toEqual([]);
    expect(draft).toEqual({
      start: '2026-12-05 09:30',
      end: '2026-12-05 11:00',
      title: '监护人的职责',
      topic: '监护职责',
      audience: '家长',
      status: '已举办',
      venue: { home: 'heming-songlin' },
      speaker: { name: '李某某', org: '澄岭区司法局' },
      contact: '0386-0200001',
      attendance: 60,
      leaflets: 1200,
    });
  });

  it('takes an address with its town, and the venue’s name when there is one', () => {
    expect(
      readLecture({ ...goodLecture, 地点: '青枫小区活动室', 街道乡镇: '青枫', 场地名称: '活动室' }).draft.venue,
    ).toEqual({ address: '青枫小区活动室', town: 'qingfeng', name: '活动室' });
    expect(readLecture({ ...goodLecture, 地点: '青枫小区活动室', 街道乡镇: 'qingfeng' }).draft.venue).toEqual({
      address: '青枫小区活动室',
      town: 'qingfeng',
    });
  });

  it('finds a home by its community or its full name, within the town written beside it', () => {
    expect(homesNamed(homes, ' 苇塘村 ').map((h) => h.id)).toEqual(['heming-weitang', 'qingfeng-weitang']);
    expect(homesNamed(homes, '苇塘儿童活动中心').map((h) => h.id)).toEqual(['qingfeng-weitang']);
    expect(homesNamed(homes, '苇塘村', 'heming').map((h) => h.id)).toEqual(['heming-weitang']);
    expect(readLecture({ ...goodLecture, 地点: '苇塘村', 街道乡镇: '青枫街道' }).draft.venue).toEqual({
      home: 'qingfeng-weitang',
    });
  });

  it('leaves out what is not written, so the content check says it is missing', () => {
    expect(readLecture(goodLecture).draft).toEqual({
      start: '2026-12-05 09:30',
      end: '2026-12-05 11:00',
      venue: { home: 'heming-songlin' },
      speaker: { name: undefined, org: undefined },
    });
    expect(Object.keys(readLecture(goodLecture).draft).sort()).toEqual(['end', 'speaker', 'start', 'venue']);
  });

  it('takes none as a number of people or handouts', () => {
    expect(readLecture({ ...goodLecture, 参加人数: '0', 发放资料份数: '0' }).draft).toMatchObject({
      attendance: 0,
      leaflets: 0,
    });
  });

  it('names a home’s town by its id when towns.yaml no longer lists it', () => {
    const withLost = [...homes, homeAt('jiuzhen-songlin', 'jiuzhen', '松林村')];
    const { reader } = readLectureRow(sheet, row(goodLecture), towns, withLost, district);
    expect(reader.problems.map((p) => p.message)).toEqual([
      '有 2 个街道乡镇都有叫这个名字的儿童之家，应当在“街道乡镇”一栏写明是哪一个：鹤鸣镇、jiuzhen',
    ]);
  });

  it('keeps a moved lecture’s first time and a cancelled one’s reason', () => {
    expect(readLecture({ ...goodLecture, 原定开始时间: '2026/12/1 9:00', 取消原因: '暴雨' }).draft).toMatchObject({
      originalStart: '2026-12-01 09:00',
      cancelReason: '暴雨',
    });
  });

  it('names every empty required cell, with the template’s example place for this district', () => {
    expect(lectureProblems({})).toEqual([
      '日期：不能空着，应当写讲座的日期，例如 2026-12-05',
      '开始：不能空着，应当写开始的钟点，24小时制，例如 09:30',
      '结束：不能空着，应当写结束的钟点，24小时制，例如 11:00',
      '地点：不能空着，应当写儿童之家所在的村社区（例如“东关社区”），或者详细地址',
    ]);
  });

  it('names each cell it cannot read and what to write there', () => {
    expect(
      lectureProblems({
        日期: '下周',
        开始: '上午',
        结束: '25:00',
        地点: '苇塘村',
        参加人数: '-3',
        发放资料份数: '2.5',
        原定开始时间: '下周一',
      }),
    ).toEqual([
      '日期：应当写成日期，例如 2026-12-05',
      '开始：应当写成 24 小时制的钟点，例如 09:30',
      '结束：应当写成 24 小时制的钟点，例如 11:00',
      '地点：有 2 个街道乡镇都有叫这个名字的儿童之家，应当在“街道乡镇”一栏写明是哪一个：鹤鸣镇、青枫街道',
      '参加人数：应当写成整数，只写数字，例如 60',
      '发放资料份数：应当写成整数，只写数字，例如 60',
      '原定开始时间：应当写成“2026-12-05 09:30”这样的日期和钟点',
    ]);
    expect(lectureProblems({ ...goodLecture, 参加人数: '约60人' })).toEqual([
      '参加人数：应当写成整数，只写数字，例如 60',
    ]);
  });

  it('leaves the times out when the day cannot be read, so only the day is reported', () => {
    const { reader, draft } = readLecture({ ...goodLecture, 日期: '下周' });
    expect(reader.problems.map((p) => p.column)).toEqual(['日期']);
    expect(Object.keys(draft)).not.toContain('start');
    expect(Object.keys(draft)).not.toContain('end');
  });

  it('says a place that is no home needs its town, and names a town it does not know', () => {
    expect(lectureProblems({ ...goodLecture, 地点: '青枫小区活动室' })).toEqual([
      '地点：不是名录里任何一个儿童之家的村社区；如果是地址，应当同时在“街道乡镇”一栏写它所在的街道、乡镇；如果是儿童之家，应当写它的村社区名称（与儿童之家名录一致）',
    ]);
    const unknownTown = readLecture({ ...goodLecture, 地点: '青枫小区活动室', 街道乡镇: '鹤明镇' });
    expect(unknownTown.reader.problems.map((p) => `${p.column}：${p.message}`)).toEqual([
      '街道乡镇：没有这个街道、乡镇，您是不是想写“鹤鸣镇”？；应当写 towns.yaml 里的名称之一：青枫街道、鹤鸣镇',
    ]);
    expect(unknownTown.draft.venue).toBeUndefined();
  });
});

describe('a lecture written as its row', () => {
  const lecture = {
    title: '监护人的职责',
    topic: '监护职责',
    start: '2026-12-05 09:30',
    end: '2026-12-05 11:00',
    venue: { home: 'heming-songlin' },
    speaker: { name: '李某某', org: '澄岭区司法局' },
    audience: '家长',
    status: '已举办',
    attendance: 60,
    leaflets: 1200,
  } as LectureDraft;

  it('splits the start into day and clock, names the home by its community and its town', () => {
    expect(lectureToRow(lecture, towns, homes)).toEqual({
      日期: '2026-12-05',
      开始: '09:30',
      结束: '11:00',
      题目: '监护人的职责',
      主题: '监护职责',
      地点: '松林村',
      街道乡镇: '鹤鸣镇',
      场地名称: '',
      主讲人: '李某某',
      主讲单位: '澄岭区司法局',
      面向: '家长',
      咨询电话: '',
      状态: '已举办',
      参加人数: '60',
      发放资料份数: '1200',
      原定开始时间: '',
      取消原因: '',
    });
  });

  it('writes an address with its town’s name, and ids where the directory or towns.yaml no longer has them', () => {
    const atAddress = { ...lecture, venue: { address: '青枫小区活动室', town: 'qingfeng', name: '活动室' } };
    expect(lectureToRow(atAddress, towns, homes)).toMatchObject({
      地点: '青枫小区活动室',
      街道乡镇: '青枫街道',
      场地名称: '活动室',
    });
    expect(lectureToRow({ ...lecture, venue: { home: 'luting-yugou' } }, towns, homes)).toMatchObject({
      地点: 'luting-yugou',
      街道乡镇: '',
    });
    const elsewhere = { ...lecture, venue: { address: '芦汀乡政府', town: 'luting' } };
    expect(lectureToRow(elsewhere, towns, homes)['街道乡镇']).toBe('luting');
  });
});
