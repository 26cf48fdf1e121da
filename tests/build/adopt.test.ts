/**
 * Any district, in a day: a copy of the fixture site becomes another district's site the way an office
 * does it, through the commands alone. `npm run adopt` with the profile of an invented second district
 * (its outline far from the fixture's); the homes and lectures templates filled and imported (some homes
 * without coordinates, every coordinate inside the new outline); `npm run preflight` with a real-looking
 * identity, SITE_URL and BASE_PATH passes; the site builds with its PDFs. Then nothing the site publishes
 * (HTML, JSON, XML, calendars, the search index, PDFs read with pdftotext, the spreadsheets) names the
 * fixture's district, its city, its area code, or any of its towns or villages, which are read from the
 * fixture's own files, as they stand.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentBuild } from '../support/content-build.ts';
import { FIXTURE_SITE } from '../support/site-content.ts';

const BASE = '/zt/wcnrbh/';
const site = contentBuild('adopt', {
  pdfs: true,
  env: { SITE_URL: 'https://wcnrbh.qinghe.gov.cn', BASE_PATH: BASE },
});
const { work, content, dist } = site;
afterAll(() => site.remove());

/** The second district's profile: invented, in another province, its outline a rectangle around 110.3 E, 25.15 N. */
const PROFILE = path.resolve('tests/fixtures/adopt/qinghe.yaml');

/** Its homes as an office types them: two without coordinates. */
const HOMES = [
  [
    '桂溪街道',
    '榕树社区',
    '青禾区桂溪街道榕树社区居委会一楼',
    '黄丽萍',
    '0739-5218801',
    '周一至周五 16:30-19:00；周六 9:00-12:00',
    '110.2512',
    '25.1433',
  ],
  ['桂溪街道', '江滨社区', '青禾区桂溪街道滨江路 6 号', '陆海燕', '13907395566', '周一至周五 16:00-18:30', '', ''],
  [
    '石门镇',
    '石门村',
    '青禾区石门镇石门村村委会二楼',
    '蓝志强',
    '0739-5218803',
    '周二至周六 15:00-18:00',
    '110.3801',
    '25.0912',
  ],
  ['石门镇', '龙潭村', '青禾区石门镇龙潭村综合服务站', '梁春梅', '0739-5218804', '周六 9:00-12:00', '', ''],
  [
    '枫林乡',
    '枫林村',
    '青禾区枫林乡枫林村村委会一楼',
    '罗建华',
    '0739-5218805',
    '周一至周五 16:30-18:30',
    '110.442',
    '25.2514',
  ],
].map(([town, community, address, director, phone, hours, lng, lat]) => ({
  街道乡镇: town!,
  村社区: community!,
  地址: address!,
  儿童主任: director!,
  电话: phone!,
  开放时间: hours!,
  经度: lng!,
  纬度: lat!,
  核实日期: '2026-11-20',
}));

/** Its lectures: one held, one coming at a home, one at a school whose long name must not make a long id. */
const LECTURES = [
  {
    日期: '2026-10-17',
    开始: '09:30',
    结束: '11:00',
    题目: '爷爷奶奶带孩子也是监护',
    主题: '监护职责',
    地点: '石门村',
    街道乡镇: '石门镇',
    主讲人: '潘文静',
    主讲单位: '青禾区司法局',
    面向: '祖辈家长',
    状态: '已举办',
    参加人数: '45',
    发放资料份数: '120',
  },
  {
    日期: '2026-12-19',
    开始: '15:00',
    结束: '16:30',
    题目: '寒假安全：防溺水、防火、防走失',
    主题: '家庭保护',
    地点: '榕树社区',
    主讲人: '韦丽娟',
    主讲单位: '青禾区民政局',
    面向: '家长',
    状态: '待举办',
  },
  {
    日期: '2027-01-09',
    开始: '09:30',
    结束: '11:00',
    题目: '孩子上网怎么管',
    主题: '网络保护',
    地点: '枫林乡中心小学',
    街道乡镇: '枫林乡',
    场地名称: '枫林乡中心小学多功能厅',
    主讲人: '蒙晓东',
    主讲单位: '青禾区人民法院',
    面向: '家长、学校老师',
    状态: '待举办',
  },
];

/** An npm script run as an office runs it, on the copy. */
function npm(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npm', ['run', '--silent', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...site.env, ...env },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A template from `npm run import -- template`, its example row replaced by rows, as Excel saves it. */
async function fillTemplate(kind: 'homes' | 'lectures', rows: Record<string, string>[]) {
  const file = path.join(work, `${kind}.xlsx`);
  const made = npm(['import', '--', 'template', kind, file]);
  expect(made.status, made.output).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const example = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
  sheet.spliceRows(2, 1);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? ''));
  await workbook.xlsx.writeFile(file);
  return { file, example: Object.fromEntries(headers.map((h, i) => [h, example[i] ?? ''])) };
}

