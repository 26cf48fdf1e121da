/**
 * What an import would do, worked out before anything is written, on content held in memory (no files):
 * the header checked first, the template's example row and repeated rows refused, each row matched to
 * the entry it updates (ids, files, type and draft state kept), new ids that collide with none, entries
 * the sheet no longer has, files that block the import, and the report an office reads. On the invented
 * district 澄岭区 (area code 0386).
 */
import { describe, expect, it } from 'vitest';
import { formatImportReport } from '../../src/import/import-report.ts';
import type { CurrentContent, Stored } from '../../src/import/load-content.ts';
import { planFailed, planImport, type ImportPlan } from '../../src/import/plan-import.ts';
import type { Sheet } from '../../src/roster/read-sheet.ts';
import { formatRowProblem } from '../../src/roster/row-problem.ts';
import type { Home } from '../../src/schemas/home.ts';
import type { LectureData } from '../../src/schemas/lecture.ts';
import { district, town } from '../support/roster-fixture.ts';

const towns = [town('qingfeng', '青枫街道', '街道'), town('heming', '鹤鸣镇', '镇')];

const stored = (id: string, community: string, extra: Partial<Home> = {}): Stored<Home> => ({
  file: `homes/${id}.yaml`,
  body: '',
  data: {
    id,
    name: `${community}儿童之家`,
    town: 'heming',
    community,
    communityType: '村',
    address: '澄岭区鹤鸣镇某村',
    hours: [{ days: [1], open: '09:00', close: '10:00' }],
    director: { name: '甲某某', phone: '0386-0200001' },
    facilities: [],
    activities: [],
    verified: '2026-10-01',
    draft: false,
    ...extra,
  },
});

const storedLecture = (
  id: string,
  start: string,
  venue: LectureData['venue'],
  extra: Partial<LectureData> = {},
): Stored<LectureData> => ({
  file: `lectures/${id}.md`,
  body: '\n编辑写的正文。\n',
  data: {
    id,
    title: `讲座${id}`,
    topic: '监护职责',
    start,
    end: `${start.slice(0, 10)} 11:00`,
    venue,
    speaker: { name: '李某某', org: '澄岭区司法局' },
    audience: '家长',
    status: '待举办',
    draft: false,
    ...extra,
  },
});

const content = (extra: Partial<CurrentContent> = {}): CurrentContent => ({
  district,
  towns,
  homes: [],
  lectures: [],
  unreadable: [],
  ...extra,
});

const sheet = (headers: string[], rows: Record<string, string>[]): Sheet => ({
  file: '名录.csv',
  name: '名录',
  headers,
  rows: rows.map((cells, i) => ({ row: i + 2, cells: new Map(Object.entries(cells)) })),
});

const HOME_HEADERS = ['街道乡镇', '村社区', '儿童之家名称', '地址', '儿童主任', '电话', '开放时间', '核实日期'];
const homeRow = (community: string, extra: Record<string, string> = {}) => ({
  街道乡镇: '鹤鸣镇',
  村社区: community,
  地址: '澄岭区鹤鸣镇某村',
  儿童主任: '甲某某',
  电话: '0386-0200001',
  开放时间: '周一 9:00-10:00',
  核实日期: '2026-10-01',
  ...extra,
});
const homes = (rows: Record<string, string>[], current: CurrentContent, removeMissing = false) =>
  planImport('homes', sheet(HOME_HEADERS, rows), current, { removeMissing });

const problems = (plan: ImportPlan) => plan.problems.map(formatRowProblem);

