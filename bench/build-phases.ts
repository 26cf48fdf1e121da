/**
 * Runs `npm run build` one command at a time, so each phase is timed on its own: the build script in
 * package.json is a chain of commands ("a && b && c"), and the benchmark follows whatever that chain is
 * today. Each command runs under GNU time for its peak memory. The build writes to its own output folder:
 * `astro build` gets --outDir, and every other command finds it in DIST_DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface Phase {
  /** What the phase is, for the report: "content check", "Astro", "PDFs", or the script's name. */
  name: string;
  command: string;
}

export interface PhaseResult extends Phase {
  seconds: number | null;
  /** Peak resident memory of the phase's largest process, in MiB. */
  peakMiB: number | null;
  /** Why the phase did not run (e.g. PDFs skipped at 50×). */
  skipped?: string;
  output: string;
}

export function phaseName(command: string): string {
  if (/check-content/.test(command)) return 'content check';
  if (/\bastro\s+build\b/.test(command)) return 'Astro';
  if (/pdf/i.test(command)) return 'PDFs';
  if (/pagefind/i.test(command)) return 'Pagefind';
  return /([\w-]+)\.(?:ts|js|mjs)\b/.exec(command)?.[1] ?? command;
}

/** The commands of the build script, in order. */
export function buildPhases(buildScript: string): Phase[] {
  return buildScript
    .split('&&')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((command) => ({ name: phaseName(command), command }));
}

/** GNU time's "Maximum resident set size (kbytes): 123456" in MiB. */
export function parsePeakMiB(timeReport: string): number | null {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timeReport);
  return m ? Math.round(Number(m[1]) / 1024) : null;
}

/**
 * Seconds the search index took, from the line the site's Pagefind integration logs at the end of
 * `astro build` ("搜索索引：264 个页面，用时 1.2 秒"); null when the build printed none.
 */
export function pagefindSecondsFromLog(output: string): number | null {
  const m = /(?:搜索索引|pagefind)[^\n]*?用时\s*([\d.]+)\s*秒/i.exec(output);
  return m ? Number(m[1]) : null;
}

/**
 * Seconds the PDF step took, from the line the post-build pipeline logs when it has printed every PDF
 * ("PDF：18 个打印件，31 个页面写入了文件大小，用时 20.6 秒"); null when the build printed none (SKIP_PDFS=1).
 */
export function pdfSecondsFromLog(output: string): number | null {
  const m = /PDF：[^\n]*?用时\s*([\d.]+)\s*秒/.exec(output);
  return m ? Number(m[1]) : null;
}

/**
 * Seconds the content check took, from the line the site's content-check integration logs at the start
 * of `astro build` ("内容检查通过：242 个文件没有发现问题。（用时 0.4 秒）"); null when the build printed none.
 */
export function contentCheckSecondsFromLog(output: string): number | null {
  const m = /内容检查[^\n]*?用时\s*([\d.]+)\s*秒/.exec(output);
  return m ? Number(m[1]) : null;
}

const GNU_TIME = '/usr/bin/time';

export function runPhase(phase: Phase, env: Record<string, string>, outDir: string, root: string): PhaseResult {
  const command = phase.name === 'Astro' ? `${phase.command} --outDir ${JSON.stringify(outDir)}` : phase.command;
  const report = path.join(outDir, '..', `.time-${process.pid}.txt`);
  const useTime = existsSync(GNU_TIME);
  const started = performance.now();
  const result = useTime
    ? spawnSync(GNU_TIME, ['-v', '-o', report, 'sh', '-c', command], {
        cwd: root,
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync('sh', ['-c', command], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(`构建步骤“${phase.name}”（${command}）失败，退出码 ${result.status}：\n${output.slice(-4000)}`);
  }
  // Node cannot see its children's peak memory itself: without GNU time there is no figure.
  const peakMiB = useTime ? parsePeakMiB(readFileSync(report, 'utf8')) : null;
  rmSync(report, { force: true });
  return { ...phase, command, seconds, peakMiB, output };
}

/** The environment a build step sees: as `npm run` gives it (node_modules/.bin on PATH), plus ours. */
export function buildEnv(root: string, extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env['PATH'] = `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${env['PATH'] ?? ''}`;
  env['ASTRO_TELEMETRY_DISABLED'] = '1';
  return { ...env, ...extra };
}