/** What the fixture site names as its own place, read from its files: each name with a pattern for it. */
function fixtureNames(): { name: string; pattern: RegExp }[] {
  const fixture = parse(readFileSync(path.join(FIXTURE_SITE, 'site.yaml'), 'utf8')) as {
    district: { name: string; city: string; areaCode: string };
  };
  const towns = parse(readFileSync(path.join(FIXTURE_SITE, 'towns.yaml'), 'utf8')) as { name: string }[];
  const villages = readdirSync(path.join(FIXTURE_SITE, 'homes')).map(
    (f) => (parse(readFileSync(path.join(FIXTURE_SITE, 'homes', f), 'utf8')) as { community: string }).community,
  );
  const { name, city, areaCode } = fixture.district;
  // The district and city also as prose shortens them (某某区 → 某某).
  const places = [name, name.replace(/(区|县|市|旗)$/, ''), city, city.replace(/(市|地区|州|盟)$/, '')];
  return [...new Set([...places, ...towns.map((t) => t.name), ...villages].filter((n) => [...n].length >= 2))]
    .map((n) => ({ name: n, pattern: new RegExp(n) }))
    .concat({ name: areaCode, pattern: new RegExp(`(?<![\\w-])${areaCode}(?![\\w])`) });
}

/** The text of one built file: pdftotext for PDFs, every XML part of a spreadsheet, gzip opened. */
async function textOf(file: string): Promise<string | undefined> {
  if (/\.(png|jpe?g|webp|gif|ico|woff2?)$/.test(file)) return undefined;
  if (file.endsWith('.pdf')) {
    const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(result.status, `pdftotext ${file}`).toBe(0);
    return result.stdout;
  }
  const bytes = readFileSync(file);
  if (file.endsWith('.xlsx')) {
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
    return (await Promise.all(parts.map((n) => zip.file(n)!.async('string')))).join('\n');
  }
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

const outputs: Record<string, { status: number | null; output: string }> = {};
const templates: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  outputs['adopt'] = npm(['adopt', '--', PROFILE]);
  const homes = await fillTemplate('homes', HOMES);
  templates['homes'] = homes.example;
  outputs['homes'] = npm(['import', '--', 'homes', homes.file]);
  const lectures = await fillTemplate('lectures', LECTURES);
  outputs['lectures'] = npm(['import', '--', 'lectures', lectures.file]);
  outputs['preflight'] = npm(['preflight']);
  outputs['build'] = site.build();
  // Once built, the launch check reads the PDFs too.
  outputs['preflight after build'] = npm(['preflight']);
}, 600_000);

describe('another district, from the commands alone', () => {
  it('is far from the fixture district, and none of its names is one of the fixture’s', () => {
    const fixture = parse(readFileSync(path.join(FIXTURE_SITE, 'site.yaml'), 'utf8')) as {
      district: { outline: { lng: number; lat: number }[] };
    };
    for (const point of fixture.district.outline)
      expect(Math.abs(point.lng - 110.3) + Math.abs(point.lat - 25.15)).toBeGreaterThan(2);
    const text = readFileSync(PROFILE, 'utf8') + JSON.stringify([HOMES, LECTURES]);
    expect(
      fixtureNames()
        .filter((n) => n.pattern.test(text))
        .map((n) => n.name),
    ).toEqual([]);
  });

  it('adopts, imports, passes the launch check and builds with its PDFs', () => {
    for (const step of ['adopt', 'homes', 'lectures', 'preflight', 'build', 'preflight after build'])
      expect(outputs[step]!.status, `${step}\n${outputs[step]!.output.slice(-3000)}`).toBe(0);
    expect(outputs['adopt']!.output).toContain('下一步');
    expect(outputs['preflight after build']!.output).toContain('上线检查通过');
  });

  it('gives the import template an example row of its own district', () => {
    expect(templates['homes']!['街道乡镇']).toBe('桂溪街道');
    expect(templates['homes']!['地址']).toMatch(/^青禾区桂溪街道/);
    expect(templates['homes']!['电话']).toMatch(/^0739-/);
  });

  it('publishes nothing that names the fixture district, its city, area code, towns or villages', async () => {
    const names = fixtureNames();
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f));
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(files.some((f) => f.endsWith('.xlsx'))).toBe(true);
    expect(files.some((f) => f.endsWith('.ics'))).toBe(true);
    const hits: string[] = [];
    for (const file of files) {
      const text = await textOf(path.join(dist, file));
      if (text === undefined) continue;
      for (const { name, pattern } of names) if (pattern.test(text)) hits.push(`${file}：${name}`);
    }
    expect(hits).toEqual([]);
  });

  it('shows the new district where the code used to name one', () => {
    const html = (file: string) => readFileSync(path.join(dist, file), 'utf8');
    // A home without coordinates opens a map search in the new district's city.
    const jiangbin = html('homes/guixi-jiangbin/index.html');
    expect(jiangbin).toContain(`city=${encodeURIComponent('南岭市')}`);
    expect(jiangbin).toContain(`region=${encodeURIComponent('南岭市')}`);
    expect(jiangbin).toContain('"addressLocality":"南岭市青禾区","addressRegion":"云梧省"');
    // The directory counts what it lists.
    expect(html('homes/index.html')).toContain('本站目前列出 3 个街道、乡镇的 5 个村（社区）儿童之家。');
  });

  it('is honest on its first day: no zero counters, no empty headings, short ids', () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const figures = [...home.matchAll(/class="key-figure-value"[^>]*>([\d,]+)/g)].map((m) => m[1]);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures).not.toContain('0');
    const lectures = readdirSync(path.join(content, 'lectures'));
    expect(lectures.every((f) => f.replace(/\.md$/, '').length <= 40)).toBe(true);
    const school = lectures.find((f) => f.startsWith('2027-01-09-'))!;
    // Imported lectures have no text yet: no heading stands over nothing.
    expect(readFileSync(path.join(dist, 'lectures', school.replace(/\.md$/, ''), 'index.html'), 'utf8')).not.toContain(
      '讲座介绍',
    );
  });
});
