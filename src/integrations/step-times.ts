/**
 * How long each step of the post-build pipeline took: one line per step in the build's output, in a
 * form the benchmark reads back (bench/build-phases.ts), so the two cannot drift apart.
 */

/** The steps, in the order the pipeline reports them, with the names the benchmark's table shows. */
export const PIPELINE_STEPS = {
  pdfs: 'PDF',
  firstPaint: '首屏样式',
  pdfSizes: 'PDF 大小',
  searchText: '搜索首屏',
  security: '安全策略',
  pagefind: 'Pagefind',
  pageFiles: '读写页面',
} as const;

export type PipelineStep = keyof typeof PIPELINE_STEPS;

const LINE = /^.*步骤用时：(\S+(?: \S+)?) ([\d.]+) 秒$/;

/** The line the pipeline logs for a step. */
export const stepTimeLine = (step: PipelineStep, seconds: number): string =>
  `步骤用时：${PIPELINE_STEPS[step]} ${seconds.toFixed(2)} 秒`;

/** Seconds of every step a build's output reports, by step; steps that did not run are absent. */
export function stepTimesFromLog(output: string): Partial<Record<PipelineStep, number>> {
  const byName = new Map(Object.entries(PIPELINE_STEPS).map(([step, name]) => [name as string, step as PipelineStep]));
  const times: Partial<Record<PipelineStep, number>> = {};
  for (const line of output.split('\n')) {
    const match = LINE.exec(line.trimEnd());
    const step = match ? byName.get(match[1]!) : undefined;
    if (step) times[step] = Number(match![2]);
  }
  return times;
}

/** Adds up the time spent in each step, across the pages of a pass. */
export class StepClock {
  readonly seconds: Partial<Record<PipelineStep, number>> = {};

  /** Runs `work`, counting its time to `step`. */
  async time<T>(step: PipelineStep, work: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.seconds[step] = (this.seconds[step] ?? 0) + (performance.now() - started) / 1000;
    }
  }

  /** Runs synchronous `work`, counting its time to `step`. */
  timeSync<T>(step: PipelineStep, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.seconds[step] = (this.seconds[step] ?? 0) + (performance.now() - started) / 1000;
    }
  }

  /** One line per step that ran, in PIPELINE_STEPS' order. */
  lines(): string[] {
    return (Object.keys(PIPELINE_STEPS) as PipelineStep[]).flatMap((step) =>
      this.seconds[step] === undefined ? [] : [stepTimeLine(step, this.seconds[step])],
    );
  }
}
