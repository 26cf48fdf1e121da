/**
 * npm run preflight finds every kind of thing not yet real, file:line, on a fixture copy with one of
 * each; and finds nothing once they are replaced, as an office would before launch.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFindings } from '../../src/preflight/content-findings.ts';
import { formatFinding } from '../../src/preflight/finding.ts';
import { pdfFindings } from '../../src/preflight/pdf-findings.ts';
import { runPreflight } from '../../src/preflight/run-preflight.ts';
import { siteUrlFinding } from '../../src/preflight/site-url-finding.ts';

const FIXTURE = path.resolve('tests/fixtures/preflight/content');
let root: string;

function scratch(): string {
  root = mkdtempSync(path.join(tmpdir(), 'preflight-'));
  cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A one-font PDF whose pages carry the given lines of text, with a correct cross-reference table. */
function pdfWith(pages: string[]): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  const font = 3;
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (const text of pages) {
    const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    const contents = objects.length;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
    );
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** What an office does before launch: every placeholder of the fixture replaced by real information. */
function replaceEverything(root: string) {
  const edit = (file: string, replace: [RegExp, string][]) => {
    const full = path.join(root, 'content', file);
    let text = readFileSync(full, 'utf8');
    for (const [pattern, value] of replace) text = text.replace(pattern, value);
    writeFileSync(full, text);
  };
  edit('site.yaml', [
    [/（示例地址，上线前替换）/, '青枫路 1 号'],
    [/0386-0000000/, '0386-5012345'],
    [/^icp: .*$/m, 'icp: 澜ICP备12345678号'],
    [/^psb: .*$/m, 'psb: 澜公网安备 64010402000123号'],
    [/^govSiteCode: .*$/m, 'govSiteCode: "6401040001"'],
    [/^sampleDirectory: true/m, 'sampleDirectory: false'],
    [/^sampleIdentity: true/m, 'sampleIdentity: false'],
  ]);
  edit('homes/heming-shiqiao.yaml', [
    [/张某某（示例）/, '张丽'],
    [/0386-0621708/, '13995112345'],
  ]);
  edit('news/2026-11-20-launch.mdx', [[/名录目前为示例数据，正式信息正在整理中。/, '名录已经核实。']]);
  mkdirSync(path.join(root, 'dist/handouts'), { recursive: true });
  writeFileSync(path.join(root, 'dist/handouts/good.pdf'), pdfWith(['https://www.chengling.gov.cn/handouts/good/']));
}

describe('npm run preflight', () => {
  it('lists every placeholder in the content, each with its file, line and what to do', async () => {
    const root = scratch();
    const found = (await contentFindings(root, 'content')).map(formatFinding);
    const at = (file: string, line: number, kind: string) =>
      found.find((f) => f.startsWith(`content/${file}:${line} ${kind} — `));
    expect(at('site.yaml', 3, '示例标记')).toContain('应当换成核实过的真实信息');
    expect(at('site.yaml', 4, '示例电话')).toContain('区号后面以 0 开头的号码是示例');
    expect(at('site.yaml', 5, '备案号占位')).toContain('ICP 备案号');
    expect(at('site.yaml', 6, '备案号占位')).toContain('公安机关备案号');
    expect(at('site.yaml', 7, '标识码占位')).toContain('10 位标识码');
    expect(at('site.yaml', 8, '示例开关')).toContain('sampleDirectory: false');
    expect(at('site.yaml', 9, '示例开关')).toContain('sampleIdentity: false');
    expect(at('homes/heming-shiqiao.yaml', 5, '示例标记')).toBeDefined();
    expect(at('homes/heming-shiqiao.yaml', 6, '示例电话')).toBeDefined();
    expect(at('news/2026-11-20-launch.mdx', 5, '示例标记')).toBeDefined();
    // One finding per line (the first rule it breaks); the statutes are never read.
    expect(found).toHaveLength(10);
    expect(found.some((f) => f.includes('law/'))).toBe(false);
  });

  it('flags a site address at example.* or on this machine, and accepts a real one', () => {
    for (const url of [
      'http://localhost:4321',
      'https://wcnrbh.example.gov.cn',
      'https://example.com',
      'http://127.0.0.1:8080',
      'https://site.test',
    ]) {
      expect(siteUrlFinding(url)?.file, url).toBe('环境变量 SITE_URL');
    }
    for (const url of ['https://www.chengling.gov.cn', 'https://wcnrbh.xitong.gov.cn', 'https://examples.org.cn']) {
      expect(siteUrlFinding(url), url).toBeNull();
    }
  });

  it('finds the page of a PDF that prints a localhost or example address', () => {
    const root = scratch();
    mkdirSync(path.join(root, 'dist/handouts'), { recursive: true });
    writeFileSync(path.join(root, 'dist/handouts/good.pdf'), pdfWith(['https://www.chengling.gov.cn/handouts/good/']));
    writeFileSync(
      path.join(root, 'dist/handouts/local.pdf'),
      pdfWith(['Page one is fine', 'http://localhost:4321/handouts/local/']),
    );
    writeFileSync(
      path.join(root, 'dist/handouts/example.pdf'),
      pdfWith(['https://wcnrbh.example.gov.cn/handouts/example/']),
    );
    const found = pdfFindings(root, 'dist').map(formatFinding);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^dist\/handouts\/example\.pdf:第1页 PDF 网址 — 印着“wcnrbh\.example\.gov\.cn”/);
    expect(found[1]).toMatch(/^dist\/handouts\/local\.pdf:第2页 PDF 网址 — 印着“localhost:4321”/);
  });

  it('passes once everything is replaced by real information', async () => {
    const root = scratch();
    replaceEverything(root);
    expect(
      await runPreflight({ root, contentDir: 'content', distDir: 'dist', siteUrl: 'https://www.chengling.gov.cn' }),
    ).toEqual([]);
  });
});

