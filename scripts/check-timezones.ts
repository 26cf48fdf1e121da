/**
 * Builds the site twice, with TZ=UTC and with TZ=America/Los_Angeles (same SITE_NOW, SITE_URL,
 * BASE_PATH and CONTENT_DIR), into two temporary folders, and compares every file byte for byte.
 * Every time on the site is Asia/Shanghai wall time: the machine's zone must change nothing.
 * The builds print no PDFs (SKIP_PDFS=1): the browser that prints them has its own zone, Asia/Shanghai,
 * and stamps the dates from SITE_NOW, so the machine's zone reaches them only through the pages compared
 * here; printing them twice would add about a minute to npm test.
 * Usage: node scripts/check-timezones.ts   (exit 1 and a list of differing files on any difference)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { distFiles } from '../src/integrations/dist-files.ts';

const ZONES = ['UTC', 'America/Los_Angeles'];
const env = {
  ...process.env,
  SITE_NOW: process.env['SITE_NOW'] || '2026-12-01T08:00:00+08:00',
  SITE_URL: process.env['SITE_URL'] || 'https://wcnrbh.example.gov.cn',
  SKIP_PDFS: '1',
};

/** "line 12: …text…" around the first differing byte, to show what moved. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const line = a.subarray(0, i).toString('utf8').split('\n').length;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  return `第 ${line} 行附近：${around(a)} ≠ ${around(b)}`;
}

const root = mkdtempSync(path.join(tmpdir(), 'tz-builds-'));
let failed: boolean;
try {
  const outDirs = ZONES.map((zone) => {
    const outDir = path.join(root, zone.replace(/\W+/g, '-'));
    console.log(`▶ TZ=${zone} astro build --outDir ${outDir}`);
    // --force: parse the content afresh in each zone instead of reusing the first build's data store.
    const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...env, TZ: zone },
    });
    if (result.status !== 0) throw new Error(`TZ=${zone} 的构建失败（退出码 ${result.status}）`);
    return outDir;
  });
  const [a, b] = outDirs as [string, string];
  const filesA = distFiles(a);
  const filesB = distFiles(b);
  const onlyA = filesA.filter((f) => !filesB.includes(f));
  const onlyB = filesB.filter((f) => !filesA.includes(f));
  const differing = filesA.filter(
    (f) => filesB.includes(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))),
  );
  for (const f of onlyA) console.error(`只在 TZ=${ZONES[0]} 的构建里有：${f}`);
  for (const f of onlyB) console.error(`只在 TZ=${ZONES[1]} 的构建里有：${f}`);
  for (const f of differing)
    console.error(`内容不同：${f}，${firstDifference(readFileSync(path.join(a, f)), readFileSync(path.join(b, f)))}`);
  failed = onlyA.length + onlyB.length + differing.length > 0;
  console.log(
    failed
      ? `✗ 两个时区的构建结果不同（${onlyA.length + onlyB.length + differing.length} 个文件）`
      : `✓ ${filesA.length} 个文件在 ${ZONES.join(' 和 ')} 下逐字节相同`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
