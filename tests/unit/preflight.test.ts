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
    [/（示例地址，上线前替换）/, '解放西街 1 号'],
    [/0951-0000000/, '0951-5012345'],
    [/^icp: .*$/m, 'icp: 宁ICP备12345678号'],
    [/^psb: .*$/m, 'psb: 宁公网安备 64010402000123号'],
    [/^govSiteCode: .*$/m, 'govSiteCode: "6401040001"'],
    [/^sampleDirectory: true/m, 'sampleDirectory: false'],
    [/^sampleIdentity: true/m, 'sampleIdentity: false'],
  ]);
  edit('homes/zhangzheng-taqiao.yaml', [
    [/张某某（示例）/, '张丽'],
    [/0951-0621708/, '13995112345'],
  ]);
  edit('news/2026-11-20-launch.mdx', [[/名录目前为示例数据，正式信息正在整理中。/, '名录已经核实。']]);
  mkdirSync(path.join(root, 'dist/handouts'), { recursive: true });
  writeFileSync(path.join(root, 'dist/handouts/good.pdf'), pdfWith(['https://www.xingqing.gov.cn/handouts/good/']));
}

describe('npm run preflight', () => {
  it('lists every placeholder in the content, each with its file, line and what to do', async () => {
    const root = scratch();
    const found = (await contentFindings(root, 'content')).map(formatFinding);
    const at = (file: string, line: number, kind: string) =>
      found.find((f) => f.startsWith(`content/${file}:${line} ${kind} — `));
    expect(at('site.yaml', 3, '示例标记')).toContain('应当换成核实过的真实信息');
    expect(at('site.yaml', 4, '示例电话')).toContain('0951-0 开头的号码是示例');
    expect(at('site.yaml', 5, '备案号占位')).toContain('ICP 备案号');
    expect(at('site.yaml', 6, '备案号占位')).toContain('公安机关备案号');
    expect(at('site.yaml', 7, '标识码占位')).toContain('10 位标识码');
    expect(at('site.yaml', 8, '示例开关')).toContain('sampleDirectory: false');
    expect(at('site.yaml', 9, '示例开关')).toContain('sampleIdentity: false');
    expect(at('homes/zhangzheng-taqiao.yaml', 5, '示例标记')).toBeDefined();
    expect(at('homes/zhangzheng-taqiao.yaml', 6, '示例电话')).toBeDefined();
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
    for (const url of ['https://www.xingqing.gov.cn', 'https://wcnrbh.yinchuan.gov.cn', 'https://examples.org.cn']) {
      expect(siteUrlFinding(url), url).toBeNull();
    }
  });

  it('finds the page of a PDF that prints a localhost or example address', () => {
    const root = scratch();
    mkdirSync(path.join(root, 'dist/handouts'), { recursive: true });
    writeFileSync(path.join(root, 'dist/handouts/good.pdf'), pdfWith(['https://www.xingqing.gov.cn/handouts/good/']));
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
      await runPreflight({ root, contentDir: 'content', distDir: 'dist', siteUrl: 'https://www.xingqing.gov.cn' }),
    ).toEqual([]);
  });
});

describe('node scripts/preflight.ts, as the deploy job runs it', () => {
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
    const after = preflight(root, 'https://www.xingqing.gov.cn');
    expect(after.status, after.stdout + after.stderr).toBe(0);
    expect(after.stdout).toContain('上线检查通过');
  });
});
