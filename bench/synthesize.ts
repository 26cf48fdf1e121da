/**
 * Synthetic content for the benchmark, made from the real content so every page is realistic:
 * - `scaleContent`: the site at N× — homes, lectures, pages and news copied N−1 times with new ids and
 *   titles. A copy's lecture is held at the same copy of its home, so every reference still resolves;
 *   links inside copied bodies point to the originals, which exist. The k-th copy of a lecture already
 *   held, and of a news post, is dated k years earlier: a site with N times the record is a site that
 *   has run N times as long, which is how the record grows (a year's page then stays a year's size).
 *   Upcoming lectures keep their dates, so the schedule ahead grows with N.
 * - `writeStatuteCorpus`: a fixed, deterministic set of long Chinese pages built from the statute text,
 *   plain Markdown that any site generator can take, to compare builds on the same input.
 * The text rewrites are pure and line-based, so fields added to the content model later are carried
 * over untouched.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseLaw, type Law } from '../src/lib/law.ts';

/** The collections that grow with the site; towns (the district's fifteen) and handouts stay as they are. */
export const SCALED = ['homes', 'lectures', 'pages', 'news'] as const;

/** Suffix of the k-th copy (k ≥ 1): ids get "-x3", titles "（副本3）". */
export const copyId = (id: string, k: number) => `${id}-x${k}`;

/** Appends a copy mark to a one-line title, shortening the title so the field's length limit still holds. */
export function markTitle(title: string, k: number, max: number): string {
  const mark = `（副本${k}）`;
  const chars = [...title];
  return chars.length + mark.length <= max ? title + mark : chars.slice(0, max - mark.length).join('') + mark;
}

/** Rewrites one top-level YAML/front-matter field `name: value` with `edit`, leaving every other line as it is. */
function editField(text: string, name: string, edit: (value: string) => string): string {
  return text.replace(
    new RegExp(`^(${name}:[ \\t]*)(.+)$`, 'm'),
    (_, key: string, value: string) => key + edit(value.trim()),
  );
}