describe('the header row', () => {
  it('names each missing required column and each column it does not know, and reads no row until they are right', () => {
    const plan = homes([homeRow('苇塘村')], content());
    expect(plan.problems).toEqual([]);
    const wrong = planImport(
      'homes',
      sheet(['街道乡镇', '村社区', '地址', '儿童主任', '电话', '开放时间', '备注'], [homeRow('苇塘村')]),
      content(),
    );
    expect(problems(wrong)).toEqual([
      '名录.csv 工作表“名录” 第1行 核实日期 — 这一格是空的：表头缺少这一栏，应当在第 1 行加上“核实日期”（可以用 npm run import -- template 生成的模板）',
      '名录.csv 工作表“名录” 第1行 备注 — 这一格写的是“备注”：不认识这一栏，应当删除，或改成这些栏目之一：街道乡镇、村社区、儿童之家名称、地址、儿童主任、电话、开放时间、经度、纬度、设施、常规活动、无障碍、核实日期',
    ]);
    expect([wrong.added, wrong.missing, wrong.blockers]).toEqual([[], [], []]);
    expect(planFailed(wrong)).toBe(true);
  });

  it('refuses a sheet with no rows, pointing at row 2 of its first column', () => {
    expect(problems(homes([], content()))).toEqual([
      '名录.csv 工作表“名录” 第2行 街道乡镇 — 这一格是空的：表格里没有任何数据行，应当从第 2 行起每行写一条',
    ]);
  });
});

describe('rows that must not be imported', () => {
  it('refuses the template’s example row, made from this district’s first town', () => {
    const example = {
      街道乡镇: '青枫街道',
      村社区: '东关社区',
      儿童之家名称: '东关社区儿童之家',
      地址: '澄岭区青枫街道东关社区居委会一楼',
      儿童主任: '张某某',
      电话: '0386-0000001',
      开放时间: '周一至周五 16:30-19:00；周六 9:00-12:00；节假日休息',
      经度: '110.78',
      纬度: '30.41',
      设施: '阅览角、活动室',
      常规活动: '课后作业辅导、亲子阅读',
      无障碍: '一楼，门口有坡道',
      核实日期: '2026-11-20',
    };
    const plan = planImport('homes', sheet(Object.keys(example), [example]), content());
    expect(problems(plan)).toEqual([
      '名录.csv 工作表“名录” 第2行 街道乡镇 — 这一格写的是“青枫街道”：这一行是模板里的示例，应当删除这一行，或改成真实的信息',
    ]);
    // One real change to the example is a real row.
    const changed = planImport('homes', sheet(Object.keys(example), [{ ...example, 儿童主任: '王丽' }]), content());
    expect(problems(changed)).toEqual([]);
  });

  it('does not call two rows the same home when neither names its community', () => {
    const plan = homes([homeRow(''), homeRow('')], content());
    expect(plan.problems.map((p) => `${p.row} ${p.column}`)).toEqual(['2 村社区', '3 村社区']);
  });

  it('refuses a second row for the same home, naming the first, and imports neither', () => {
    const plan = homes([homeRow('苇塘村'), homeRow('松林村'), homeRow('苇塘村', { 电话: '0386-0200009' })], content());
    expect(problems(plan)).toEqual([
      '名录.csv 工作表“名录” 第4行 村社区 — 这一格写的是“苇塘村”：与第2行是同一个儿童之家（同一街道乡镇、同一村社区），应当把两行合并成一行',
    ]);
    expect(plan.added.map((e) => e.file)).toEqual(['homes/heming-weitang.yaml', 'homes/heming-songlin.yaml']);
    expect(planFailed(plan)).toBe(true);
  });
});

