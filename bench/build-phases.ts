/**
 * Runs `npm run build` one command at a time, so each phase is timed on its own: the build script in
 * package.json is a chain of commands ("a && b && c"), and the benchmark follows whatever that chain is
 * today. Each command's whole process tree is followed for its peak memory (tree-memory.ts). The build
 * writes to its own output folder: `astro build` gets --outDir, and every other command finds it in
 * DIST_DIR. Inside `astro build`, the content check and each step of the post-build pipeline log their
 * time, read back here.
 */
import path from 'node:path';
import { runMeasured } from './tree-memory.ts';

export interface Phase {
  /** What the phase is, for the report: "content check", "Astro", "PDFs", or the script's name. */
  name: string;
  command: string;
}

export interface PhaseResult extends Phase {
  seconds: number | null;
  /** Peak memory of the phase's process tree (PSS summed), in MiB. */
  peakMiB: number | null;
  /** Peak resident memory of its largest single process, in MiB (what GNU time reports). */
  largestProcessMiB?: number | null;
  /** Why the phase did not run (e.g. PDFs skipped at 50×). */
  skipped?: string;
  output: string;
}

export function phaseName(command: string): string {
  if (/check-content/.test(command)) return 'content check';
  if (/\bastro(?:\/bin\/astro\.mjs)?\s+build\b/.test(command)) return 'Astro';
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

/**
 * Seconds the content check took, from the line the site's content-check integration logs at the start
 * of `astro build` ("内容检查通过：242 个文件没有发现问题。（用时 0.4 秒）"); null when the build printed none.
 */
export function contentCheckSecondsFromLog(output: string): number | null {
  const m = /内容检查[^\n]*?用时\s*([\d.]+)\s*秒/.exec(output);
  return m ? Number(m[1]) : null;
}

export async function runPhase(
  phase: Phase,
  env: Record<string, string>,
  outDir: string,
  root: string,
): Promise<PhaseResult> {
  const command = phase.name === 'Astro' ? `${phase.command} --outDir ${JSON.stringify(outDir)}` : phase.command;
  const run = await runMeasured(command, root, env);
  if (run.status !== 0) {
    throw new Error(`构建步骤“${phase.name}”（${command}）失败，退出码 ${run.status}：\n${run.output.slice(-4000)}`);
  }
  return {
    ...phase,
    command,
    seconds: run.seconds,
    peakMiB: run.peakMiB,
    largestProcessMiB: run.largestProcessMiB,
    output: run.output,
  };
}

/** The environment a build step sees: as `npm run` gives it (node_modules/.bin on PATH), plus ours. */
export function buildEnv(root: string, extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env['PATH'] = `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${env['PATH'] ?? ''}`;
  env['ASTRO_TELEMETRY_DISABLED'] = '1';
  return { ...env, ...extra };
}
