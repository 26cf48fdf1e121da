/**
 * The search page's first answer, from the small table the build writes (/search/terms.json, see
 * src/search/terms.ts) without loading the full-text index: the pages editors wrote, the
 * sections' front pages and the town pages, matched on the words that name them (title, keywords,
 * summary; a town's villages) and on what the reader evidently wants (a number to call, the lecture
 * schedule, a place). A page is scored by how much of the query it covers, each chunk and word
 * weighted by its length and by the field it stands in, plus its kind and the intents it answers.
 * Matching is on the text as written, so a page that covers the query here really holds its words.
 */
import { t, type UiKey } from '../lib/i18n.ts';
import { textRuns } from './grams.ts';
import { HOTLINE_WORDS, HUB_WORDS, LECTURE_WORDS, TIME_WORDS } from './intents.ts';
import { containsAny, type ParsedQuery } from './query.ts';
import { expandQuery } from './synonyms.ts';
import { titleName, type SearchTerms } from './terms.ts';
import { MORE, NAV } from '../lib/navigation.ts';

export interface TableHit {
  url: string;
  title: string;
  summary: string;
  kind: string;
  town?: string | undefined;
  score: number;
  /** The share of the query the page covers, 0–1. */
  cover: number;
  /** Whether the page holds every chunk of the query, or answers it as an intent. */
  full: boolean;
}

export interface TableRanking {
  hits: TableHit[];
  /** The query's chunks that no page of the table holds. */
  absent: string[];
}

export interface TableEntry {
  url: string;
  title: string;
  summary: string;
  kind: string;
  town?: string | undefined;
  /** Lowercased text of each field, and how much a match there counts. */
  fields: [string, number][];
  prior: number;
}

/** A match in the title counts most, then keywords (the words editors chose), then the summary. */
const FIELD_WEIGHT = { title: 1, keywords: 0.9, summary: 0.6 };

/**
 * How a page's kind weighs when several cover the query as well: what editors wrote to explain first,
 * then handouts, then front pages and town pages (reached mostly by their names, see INTENT_BOOST).
 */
const KIND_PRIOR: Record<string, number> = { page: 0.06, handout: 0.04, hub: 0.02, town: 0.02 };

/** A page the query asks for by intent (its name, a place, a number to call) comes before the rest. */
export const INTENT_BOOST = 2;

const lower = (text: string) => text.normalize('NFKC').toLowerCase();
const length = (text: string) => [...text].length;

/** The table as entries to match: pages, handouts, section front pages and towns. */
export function tableEntries(terms: SearchTerms): TableEntry[] {
  const entries: TableEntry[] = terms.pages.map((page) => ({
    url: page.url,
    title: page.title,
    summary: page.summary,
    kind: page.kind,
    fields: [
      [lower(page.title), FIELD_WEIGHT.title],
      [lower(page.keywords.join(' ')), FIELD_WEIGHT.keywords],
      [lower(page.summary), FIELD_WEIGHT.summary],
    ],
    prior: page.url.startsWith('/handouts/') ? KIND_PRIOR['handout']! : KIND_PRIOR['page']!,
  }));
  for (const item of [...NAV, ...MORE]) {
    const label = t(item.key as UiKey);
    entries.push({
      url: item.path,
      title: label,
      summary: t(item.summary as UiKey),
      kind: t('search.hubKind'),
      fields: [
        [lower(label), FIELD_WEIGHT.title],
        [lower((HUB_WORDS[item.path] ?? []).join(' ')), FIELD_WEIGHT.keywords],
      ],
      prior: KIND_PRIOR['hub']!,
    });
  }
  for (const town of terms.towns) {
    entries.push({
      url: town.url,
      title: town.title,
      summary: town.summary,
      kind: t('kind.homes'),
      town: town.name,
      fields: [
        [lower(town.title), FIELD_WEIGHT.title],
        [lower(town.villages.join(' ')), FIELD_WEIGHT.keywords],
      ],
      prior: KIND_PRIOR['town']!,
    });
  }
  return entries;
}