describe('matching rows to the homes there are', () => {
  it('keeps an existing home’s id, file, type and draft state; a new id takes the next free number', () => {
    const current = content({
      homes: [
        stored('heming-weitang', '苇塘社区', { communityType: '社区' }),
        stored('heming-shiqiao', '石桥村', { draft: true }),
      ],
    });
    const plan = homes(
      [
        homeRow('苇塘村'),
        homeRow('石桥村', { 核实日期: '2026-11-20' }),
        homeRow('苇塘社区', { 村社区: '苇塘社区', 电话: '0386-0200009' }),
      ],
      current,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.added.map((e) => [e.file, e.label])).toEqual([['homes/heming-weitang-2.yaml', '苇塘村儿童之家']]);
    expect(plan.changed.map((e) => [e.file, e.label, e.changes])).toEqual([
      [
        'homes/heming-shiqiao.yaml',
        '石桥村儿童之家',
        [{ column: '核实日期', before: '2026-10-01', after: '2026-11-20' }],
      ],
      [
        'homes/heming-weitang.yaml',
        '苇塘社区儿童之家',
        [{ column: '电话', before: '0386-0200001', after: '0386-0200009' }],
      ],
    ]);
    expect(plan.changed[0]!.text).toContain('\ndraft: true\n');
    expect(plan.changed[1]!.text).toContain('communityType: 社区\n');
    expect(plan.added[0]!.text).toContain('id: heming-weitang-2\n');
    expect(plan.added[0]!.text).not.toContain('draft');
    expect(plan.unchanged).toEqual([]);
    expect(plan.missing).toEqual([]);
    expect(planFailed(plan)).toBe(false);
  });

  it('lists what the sheet no longer has, and with --remove-missing blocks on a lecture held there', () => {
    const current = content({
      homes: [stored('heming-weitang', '苇塘村'), stored('heming-songlin', '松林村')],
      lectures: [storedLecture('2026-12-05-heming-songlin', '2026-12-05 09:30', { home: 'heming-songlin' })],
    });
    const kept = homes([homeRow('苇塘村')], current);
    expect(kept.unchanged.map((e) => e.file)).toEqual(['homes/heming-weitang.yaml']);
    expect(kept.missing).toEqual([{ file: 'homes/heming-songlin.yaml', label: '松林村儿童之家' }]);
    expect(kept.blockers).toEqual([]);

    const removing = homes([homeRow('苇塘村')], current, true);
    expect(removing.blockers).toEqual([
      'lectures/2026-12-05-heming-songlin.md — 讲座“讲座2026-12-05-heming-songlin”（2026-12-05 09:30）在要删除的儿童之家“松林村儿童之家”举办；应当先把这场讲座的地点改掉或删除这场讲座，或者把这个儿童之家留在表格里，再导入',
    ]);
    expect(removing.alsoRemoved).toEqual([]);
  });

  it('with --remove-missing, also removes the lectures of towns towns.yaml no longer lists, at a home or an address', () => {
    const current = content({
      homes: [stored('heming-weitang', '苇塘村'), stored('jiuzhen-dongguan', '东关村', { town: 'jiuzhen' })],
      lectures: [
        storedLecture('a', '2026-12-05 09:30', { home: 'jiuzhen-dongguan' }),
        storedLecture('b', '2026-12-06 09:30', { address: '九镇小学', town: 'jiuzhen' }),
        storedLecture('c', '2026-12-07 09:30', { address: '青枫小学', town: 'qingfeng' }),
        storedLecture('d', '2026-12-08 09:30', { home: 'heming-weitang' }),
        storedLecture('e', '2026-12-09 09:30', { home: 'nowhere' }),
      ],
    });
    const plan = homes([homeRow('苇塘村')], current, true);
    expect(plan.blockers).toEqual([]);
    expect(plan.missing.map((e) => e.file)).toEqual(['homes/jiuzhen-dongguan.yaml']);
    expect(plan.alsoRemoved).toEqual([
      { file: 'lectures/a.md', label: '2026-12-05 09:30 讲座a' },
      { file: 'lectures/b.md', label: '2026-12-06 09:30 讲座b' },
    ]);
    // Without --remove-missing nothing is removed, so nothing else is either.
    expect(homes([homeRow('苇塘村')], current).alsoRemoved).toEqual([]);
  });
});