const unquote = (value: string) => value.replace(/^(["'])(.*)\1$/, '$2');

export function copyHome(yaml: string, k: number): string {
  let out = editField(yaml, 'id', (id) => copyId(unquote(id), k));
  out = editField(out, 'name', (name) => markTitle(unquote(name), k, 40));
  return out;
}

/**
 * Moves a date or wall time ("2024-05-12", "2024-05-12 09:30") `years` back; 29 February lands on the
 * 28th in a year without it, so every copy stays a real date.
 */
export function yearsEarlier(value: string, years: number): string {
  return value.replace(/^(["']?)(\d{4})-(\d{2})-(\d{2})/, (_, quote: string, y: string, m: string, d: string) => {
    const year = Number(y) - years;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const day = m === '02' && d === '29' && !leap ? '28' : d;
    return `${quote}${String(year).padStart(4, '0')}-${m}-${day}`;
  });
}

/** A lecture already held: its record only grows as time passes. */
const HELD = /^status:[ \t]*["']?已举办/m;

export function copyLecture(text: string, k: number): string {
  let out = editField(text, 'id', (id) => copyId(unquote(id), k));
  if (HELD.test(out))
    for (const field of ['start', 'end', 'originalStart'])
      out = editField(out, field, (value) => yearsEarlier(value, k));
  out = editField(out, 'title', (title) => markTitle(unquote(title), k, 50));
  // The venue's home (an indented "home:" under venue) moves to the same copy of that home.
  return out.replace(/^([ \t]+home:[ \t]*)(\S+)[ \t]*$/m, (_, key: string, id: string) => key + copyId(unquote(id), k));
}

/** Pages and news: a new file name is the new id; the title is marked. */
export function copyArticle(text: string, k: number, maxTitle: number): string {
  return editField(text, 'title', (title) => markTitle(unquote(title), k, maxTitle));
}

/** A news post: a page copy, published k years earlier. */
export function copyNews(text: string, k: number): string {
  const copy = editField(copyArticle(text, k, 50), 'date', (date) => yearsEarlier(date, k));
  // The report a post retells (source.date, indented under source:) moves with it: a post never predates its source.
  const moved = editField(copy, '[ \\t]+date', (date) => yearsEarlier(date, k));
  // A post shows figures as of its own date, and stats.yaml has no figure from years before the real
  // ones: the copy keeps its sentences and drops the figures (a <KeyFigure /> line, a <Stat /> in a line)
  // with the notes of their sources (a <FigureSource /> line).
  return moved.replace(/^<(KeyFigure|FigureSource) [^>]*\/>\n\n?/gm, '').replace(/<Stat [^>]*\/>/g, '若干');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.startsWith('_') && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Copies `source` to `target` with homes, lectures, pages and news at `factor`× their number. */
export function scaleContent(source: string, target: string, factor: number): Record<string, number> {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  const counts: Record<string, number> = {};
  for (const collection of SCALED) {
    const dir = path.join(target, collection);
    const originals = filesUnder(dir);
    for (let k = 1; k < factor; k++) {
      for (const file of originals) {
        const text = readFileSync(file, 'utf8');
        const ext = path.extname(file);
        const copy = `${file.slice(0, -ext.length)}-x${k}${ext}`;
        const rewritten =
          collection === 'homes'
            ? copyHome(text, k)
            : collection === 'lectures'
              ? copyLecture(text, k)
              : collection === 'news'
                ? copyNews(text, k)
                : copyArticle(text, k, 40);
        writeFileSync(copy, rewritten);
      }
    }
    counts[collection] = originals.length * factor;
  }
  return counts;
}

/** Corpus page i: a long run of consecutive articles, with their chapter headings, from one statute. */
export function corpusPage(laws: Law[], i: number, articlesPerPage: number): { title: string; body: string } {
  const law = laws[i % laws.length]!;
  const count = Math.min(articlesPerPage, law.articles.length);
  const start = (i * 13) % law.articles.length;
  const lines: string[] = [];
  let chapter = '';
  for (let n = 0; n < count; n++) {
    const article = law.articles[(start + n) % law.articles.length]!;
    if (article.chapter !== chapter) {
      chapter = article.chapter;
      lines.push(`## ${chapter}`, '');
    }
    for (const paragraph of article.paragraphs) lines.push(paragraph, '');
  }
  return { title: `${law.name}条文选读 第${i + 1}篇`, body: lines.join('\n') };
}

export function readLaws(lawDir: string): Law[] {
  return readdirSync(lawDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseLaw(readFileSync(path.join(lawDir, f), 'utf8')));
}

export const CORPUS_PAGES = 500;
const ARTICLES_PER_PAGE = 40;

/**
 * Writes the corpus into a content folder as law-section pages. The front matter is taken from a real
 * page of that section (only title, summary and order change), so the corpus follows the content model.
 * Also writes the same pages as plain Markdown to `plainDir` for other generators.
 */
export function writeStatuteCorpus(contentDir: string, plainDir: string): number {
  const laws = readLaws(path.join(contentDir, 'law'));
  const sectionDir = path.join(contentDir, 'pages', 'law');
  const template = readFileSync(filesUnder(sectionDir)[0]!, 'utf8');
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(template)?.[0];
  if (!frontMatter) throw new Error(`${sectionDir} 里的页面没有前置元数据，无法生成语料`);
  rmSync(plainDir, { recursive: true, force: true });
  mkdirSync(plainDir, { recursive: true });
  for (let i = 0; i < CORPUS_PAGES; i++) {
    const { title, body } = corpusPage(laws, i, ARTICLES_PER_PAGE);
    const name = `corpus-${String(i + 1).padStart(3, '0')}`;
    let head = editField(frontMatter, 'title', () => title);
    head = editField(head, 'summary', () => `${title}：法律原文，供构建性能比较使用。`);
    head = editField(head, 'order', () => String(1000 + i));
    writeFileSync(path.join(sectionDir, `${name}.mdx`), `${head}\n${body}`);
    writeFileSync(path.join(plainDir, `${name}.md`), `---\ntitle: ${title}\n---\n\n${body}`);
  }
  return CORPUS_PAGES;
}
