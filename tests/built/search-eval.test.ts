/**
 * Does search answer the questions people type? Every question of tests/search-eval/questions.tsv
 * (written the way guardians and village staff ask, with typos; none names a place, so they hold for
 * any district) goes through the site's own search engine (src/search/engine.ts) over the built dist/,
 * in Node, and the first distinct pages it answers (the first answer, then the full answer after it,
 * as the search page shows them) are scored: success@3 (a right page among the first three), MRR
 * (1 / rank of the first right page, within ten) and empty answers. Then the same for questions made
 * from the built site's own places (its towns, villages and communities, and homes, as the search
 * page's files list them), whose right page is the place's own. Prints the scores, writes them to
 * test-results/, and fails under the floors below, set a little under what search scores today, so
 * that losing what a group of questions needs (a synonym group, an intent) fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Card } from '../../src/search/shards.ts';
import type { SearchTerms } from '../../src/search/terms.ts';
import { BASE, DIST } from '../support/built-site.ts';
import { searchBuiltSite, type BuiltSearch } from '../support/search-engine.ts';

/**
 * The written questions score 97.9% success@3 and MRR 0.936 on content/ (98.6% and 0.933 on the
 * fixture site); without the synonym groups for 溺水, 校园欺凌 and 后妈, 95.2% and 0.909, with two
 * empty answers.
 */
const WRITTEN = { successAt3: 0.97, mrr: 0.925 };
/**
 * The questions made from the site's places score 100% and MRR 0.983 on content/ (100% and 0.964 on the
 * fixture site). A district's first roster may give only ten or so, where one place answered second costs
 * 0.05 of MRR: the floor leaves room for that.
 */
const PLACES = { successAt3: 0.97, mrr: 0.9 };

interface Question {
  query: string;
  pages: string[];
  group: string;
}

function writtenQuestions(): Question[] {
  const questions: Question[] = [];
  let group = '';
  for (const line of readFileSync('tests/search-eval/questions.tsv', 'utf8').split('\n')) {
    if (line.startsWith('## ')) group = line.slice(3).trim();
    if (!line.trim() || line.startsWith('#')) continue;
    const [query, pages] = line.split('\t');
    questions.push({ query: query!.trim(), pages: (pages ?? '').split(/\s+/).filter(Boolean), group });
  }
  return questions;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(DIST, 'search', file), 'utf8')) as T;

/**
 * Questions about the site's own places, as people ask them: each town by its name and by the name
 * people say with what they look for there; every fifth village or community whose name is unique;
 * every fifth home whose name is unique. The right page is the place's own (a home's town page too).
 */
function placeQuestions(terms: SearchTerms): Question[] {
  const questions: Question[] = [];
  const forms = [
    (short: string) => `${short}的儿童之家`,
    (short: string) => `${short}儿童主任电话`,
    (short: string) => `${short}儿童督导员`,
    (short: string) => `${short}有儿童之家吗`,
  ];
  terms.towns.forEach((town, i) => {
    questions.push({ query: town.name, pages: [town.url], group: '街道乡镇' });
    questions.push({ query: forms[i % forms.length]!(town.short), pages: [town.url], group: '街道乡镇' });
  });
  const villages = new Map<string, string[]>();
  for (const town of terms.towns)
    for (const v of town.villages) villages.set(v, [...(villages.get(v) ?? []), town.url]);
  [...villages]
    .filter(([, towns]) => towns.length === 1)
    .filter((_, i) => i % 5 === 0)
    .forEach(([village, towns]) =>
      questions.push({ query: `${village}的儿童之家在哪`, pages: towns, group: '村和社区' }),
    );
  const cards = readdirSync(path.join(DIST, 'search', 'cards'))
    .sort((a, b) => parseInt(a) - parseInt(b))
    .flatMap((file) => readJson<Card[]>(`cards/${file}`));
  const homes = cards.filter(([url]) => url.startsWith('/homes/'));
  const townUrl = new Map(terms.towns.map((t) => [t.name, t.url]));
  homes
    .filter(([, title]) => homes.filter((h) => h[1] === title).length === 1)
    .filter((_, i) => i % 5 === 0)
    .forEach(([url, title, , town]) =>
      questions.push({ query: `${title}在哪里`, pages: [url, townUrl.get(town)!].filter(Boolean), group: '儿童之家' }),
    );
  return questions;
}

