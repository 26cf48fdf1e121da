import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPhases, contentCheckSecondsFromLog } from '../../bench/build-phases.ts';
import {
  growthOf,
  growthSentence,
  pdfSheetSentence,
  perPageTable,
  renderSeconds,
  replaceReadmeBlock,
  scalingSentence,
  type BuildResult,
} from '../../bench/report.ts';
import { StepClock, stepTimesFromLog } from '../../src/integrations/step-times.ts';
import {
  copyArticle,
  copyHome,
  copyLecture,
  copyNews,
  corpusPage,
  markTitle,
  readLaws,
  yearsEarlier,
} from '../../bench/synthesize.ts';
import { FIXTURE_SITE } from '../support/site-content.ts';

describe('synthetic content', () => {
  it('marks a copy title and keeps within the field limit', () => {
    expect(markTitle('和丰社区儿童之家', 3, 40)).toBe('和丰社区儿童之家（副本3）');
    const long = '很'.repeat(40);
    expect([...markTitle(long, 12, 40)]).toHaveLength(40);
    expect(markTitle(long, 12, 40).endsWith('（副本12）')).toBe(true);
  });

  it('gives a home copy a new id and name and leaves other fields alone', () => {
    const yaml = '# 注释\nid: sangtian-hefeng\nname: 和丰社区儿童之家\ntown: sangtian\ncommunity: 和丰社区\n';
    expect(copyHome(yaml, 2)).toBe(
      '# 注释\nid: sangtian-hefeng-x2\nname: 和丰社区儿童之家（副本2）\ntown: sangtian\ncommunity: 和丰社区\n',
    );
  });

  it('moves a copied lecture to the same copy of its home, and leaves an address venue alone', () => {
    const atHome =
      '---\nid: 2023-a\ntitle: 讲座\nvenue:\n  home: sangtian-hefeng\nspeaker:\n  name: 某\n---\n正文 home: x\n';
    expect(copyLecture(atHome, 4)).toBe(
      '---\nid: 2023-a-x4\ntitle: 讲座（副本4）\nvenue:\n  home: sangtian-hefeng-x4\nspeaker:\n  name: 某\n---\n正文 home: x\n',
    );
    const atAddress = '---\nid: b\ntitle: 讲座\nvenue:\n  address: 某地\n  town: luting\n---\n';
    expect(copyLecture(atAddress, 1)).toBe(
      '---\nid: b-x1\ntitle: 讲座（副本1）\nvenue:\n  address: 某地\n  town: luting\n---\n',
    );
  });

  it('dates a copy of a held lecture k years earlier, and leaves an upcoming one on its date', () => {
    const held = '---\nid: a\ntitle: 讲座\nstart: 2024-05-12 09:30\nend: 2024-05-12 11:00\nstatus: 已举办\n---\n';
    expect(copyLecture(held, 3)).toBe(
      '---\nid: a-x3\ntitle: 讲座（副本3）\nstart: 2021-05-12 09:30\nend: 2021-05-12 11:00\nstatus: 已举办\n---\n',
    );
    const ahead = '---\nid: b\ntitle: 讲座\nstart: 2026-12-12 09:30\nend: 2026-12-12 11:00\nstatus: 待举办\n---\n';
    expect(copyLecture(ahead, 3)).toContain('start: 2026-12-12 09:30');
  });

  it('dates a news copy k years earlier, keeping 29 February a real date', () => {
    expect(copyNews('---\ntitle: 动态\ndate: 2024-11-15\n---\n', 2)).toBe(
      '---\ntitle: 动态（副本2）\ndate: 2022-11-15\n---\n',
    );
    expect(copyNews('---\ntitle: 动态\ndate: 2026-11-28\nsource:\n  title: 报道\n  date: 2024-11-15\n---\n', 3)).toBe(
      '---\ntitle: 动态（副本3）\ndate: 2023-11-28\nsource:\n  title: 报道\n  date: 2021-11-15\n---\n',
    );
    // Figures are as of a post's date, and there are none from years before the real ones: the copy drops them.
    expect(
      copyNews(
        '---\ntitle: 动态\ndate: 2026-11-28\n---\n\n<KeyFigure id="a" />\n\n共<Stat id="b" />名。\n\n<FigureSource ids={["b"]} />\n',
        1,
      ),
    ).toBe('---\ntitle: 动态（副本1）\ndate: 2025-11-28\n---\n\n共若干名。\n\n');
    expect(yearsEarlier('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsEarlier('2024-02-29', 4)).toBe('2020-02-29');
    expect(yearsEarlier('"2024-03-01 08:00"', 50)).toBe('"1974-03-01 08:00"');
  });

  it('marks only the title of a copied page', () => {
    expect(copyArticle('---\ntitle: 十项监护职责\nsummary: title: 不动\n---\n', 5, 40)).toBe(
      '---\ntitle: 十项监护职责（副本5）\nsummary: title: 不动\n---\n',
    );
  });

  it('makes the same long statute page every time, from the statute files', () => {
    const laws = readLaws(path.join(FIXTURE_SITE, 'law'));
    const a = corpusPage(laws, 7, 40);
    expect(corpusPage(laws, 7, 40)).toEqual(a);
    expect(a.title).toMatch(/条文选读 第8篇$/);
    expect(a.body).toMatch(/^## 第.+章/);
    expect(a.body.length).toBeGreaterThan(2000);
    expect(corpusPage(laws, 8, 40).body).not.toBe(a.body);
  });
});

describe('build phases', () => {
  it('follows the build script, one phase per command', () => {
    expect(buildPhases('node scripts/check-content.ts && astro build && node scripts/render-pdfs.ts')).toEqual([
      { name: 'content check', command: 'node scripts/check-content.ts' },
      { name: 'Astro', command: 'astro build' },
      { name: 'PDFs', command: 'node scripts/render-pdfs.ts' },
    ]);
    expect(buildPhases('astro build && node scripts/make-feeds.ts')[1]!.name).toBe('make-feeds');
    // Astro started by Node with options of its own is still the Astro phase.
    expect(buildPhases('node --max-old-space-size=1024 node_modules/astro/bin/astro.mjs build')[0]!.name).toBe('Astro');
  });

  it('reads the content check and every step of the post-build pipeline from the build log', () => {
    expect(
      contentCheckSecondsFromLog('12:00:00 [content-check] 内容检查通过：242 个文件没有发现问题。（用时 0.4 秒）\n'),
    ).toBe(0.4);
    expect(contentCheckSecondsFromLog('12:00:01 [build] Complete!')).toBeNull();
    const clock = new StepClock();
    clock.seconds.pdfs = 20.6;
    clock.seconds.firstPaint = 1.25;
    clock.seconds.pagefind = 3;
    const log = clock.lines().map((line) => `19:38:39 [post-build] ${line}`);
    expect(stepTimesFromLog(['12:00:00 [build] Complete!', ...log].join('\n'))).toEqual({
      pdfs: 20.6,
      firstPaint: 1.25,
      pagefind: 3,
    });
  });
});

describe('growth with content', () => {
  const build = (factor: number, sizes: Record<string, number>) =>
    ({ factor, kinds: Object.entries(sizes).map(([kind, htmlRaw]) => ({ kind, htmlRaw })) }) as unknown as BuildResult;

  it('flags a page that lists every item and passes one whose size does not depend on the number', () => {
    const growth = growthOf([
      build(50, { 'homes/': 600_000, 'homes/*': 9_100 }),
      build(1, { 'homes/': 15_000, 'homes/*': 9_000 }),
      build(0, { 'law/*': 1 }),
    ]);
    expect(growth).toEqual([
      { kind: 'homes/', from: 15_000, to: 600_000, ratio: 40, contentRatio: 50, grows: true },
      { kind: 'homes/*', from: 9_000, to: 9_100, ratio: 9_100 / 9_000, contentRatio: 50, grows: false },
    ]);
  });
});

describe('cost per page', () => {
  const build = (factor: number, pages: number, render: number, steps: BuildResult['steps']) => {
    const inside = Object.values(steps).reduce((n, t) => n + (t ?? 0), 0);
    return {
      label: `${factor}×`,
      factor,
      pages,
      phases: [{ name: 'Astro', seconds: 1 + render + inside }],
      contentCheckSeconds: 1,
      steps,
      totalSeconds: 1 + render + inside,
      dist: { bytes: pages * 1024 },
      pagefindIndex: { bytes: pages * 512 },
    } as unknown as BuildResult;
  };

  it('takes the rendering as what `astro build` spent outside the content check and the pipeline', () => {
    expect(renderSeconds(build(1, 200, 4, { pdfs: 10, pagefind: 1 }))).toBeCloseTo(4);
  });

  it('prints milliseconds per page for every phase at every scale', () => {
    const table = perPageTable([build(1, 200, 4, { pdfs: 10, pagefind: 1 })]);
    expect(table[0]).toContain('| 内容检查 | 生成页面 | PDF | 首屏样式 |');
    expect(table[2]).toBe(
      '| 1× | 200 | 5.0 ms | 20.0 ms | 50.0 ms | — | — | — | — | 5.0 ms | — | 80.0 ms | 1.0 KB | 0.5 KB |',
    );
  });

  it('says whether a page costs more at the largest scale, and in which phase', () => {
    const small = build(1, 100, 2, { pagefind: 1 });
    expect(scalingSentence([small, build(50, 5000, 50, { pagefind: 50 })])).toContain('每一步的每页成本都不高于 1×');
    expect(scalingSentence([small, build(50, 5000, 50, { pagefind: 100 })])).toContain('Pagefind（10.0 ms → 20.0 ms）');
  });
});

describe('growth sentence', () => {
  const build = (factor: number, sizes: Record<string, number>) =>
    ({ factor, kinds: Object.entries(sizes).map(([kind, htmlRaw]) => ({ kind, htmlRaw })) }) as unknown as BuildResult;

  it('gives the bound of every growing list page, and calls out one without a bound', () => {
    const bounded = growthSentence([build(1, { 'homes/': 10_000 }), build(50, { 'homes/': 500_000 })]);
    expect(bounded).toContain('以全区村和社区的数量为限');
    expect(bounded).toContain('没有哪一页列出全站');
    const unbounded = growthSentence([build(1, { 'everything/': 10_000 }), build(50, { 'everything/': 500_000 })]);
    expect(unbounded).toContain('everything/ 没有说明上限，应当分页');
  });
});

describe('README numbers', () => {
  it('replaces only what lies between the bench markers', () => {
    const b = {
      label: '1×',
      factor: 1,
      pages: 264,
      phases: [],
      contentCheckSeconds: 0.2,
      steps: { pagefind: 0.7 },
      totalSeconds: 5,
      peakMiB: 600,
      largestProcessMiB: 500,
      pagesPerSecond: 60,
      dist: { bytes: 3 << 20, files: 9 },
      pagefindIndex: { bytes: 1 << 20, files: 3 },
      pdfs: 0,
      pdfSheets: { handout: { files: 0, pages: 0, bytes: 0 }, notice: { files: 0, pages: 0, bytes: 0 } },
      kinds: [],
      firstQueries: [],
    } as unknown as BuildResult;
    const readme = 'A\n<!-- bench:start -->\nold\n<!-- bench:end -->\nB\n';
    const out = replaceReadmeBlock(readme, [b], '2026年11月28日');
    expect(out.startsWith('A\n<!-- bench:start -->\n\n2026年11月28日：')).toBe(true);
    expect(out).toMatch(/\| 1× \| 264 \| 0 \| 5\.0 s \| 60 \| 600 MB \| 500 MB \|/);
    expect(out).not.toMatch(/old/);
    expect(out.endsWith('<!-- bench:end -->\nB\n')).toBe(true);
  });
});

describe('PDF bytes per page', () => {
  it("divides each kind's bytes by its pages, from the first build that rendered PDFs", () => {
    const none = {
      pdfSheets: { handout: { files: 0, pages: 0, bytes: 0 }, notice: { files: 0, pages: 0, bytes: 0 } },
    } as unknown as BuildResult;
    const one = {
      pdfSheets: {
        handout: { files: 2, pages: 3, bytes: 3 * 40 * 1024 },
        notice: { files: 1, pages: 1, bytes: 50 * 1024 },
      },
    } as unknown as BuildResult;
    expect(pdfSheetSentence([none, one])).toContain('宣传单 40.0 KB（2 个，3 页），讲座通知 50.0 KB（1 个，1 页）');
    expect(pdfSheetSentence([none])).toContain('没有渲染');
  });
});
