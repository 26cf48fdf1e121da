/**
 * Runs a command and follows the memory of its whole process tree: the command, Node's children, the
 * Chromium that prints the PDFs and Pagefind's indexer. GNU time reports only the largest single
 * process; a build that starts a browser and an indexer beside Node needs the sum. Linux only (/proc):
 * every 200 ms the proportional set size (PSS: resident memory, a page shared by n processes counted
 * 1/n in each, so Chromium's processes and a forked child are not counted twice) of every process
 * descended from the command is added up; the largest sum is the tree's peak. The largest resident
 * size of any one process is kept too, the figure GNU time gives.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** How often the tree is sampled. A peak shorter than this may be missed; the build's peaks last seconds. */
const SAMPLE_MS = 200;

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

/** The processes of `root`'s tree now: `root` and every process descended from it. */
function treeOf(root: number): Set<number> {
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
  return inTree;
}

/** KiB of one field ("Pss", "Rss") of /proc/<pid>/smaps_rollup. */
const field = (rollup: string, name: string) =>
  Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);

/** The tree's memory now, in KiB: the sum of its processes' PSS, and the largest resident size of one. */
export function treeMemory(root: number): { pss: number; largestRss: number } {
  let pss = 0;
  let largestRss = 0;
  for (const pid of treeOf(root)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      pss += field(rollup, 'Pss');
      largestRss = Math.max(largestRss, field(rollup, 'Rss'));
    } catch {
      // Ended meanwhile.
    }
  }
  return { pss, largestRss };
}

export interface MeasuredRun {
  status: number | null;
  output: string;
  seconds: number;
  /** Largest sum of the tree's PSS, in MiB. */
  peakMiB: number;
  /** Largest resident size of any one process of the tree, in MiB. */
  largestProcessMiB: number;
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
    let largest = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const now = treeMemory(child.pid);
      peak = Math.max(peak, now.pss);
      largest = Math.max(largest, now.largestRss);
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
        peakMiB: Math.round(peak / 1024),
        largestProcessMiB: Math.round(largest / 1024),
      });
    });
  });
}
