/**
 * A news post shows each figure from stats.yaml as it stood on the post's date (src/content/figures.ts
 * picks the newest report dated no later than the post, from the figure's `asOf` and its `earlier`
 * reports). A post older than every report of a figure it shows has no figure of its day: the content
 * check says so, with what to write, before a build would stop on it.
 */
import type { ContentProblem } from './cross-check.ts';

/** The dates a stats.yaml figure was reported on: its current `asOf` and those of its earlier reports. */
export interface FigureReports {
  id: string;
  asOf: string;
  earlier: { asOf: string }[];
}

export function checkNewsFigures(
  file: string,
  postDate: string,
  cited: { tag: string; id: string; line: number }[],
  stats: FigureReports[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { tag, id, line } of cited) {
    const figure = stats.find((s) => s.id === id);
    // Unknown ids are reported by the body check; counted figures are counted up to the post's date.
    if (!figure) continue;
    const earliest = [figure.asOf, ...figure.earlier.map((e) => e.asOf)].sort()[0]!;
    if (earliest <= postDate) continue;
    problems.push({
      file,
      line,
      field: `<${tag}> id`,
      message: `统计数字“${id}”最早的截至日期是 ${earliest}，晚于这篇动态的发布日期 ${postDate}，动态没有发布那天的数字：应当在 stats.yaml 里这一项的 earlier 下补上当时的数值、截至日期和来源，或者改用别的数字`,
    });
  }
  return problems;
}
