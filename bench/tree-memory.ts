/**
 * Runs a command and follows the memory of its whole process tree: the command, Node's children, the
 * Chromium that prints the PDFs and Pagefind's indexer. GNU time reports only the largest single
 * process; a build that starts a browser and an indexer beside Node needs the sum. Linux only (/proc):
 * every 200 ms the resident memory of every process descended from the command is added up, and the
 * largest sum is the peak.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** How often the tree is sampled. A peak shorter than this may be missed; the build's peaks last seconds. */
const SAMPLE_MS = 200;
const PAGE_BYTES = 4096;

/** Parent of every running process, from /proc/<pid>/stat (field 4, after the command in parentheses). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

/** Resident bytes of `root` and every process below it, now. */
export function treeResidentBytes(root: number): number {
  const parentOf = parents();
  const inTree = new Set([root]);
  // Parents may have higher pids than their children after pid wrap-around: repeat until nothing joins.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf)
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  for (const pid of inTree) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

export interface MeasuredRun {
  status: number | null;
  output: string;
  seconds: number;
  /** Largest sum of the tree's resident memory, in MiB. */
  peakMiB: number;
}

/** Runs `sh -c command` in `cwd` with `env`, sampling its tree's memory until it exits. */
export function runMeasured(command: string, cwd: string, env: Record<string, string>): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeResidentBytes(child.pid));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({
        status,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
        peakMiB: Math.round(peak / 2 ** 20),
      });
    });
  });
}