describe('files that do not pass their schema now', () => {
  const current = content({ unreadable: ['homes/bad.yaml', 'lectures/bad.md'] });

  it('block the import; a file of the sheet’s own kind can be replaced by the whole list instead', () => {
    expect(homes([homeRow('苇塘村')], current).blockers).toEqual([
      'homes/bad.yaml — 这个文件现在就没有通过内容检查，应当先运行 npm run check:content 并按提示改好；或者，表格是完整名单时，加上 --remove-missing 用表格替换它，再导入',
      'lectures/bad.md — 这个文件现在就没有通过内容检查，应当先运行 npm run check:content 并按提示改好，再导入',
    ]);
    const replacing = homes([homeRow('苇塘村')], current, true);
    expect(replacing.blockers).toEqual([
      'lectures/bad.md — 这个文件现在就没有通过内容检查，应当先运行 npm run check:content 并按提示改好，再导入',
    ]);
    expect(replacing.missing).toEqual([{ file: 'homes/bad.yaml', label: '（没有通过内容检查的文件）' }]);
    expect(planFailed(replacing)).toBe(true);
  });
});

const LECTURE_HEADERS = [
  '日期',
  '开始',
  '结束',
  '题目',
  '主题',
  '地点',
  '街道乡镇',
  '场地名称',
  '主讲人',
  '主讲单位',
  '面向',
  '状态',
  '原定开始时间',
];
const lectureRow = (extra: Record<string, string>) => ({
  日期: '2026-12-05',
  开始: '9:30',
  结束: '11:00',
  题目: '讲座',
  主题: '监护职责',
  地点: '苇塘村',
  主讲人: '李某某',
  主讲单位: '澄岭区司法局',
  面向: '家长',
  状态: '待举办',
  ...extra,
});
const lectures = (rows: Record<string, string>[], current: CurrentContent) =>
  planImport('lectures', sheet(LECTURE_HEADERS, rows), current);

