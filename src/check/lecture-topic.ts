/**
 * A lecture's topic names a chapter of the Minor Protection Law (家庭保护 … 司法保护) or 监护职责; the
 * articles its text says it explained must come from that chapter, so the schedule files each lecture
 * under the same chapter the site's law pages use (Article 44 is 社会保护, Article 18 家庭保护).
 */
import { articleLabel, chineseNumber, type Law } from '../lib/law.ts';
import type { ContentProblem } from './cross-check.ts';

/** 监护职责 is the family chapter seen from the guardian's side. */
const TOPIC_CHAPTER: Record<string, string> = { 监护职责: '家庭保护' };

/** The articles of the Minor Protection Law a lecture's text cites ("《未成年人保护法》第十八条、第二十二条"). */
export function citedArticles(body: string): number[] {
  return [...body.matchAll(/《未成年人保护法》([^。；《]*)/g)].flatMap((m) =>
    [...m[1]!.matchAll(/第([零一二两三四五六七八九十百]+)条/g)].map((a) => chineseNumber(a[1]!)),
  );
}

export function checkLectureTopic(
  file: string,
  line: number,
  topic: string,
  body: string,
  law: Law | undefined,
): ContentProblem[] {
  if (!law) return [];
  const chapterOf = (n: number) => law.articles.find((a) => a.number === n)?.chapter.replace(/^第\S+章\s*/, '');
  // Only the chapters of protection decide (总则 and 附则 do not), and an article the law lacks has none.
  const cited = citedArticles(body)
    .map((n) => ({ n, chapter: chapterOf(n) }))
    .filter((c): c is { n: number; chapter: string } => c.chapter?.endsWith('保护') ?? false);
  const wanted = TOPIC_CHAPTER[topic] ?? topic;
  if (cited.length === 0 || cited.some((c) => c.chapter === wanted)) return [];
  const chapter = cited[0]!.chapter;
  const articles = cited
    .filter((c) => c.chapter === chapter)
    .map((c) => articleLabel(c.n))
    .join('、');
  return [
    {
      file,
      line,
      field: 'topic',
      message: `主题写的是“${topic}”，但正文讲的《未成年人保护法》${articles}在“${chapter}”一章，应当把 topic 改成“${chapter}”，或在正文里写清讲的是哪一条`,
    },
  ];
}