interface Answer {
  query: string;
  /** Whether the first answer came without Pagefind (the table, or the table and the postings). */
  fromFirstAnswer: boolean;
  top: string[];
}

function score(set: Question[], answers: Map<string, Answer>) {
  let hits = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  const empty: string[] = [];
  for (const q of set) {
    const answer = answers.get(q.query)!;
    const rank = answer.top.findIndex((p) => q.pages.includes(p));
    if (answer.top.length === 0) empty.push(q.query);
    if (rank >= 0 && rank < 3) hits++;
    else
      misses.push(
        `${q.query}（${q.group}）→ ${answer.top.slice(0, 3).join(' ') || '没有结果'}；应当有 ${q.pages.join(' ')}`,
      );
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  return {
    questions: set.length,
    successAt3: hits / set.length,
    mrr: reciprocal / set.length,
    fromFirstAnswer: set.filter((q) => answers.get(q.query)!.fromFirstAnswer).length,
    empty,
    misses,
  };
}

let search: BuiltSearch;
beforeAll(async () => {
  search = await searchBuiltSite(DIST, BASE);
});
afterAll(() => search.close());

test('questions as people type them, and about the site’s own places, find a right page in the top 3', async () => {
  const written = writtenQuestions();
  expect(written.length).toBeGreaterThanOrEqual(120);
  for (const q of written) {
    expect(q.pages.length, q.query).toBeGreaterThan(0);
    // Right pages are content pages and section front pages: nothing of a district's own directory.
    for (const p of q.pages)
      expect(p, q.query).toMatch(
        /^\/(?:(?:law|guide|policy|help|about|handouts)\/(?:[a-z0-9-]+\/)?|homes\/|lectures\/|news\/)$/,
      );
  }
  // Nor does any name a place of the site: questions about places are made from the site's own.
  const terms = readJson<SearchTerms>('terms.json');
  const placeNames = terms.towns.flatMap((town) => [town.name, town.short, ...town.villages]);
  for (const q of written)
    expect(
      placeNames.filter((name) => q.query.includes(name)),
      q.query,
    ).toEqual([]);
  const places = placeQuestions(terms);
  expect(places.length).toBeGreaterThan(0);
  // A question is asked of the pages the site has: a district's own pages (local: true) go when another
  // district adopts the site, and a question whose every right page is gone is not asked of it.
  const built = (page: string) => existsSync(path.join(DIST, page, 'index.html'));
  const asked = written.map((q) => ({ ...q, pages: q.pages.filter(built) })).filter((q) => q.pages.length > 0);
  expect(asked.length, '问题应当大多能在这个网站上问').toBeGreaterThanOrEqual(120);

  const answers = new Map<string, Answer>();
  for (const { query } of [...asked, ...places]) {
    const { paths, fromFirstAnswer } = await search.answer(query);
    answers.set(query, { query, fromFirstAnswer, top: paths });
  }
  const scores = { written: score(asked, answers), places: score(places, answers) };
  const line = (label: string, s: ReturnType<typeof score>) =>
    `${label}: ${s.questions} questions, success@3 ${(s.successAt3 * 100).toFixed(1)}%, MRR ${s.mrr.toFixed(3)}, empty answers ${s.empty.length}; answered without Pagefind ${s.fromFirstAnswer}`;
  const report = [
    line('search eval (questions.tsv)', scores.written),
    line('search eval (places of the site)', scores.places),
    ...scores.written.misses,
    ...scores.places.misses,
  ].join('\n');
  console.log(report);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    `test-results/search-eval${BASE === '/' ? '' : '-base'}.json`,
    JSON.stringify({ ...scores, answers: [...answers.values()] }, null, 2),
  );

  expect.soft([...scores.written.empty, ...scores.places.empty], '有答案的问题不能一个结果都没有').toEqual([]);
  expect.soft(scores.written.successAt3, report).toBeGreaterThanOrEqual(WRITTEN.successAt3);
  expect.soft(scores.written.mrr, report).toBeGreaterThanOrEqual(WRITTEN.mrr);
  expect.soft(scores.places.successAt3, report).toBeGreaterThanOrEqual(PLACES.successAt3);
  expect.soft(scores.places.mrr, report).toBeGreaterThanOrEqual(PLACES.mrr);
}, 300_000);