describe('matching rows to the lectures there are', () => {
  const directory = [stored('heming-weitang', '苇塘村'), stored('heming-xinhua', '新华村')];

  it('finds a lecture by day, time and place, a moved one by its first time too, keeping its id, draft state and text', () => {
    const current = content({
      homes: directory,
      lectures: [
        storedLecture('l1', '2026-12-05 09:30', { home: 'heming-weitang' }),
        storedLecture('l2', '2026-12-08 09:30', { home: 'heming-weitang' }, { draft: true }),
        storedLecture('l3', '2026-12-09 09:30', { address: '某路1号', town: 'qingfeng' }),
      ],
    });
    const plan = lectures(
      [
        lectureRow({ 题目: '讲座l1' }),
        lectureRow({ 日期: '2026-12-10', 状态: '改期', 原定开始时间: '2026-12-08 9:30', 题目: '讲座l2' }),
      ],
      current,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.unchanged).toEqual([{ file: 'lectures/l1.md', label: '2026-12-05 09:30 讲座l1' }]);
    expect(plan.changed.map((e) => [e.file, e.label, e.changes])).toEqual([
      [
        'lectures/l2.md',
        '2026-12-10 09:30 讲座l2',
        [
          { column: '日期', before: '2026-12-08', after: '2026-12-10' },
          { column: '状态', before: '待举办', after: '改期' },
          { column: '原定开始时间', before: '', after: '2026-12-08 09:30' },
        ],
      ],
    ]);
    expect(plan.changed[0]!.text).toMatch(/^---\nid: l2\n[^]*\ndraft: true\n---\n\n编辑写的正文。\n$/);
    expect(plan.missing).toEqual([{ file: 'lectures/l3.md', label: '2026-12-09 09:30 讲座l3' }]);

    // Imported again, the moved lecture is found by its new time.
    const again = lectures(
      [lectureRow({ 日期: '2026-12-10', 状态: '改期', 原定开始时间: '2026-12-08 9:30', 题目: '讲座l2' })],
      content({
        homes: directory,
        lectures: [
          storedLecture(
            'l2',
            '2026-12-10 09:30',
            { home: 'heming-weitang' },
            { status: '改期', originalStart: '2026-12-08 09:30' },
          ),
        ],
      }),
    );
    expect(again.unchanged.map((e) => e.file)).toEqual(['lectures/l2.md']);
  });

  it('finds a lecture moved in the sheet only, by the first time the sheet gives', () => {
    const current = content({
      homes: directory,
      lectures: [storedLecture('l2', '2026-12-08 09:30', { home: 'heming-weitang' })],
    });
    const plan = lectures(
      [lectureRow({ 日期: '2026-12-10', 状态: '改期', 原定开始时间: '2026-12-08 9:30', 题目: '讲座l2' })],
      current,
    );
    expect(plan.changed.map((e) => e.file)).toEqual(['lectures/l2.md']);
    expect(plan.added).toEqual([]);
  });

  it('finds a moved lecture by the time it was moved from, and by its new time when the sheet gives no first time', () => {
    const moved = storedLecture(
      'l2',
      '2026-12-10 09:30',
      { home: 'heming-weitang' },
      { status: '改期', originalStart: '2026-12-08 09:30' },
    );
    const current = content({ homes: directory, lectures: [moved] });
    const atFirstTime = lectures([lectureRow({ 日期: '2026-12-08', 题目: '讲座l2' })], current);
    expect(atFirstTime.changed.map((e) => e.file)).toEqual(['lectures/l2.md']);
    const atNewTime = lectures([lectureRow({ 日期: '2026-12-10', 题目: '讲座l2' })], current);
    expect(atNewTime.changed.map((e) => e.file)).toEqual(['lectures/l2.md']);
    expect(atNewTime.added).toEqual([]);
    // Moved again: the sheet's first time is the lecture's present time.
    const again = lectures(
      [lectureRow({ 日期: '2026-12-12', 状态: '改期', 原定开始时间: '2026-12-10 09:30', 题目: '讲座l2' })],
      current,
    );
    expect(again.changed.map((e) => e.file)).toEqual(['lectures/l2.md']);
    expect(again.added).toEqual([]);
  });

  it('tells lectures at the same time apart by their place, at a home or an address', () => {
    const plan = lectures(
      [
        lectureRow({}),
        lectureRow({ 地点: '新华村' }),
        lectureRow({ 地点: '某小学', 街道乡镇: '青枫街道' }),
        lectureRow({ 地点: '某中学', 街道乡镇: '青枫街道' }),
      ],
      content({ homes: directory }),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.added).toHaveLength(4);
  });

  it('never gives a new lecture the id of one there is, even at another time', () => {
    const current = content({
      homes: directory,
      lectures: [storedLecture('2026-12-05-heming-weitang', '2026-12-05 09:30', { home: 'heming-weitang' })],
    });
    const plan = lectures([lectureRow({ 开始: '14:00', 结束: '15:00' })], current);
    expect(plan.added.map((e) => e.file)).toEqual(['lectures/2026-12-05-heming-weitang-2.md']);
  });

  it('refuses the lectures template’s example row, whatever is added in the cells it leaves empty', () => {
    const example = {
      日期: '2026-12-05',
      开始: '09:30',
      结束: '11:00',
      题目: '孩子放假了，监护责任不放假',
      主题: '监护职责',
      地点: '东关社区',
      街道乡镇: '青枫街道',
      主讲人: '李某某',
      主讲单位: '澄岭区司法局',
      面向: '留守儿童监护人、祖辈家长',
      状态: '待举办',
      咨询电话: '0386-0200001',
    };
    const plan = planImport('lectures', sheet(Object.keys(example), [example]), content());
    expect(problems(plan)).toContain(
      '名录.csv 工作表“名录” 第2行 日期 — 这一格写的是“2026-12-05”：这一行是模板里的示例，应当删除这一行，或改成真实的信息',
    );
  });

  it('refuses a second row for the same lecture, naming the first', () => {
    const plan = lectures([lectureRow({}), lectureRow({ 题目: '又一场' })], content({ homes: directory }));
    expect(plan.added.map((e) => e.label)).toEqual(['2026-12-05 09:30 讲座']);
    expect(problems(plan)).toEqual([
      '名录.csv 工作表“名录” 第3行 开始 — 这一格写的是“9:30”：与第2行是同一场讲座（同一天、同一时间、同一地点），应当把两行合并成一行',
    ]);
  });

  it('gives a new lecture its day and place as id: the home, or the town and the venue without the town’s name', () => {
    const longHome = stored('heming-a-home-id-long-enough-to-need-cutting', '新华村委会');
    const plan = lectures(
      [
        lectureRow({}),
        lectureRow({ 日期: '2026-12-11', 地点: '新华村委会' }),
        lectureRow({ 日期: '2026-12-12', 地点: '某小学', 街道乡镇: '青枫街道', 场地名称: '青枫街道中心小学' }),
        lectureRow({ 日期: '2026-12-13', 地点: '某小学', 街道乡镇: '青枫', 场地名称: '青枫中心小学' }),
        lectureRow({ 日期: '2026-12-14', 地点: '某地', 街道乡镇: '鹤鸣镇' }),
        lectureRow({ 日期: '2026-12-14', 开始: '14:00', 结束: '15:00', 地点: '某地', 街道乡镇: '鹤鸣镇' }),
        lectureRow({ 日期: '2026-12-15', 地点: '某小学', 街道乡镇: '鹤鸣镇', 场地名称: '鹤鸣镇中心小学' }),
        lectureRow({ 日期: '2026-12-16', 地点: '苇塘新村' }),
      ],
      content({ homes: [stored('heming-weitang', '苇塘村'), longHome, stored('heming-weitang-2', '苇塘新村')] }),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.added.map((e) => e.file)).toEqual([
      'lectures/2026-12-05-heming-weitang.md',
      'lectures/2026-12-11-heming-xinhua.md',
      'lectures/2026-12-12-qingfeng-zhongxinxiaoxue.md',
      'lectures/2026-12-13-qingfeng-zhongxinxiaoxue.md',
      'lectures/2026-12-14-heming.md',
      'lectures/2026-12-14-heming-2.md',
      'lectures/2026-12-15-heming-zhongxinxiaoxue.md',
      'lectures/2026-12-16-heming-weitang-2.md',
    ]);
    expect(plan.added[0]!.text).toBe(
      [
        '---',
        'id: 2026-12-05-heming-weitang',
        'title: 讲座',
        'topic: 监护职责',
        'start: 2026-12-05 09:30',
        'end: 2026-12-05 11:00',
        'venue:',
        '  home: heming-weitang',
        'speaker:',
        '  name: 李某某',
        '  org: 澄岭区司法局',
        'audience: 家长',
        'status: 待举办',
        '---',
        '',
      ].join('\n'),
    );
    expect(plan.added[0]!.label).toBe('2026-12-05 09:30 讲座');
  });
});