// Each test starts the script in a Node process of its own, which loads its modules afresh.
describe('node scripts/preflight.ts, as the deploy job runs it', { timeout: 60_000 }, () => {
  /** The launch check run with the project's Node in a site folder, as `npm run preflight` runs it. */
  const preflight = (cwd: string, siteUrl: string) =>
    spawnSync(path.resolve('node_modules/.bin/node'), [path.resolve('scripts/preflight.ts')], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'content', DIST_DIR: 'dist', SITE_URL: siteUrl },
    });

  it('exits 1 and lists every finding while anything is still sample, then exits 0 once it is all replaced', () => {
    const root = scratch();
    mkdirSync(path.join(root, 'dist/handouts'), { recursive: true });
    writeFileSync(path.join(root, 'dist/handouts/local.pdf'), pdfWith(['http://localhost:4321/handouts/local/']));
    const before = preflight(root, 'http://localhost:4321');
    expect(before.status, before.stdout + before.stderr).toBe(1);
    // Ten in the content, the site address and the PDF: one line each, then the count.
    const lines = before.stderr.split('\n').filter((l) => / — /.test(l));
    expect(lines).toHaveLength(12);
    expect(lines.filter((l) => l.startsWith('content/'))).toHaveLength(10);
    expect(lines.some((l) => l.startsWith('环境变量 SITE_URL 网址 — “http://localhost:4321”'))).toBe(true);
    expect(lines.some((l) => l.startsWith('dist/handouts/local.pdf:第1页 PDF 网址 — '))).toBe(true);
    expect(before.stderr).toContain('还有 12 处不是真实信息');

    replaceEverything(root);
    rmSync(path.join(root, 'dist/handouts/local.pdf'));
    const after = preflight(root, 'https://www.chengling.gov.cn');
    expect(after.status, after.stdout + after.stderr).toBe(0);
    expect(after.stdout).toContain('上线检查通过');
  });
});