/** The addresses the query asks for by intent: a page's own name, a place, a number to call, the schedule. */
export function intents(terms: SearchTerms, raw: string, parsed: ParsedQuery): Set<string> {
  const text = lower(raw);
  const wanted = new Set<string>();
  // A name several pages share (the steps of the policy check) names none of them.
  const names = terms.pages.map((p) => ({ url: p.url, name: titleName(p.title) }));
  for (const { url, name } of names)
    if (name && names.filter((n) => n.name === name).length === 1 && text.includes(lower(name))) wanted.add(url);
  const places = terms.towns.filter((town) =>
    [town.name, town.short, ...town.villages, ...town.villages.map((v) => v.replace(/(村|社区)$/, ''))].some(
      (name) => length(name) >= 2 && text.includes(name),
    ),
  );
  for (const town of places) wanted.add(town.url);
  if (terms.hotline && (containsAny(text, HOTLINE_WORDS) || terms.hotlines.some((n) => textRuns(text).includes(n))))
    wanted.add(terms.hotline);
  if (containsAny(text, LECTURE_WORDS) && containsAny(text, TIME_WORDS)) wanted.add('/lectures/');
  const words = parsed.cleaned;
  for (const item of [...NAV, ...MORE]) {
    // A place's own page, not the directory's front page, answers a place name.
    if (item.path === '/homes/' && places.length > 0) continue;
    const label = t(item.key as UiKey);
    if (
      containsAny(text, [label, ...(HUB_WORDS[item.path] ?? [])]) ||
      (length(words) >= 2 && !words.includes(' ') && label.includes(words))
    )
      wanted.add(item.path);
  }
  return wanted;
}

/** What a query is matched by: each chunk whole (with its synonyms), and each of its words. */
interface MatchUnit {
  variants: string[];
  weight: number;
  chunk: number;
  whole: boolean;
}

function matchUnits(parsed: ParsedQuery): MatchUnit[] {
  return parsed.chunks.flatMap((chunk, index) => [
    { variants: chunk.variants.map(lower), weight: 2 * length(chunk.text), chunk: index, whole: true },
    ...chunk.words.map((word) => ({
      variants: expandQuery(word).map(lower),
      weight: length(word),
      chunk: index,
      whole: false,
    })),
  ]);
}

/**
 * How an entry matches the units: the weight of the units it holds, that weight times the field each
 * stands in, and the chunks it holds (a chunk is held when it stands in the entry as typed, or each
 * of its words does).
 */
function matchEntry(entry: TableEntry, units: readonly MatchUnit[], parsed: ParsedQuery) {
  let covered = 0;
  let weighted = 0;
  const wholeChunks = new Set<number>();
  const missingWords = new Set<number>();
  for (const unit of units) {
    const best = Math.max(
      0,
      ...entry.fields.filter(([text]) => unit.variants.some((v) => text.includes(v))).map(([, w]) => w),
    );
    if (best === 0) {
      if (!unit.whole) missingWords.add(unit.chunk);
      continue;
    }
    covered += unit.weight;
    weighted += unit.weight * best;
    if (unit.whole) wholeChunks.add(unit.chunk);
  }
  const held = parsed.chunks.filter(
    (chunk, i) => wholeChunks.has(i) || (chunk.words.length > 0 && !missingWords.has(i)),
  );
  return { covered, weighted, held };
}

/** The query's chunks that no entry of the table holds: words the table does not know. */
export function absentFromTable(entries: readonly TableEntry[], parsed: ParsedQuery): string[] {
  const units = matchUnits(parsed);
  const held = new Set(entries.flatMap((entry) => matchEntry(entry, units, parsed).held.map((c) => c.text)));
  return parsed.chunks.map((c) => c.text).filter((c) => !held.has(c));
}

/** Ranks the table's entries for a parsed query; entries covering nothing and answering no intent are left out. */
export function rankTable(
  terms: SearchTerms,
  raw: string,
  parsed: ParsedQuery,
  entries = tableEntries(terms),
): TableRanking {
  const units = matchUnits(parsed);
  const total = units.reduce((sum, u) => sum + u.weight, 0) || 1;
  const wanted = intents(terms, raw, parsed);
  const held = new Set<string>();
  const hits: TableHit[] = [];
  for (const entry of entries) {
    const { covered, weighted, held: heldHere } = matchEntry(entry, units, parsed);
    for (const chunk of heldHere) held.add(chunk.text);
    const intent = wanted.has(entry.url);
    if (covered === 0 && !intent) continue;
    hits.push({
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      kind: entry.kind,
      town: entry.town,
      cover: covered / total,
      full: intent || heldHere.length === parsed.chunks.length,
      score: weighted / total + entry.prior + (intent ? INTENT_BOOST : 0),
    });
  }
  hits.sort((a, b) => b.score - a.score);
  return { hits, absent: parsed.chunks.map((c) => c.text).filter((c) => !held.has(c)) };
}