describe('the report an office reads', () => {
  it('lists every problem and says nothing was written', () => {
    const plan = homes([homeRow('苇塘村', { 电话: '123-45' })], content({ unreadable: ['lectures/bad.md'] }));
    expect(formatImportReport(plan, '名录.csv').split('\n')).toEqual([
      '名录.csv 工作表“名录” 第2行 电话 — 这一格写的是“123-45”：儿童主任电话格式不对，应当写成“0386-1234567”（区号-号码）、11位手机号，或 12345 这样的热线号码',
      'lectures/bad.md — 这个文件现在就没有通过内容检查，应当先运行 npm run check:content 并按提示改好，再导入',
      '',
      '导入没有进行，没有写入任何文件：名录.csv 有 2 处问题。请按上面的提示逐条修改表格后再导入。',
    ]);
  });

  it('stops on a blocker alone, every row being good', () => {
    const plan = homes([homeRow('苇塘村')], content({ unreadable: ['lectures/bad.md'] }));
    expect(plan.problems).toEqual([]);
    expect(formatImportReport(plan, '名录.csv').split('\n')).toEqual([
      'lectures/bad.md — 这个文件现在就没有通过内容检查，应当先运行 npm run check:content 并按提示改好，再导入',
      '',
      '导入没有进行，没有写入任何文件：名录.csv 有 1 处问题。请按上面的提示逐条修改表格后再导入。',
    ]);
  });

  it('lists what is added, changed field by field, kept, and missing, and that the check passed', () => {
    const current = content({
      homes: [
        stored('heming-weitang', '苇塘村'),
        stored('heming-songlin', '松林村'),
        stored('heming-shiqiao', '石桥村'),
      ],
    });
    const plan = homes(
      [homeRow('苇塘村'), homeRow('石桥村', { 儿童之家名称: '', 电话: '0386-0200009' }), homeRow('新华村')],
      current,
    );
    plan.changed[0]!.changes!.push({ column: '无障碍', before: '一楼', after: '' });
    expect(
      formatImportReport(plan, '名录.csv', { written: true, checkProblems: [], checkedFiles: 12 }).split('\n'),
    ).toEqual([
      '名录.csv：3 行',
      '新增 1 个',
      '  + homes/heming-xinhua.yaml  新华村儿童之家',
      '修改 1 个',
      '  ~ homes/heming-shiqiao.yaml  石桥村儿童之家',
      '      电话：“0386-0200001” → “0386-0200009”',
      '      无障碍：“一楼” → （空）',
      '未变 1 个',
      '表格里没有、内容里还有 1 个（保留；确实要删除时加 --remove-missing 再导入一次）',
      '  ? homes/heming-songlin.yaml  松林村儿童之家',
      '',
      '内容检查通过：12 个文件没有发现问题。已写入。',
    ]);
  });

  it('lists what is removed, lectures of towns no longer listed too, and the content check’s problems when it fails', () => {
    const current = content({
      homes: [stored('heming-weitang', '苇塘村'), stored('jiuzhen-dongguan', '东关村', { town: 'jiuzhen' })],
      lectures: [storedLecture('a', '2026-12-05 09:30', { address: '九镇小学', town: 'jiuzhen' })],
    });
    const plan = homes([homeRow('苇塘村')], current, true);
    const failed = { written: false, checkProblems: ['homes/x.yaml:3 name — 名称不能为空'], checkedFiles: 5 };
    expect(formatImportReport(plan, '名录.csv', failed).split('\n')).toEqual([
      '名录.csv：1 行',
      '新增 0 个',
      '修改 0 个',
      '未变 1 个',
      '删除 1 个（表格里没有）',
      '  - homes/jiuzhen-dongguan.yaml  东关村儿童之家',
      '同时删除 1 场讲座（所在的街道、乡镇已经不在 towns.yaml 里）',
      '  - lectures/a.md  2026-12-05 09:30 讲座a',
      '',
      'homes/x.yaml:3 name — 名称不能为空',
      '',
      '导入没有进行，没有写入任何文件：导入后的内容有 1 处没有通过内容检查。请按上面的提示修改后再导入。',
    ]);
  });

  it('says nothing is removed when the sheet has every entry, and nothing of a check that did not run', () => {
    const plan = homes([homeRow('苇塘村')], content({ homes: [stored('heming-weitang', '苇塘村')] }));
    expect(formatImportReport(plan, '名录.csv').split('\n')).toEqual([
      '名录.csv：1 行',
      '新增 0 个',
      '修改 0 个',
      '未变 1 个',
      '删除 0 个',
    ]);
    const removing = homes([homeRow('苇塘村')], content({ homes: [stored('heming-weitang', '苇塘村')] }), true);
    expect(
      formatImportReport(removing, '名录.csv', { written: false, checkProblems: [], checkedFiles: 0 }).split('\n'),
    ).toEqual(['名录.csv：1 行', '新增 0 个', '修改 0 个', '未变 1 个', '删除 0 个（表格里没有）']);
  });
});