describe('what the launch check counts as not yet real', () => {
  /** A content folder of the given files (path → text), checked as npm run preflight checks one. */
  async function findingsIn(files: Record<string, string>): Promise<string[]> {
    root = mkdtempSync(path.join(tmpdir(), 'preflight-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true });
      writeFileSync(path.join(root, 'content', file), text);
    }
    return (await contentFindings(root, 'content')).map(formatFinding);
  }

  it('reads the switches, 备案号 and 标识码 in site.yaml however they are spaced or quoted', async () => {
    const found = await findingsIn({
      'site.yaml': [
        'sampleDirectory:   true',
        'sampleIdentity: true # 上线前改成 false',
        'icp: 澜ICP备00000000号',
        'psb: 澜公网安备 00000000000000号',
        'govSiteCode:  0000000000  ',
      ].join('\n'),
    });
    expect(found.map((f) => f.split(' — ')[0])).toEqual([
      'content/site.yaml:1 示例开关',
      'content/site.yaml:2 示例开关',
      'content/site.yaml:3 备案号占位',
      'content/site.yaml:4 备案号占位',
      'content/site.yaml:5 标识码占位',
    ]);
    expect(await findingsIn({ 'site.yaml': "govSiteCode: '0000000000'" })).toHaveLength(1);
  });

  it('passes real 备案号 and 标识码 that happen to hold zeros, and switches that are off or only mentioned', async () => {
    const found = await findingsIn({
      'site.yaml': [
        '# 名录换成真实信息后，把 sampleDirectory: true 改成 false',
        'sampleDirectory: false',
        'sampleIdentity: false',
        'icp: 澜ICP备10203040号',
        'psb: 澜公网安备 64010402000123号',
        'govSiteCode: "6401040001"',
      ].join('\n'),
    });
    expect(found).toEqual([]);
  });

  it('reads the site switches only in site.yaml: a page may show them as an example', async () => {
    const found = await findingsIn({
      'site.yaml': 'sampleDirectory: false\n',
      'pages/help/launch.mdx': '---\ntitle: 上线\n---\n\n```yaml\nsampleDirectory: true\nicp: 澜ICP备00000000号\n```\n',
    });
    expect(found).toEqual([]);
  });

  it('reads every kind of content file (.yaml, .yml, .md, .mdx), but not the statutes, the fields guide or stray copies', async () => {
    const marked = '名称：示例\n';
    const found = await findingsIn({
      'homes/a.yaml': marked,
      'homes/b.yml': marked,
      'lectures/c.md': marked,
      'news/d.mdx': marked,
      'README.md': marked,
      'law/some-law.md': marked,
      'homes/a.yaml.orig': marked,
      'homes/notes.txt': marked,
    });
    expect(found.map((f) => f.split(':')[0])).toEqual([
      'content/homes/a.yaml',
      'content/homes/b.yml',
      'content/lectures/c.md',
      'content/news/d.mdx',
    ]);
  });

  it('names a finding with no line (the site address) by its variable alone', () => {
    expect(formatFinding(siteUrlFinding('http://localhost:4321')!)).toMatch(
      /^环境变量 SITE_URL 网址 — “http:\/\/localhost:4321”/,
    );
    expect(formatFinding({ file: 'content/site.yaml', line: 3, kind: '示例标记', message: 'x' })).toBe(
      'content/site.yaml:3 示例标记 — x',
    );
  });

  it('flags every loopback address and reserved name, and passes real domains that merely contain those words', () => {
    for (const url of [
      'http://127.0.10.1:8080',
      'http://[::1]:4321',
      'https://wcnrbh.local',
      'https://x.invalid',
      'https://site.example',
    ])
      expect(siteUrlFinding(url)?.kind, url).toBe('网址');
    for (const url of [
      'https://www.example-school.cn',
      'https://jiaoyu.testing.gov.cn',
      'https://local.gov.cn',
      'https://notlocalhost.cn',
    ])
      expect(siteUrlFinding(url), url).toBeNull();
    expect(siteUrlFinding('wcnrbh.gov.cn')?.message).toContain('不是网址');
  });

  it('gathers the content, the site address and the PDFs into one list, in that order', async () => {
    const root = scratch();
    mkdirSync(path.join(root, 'dist'), { recursive: true });
    writeFileSync(path.join(root, 'dist/a.pdf'), pdfWith(['http://localhost/a/']));
    const found = await runPreflight({
      root,
      contentDir: 'content',
      distDir: 'dist',
      siteUrl: 'http://localhost:4321',
    });
    expect(found.map((f) => f.file.split('/')[0])).toEqual([...Array(10).fill('content'), '环境变量 SITE_URL', 'dist']);
  });
});

describe('PDFs the launch check reads', () => {
  it('finds a local address with or without a port, and reads PDFs only', () => {
    root = mkdtempSync(path.join(tmpdir(), 'preflight-'));
    mkdirSync(path.join(root, 'dist/handouts'), { recursive: true });
    writeFileSync(path.join(root, 'dist/handouts/a.pdf'), pdfWith(['http://localhost/handouts/a/']));
    writeFileSync(path.join(root, 'dist/handouts/index.html'), '<a href="http://localhost:4321/">x</a>');
    expect(pdfFindings(root, 'dist').map((f) => `${f.file}:${f.line}`)).toEqual(['dist/handouts/a.pdf:第1页']);
  });

  it('says a PDF it cannot read is not checked, rather than passing it', () => {
    root = mkdtempSync(path.join(tmpdir(), 'preflight-'));
    mkdirSync(path.join(root, 'dist'), { recursive: true });
    writeFileSync(path.join(root, 'dist/broken.pdf'), 'not a PDF');
    const [finding, ...rest] = pdfFindings(root, 'dist');
    expect(rest).toEqual([]);
    expect(finding?.file).toBe('dist/broken.pdf');
    expect(finding?.kind).toBe('PDF');
    expect(finding?.message).toMatch(/^读不出这个 PDF 的文字（.+），应当安装 poppler-utils/s);
    // What pdftotext itself said, so the editor sees why, without its trailing line break.
    expect(finding?.message).toContain('May not be a PDF file');
    expect(finding?.message).not.toContain('undefined');
    expect(finding?.message).toMatch(/\S），应当安装 poppler-utils/);
  });

  it('finds nothing, and does not fail, before anything is built', () => {
    root = mkdtempSync(path.join(tmpdir(), 'preflight-'));
    expect(pdfFindings(root, 'dist')).toEqual([]);
  });
});
