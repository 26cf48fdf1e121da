/**
 * Reading a query the way people type it: "孤儿上大学有补助吗", "小孩能不能单独在家".
 *
 * - Question and function words (吗, 能不能, 什么时候, 的…) are dropped: no page holds them where the
 *   reader means them, and requiring them empties the answer.
 * - What remains is cut into chunks (the words that stood together) and, inside each chunk, words
 *   (Intl.Segmenter, with runs of single characters joined). The search page ranks pages by how much
 *   of the query they cover: a chunk found whole counts most (its words stand together on the page),
 *   then each word found on its own. A page need not hold everything to be shown.
 * - Phrases of src/search/synonyms.ts are taken whole, before function words are dropped, so
 *   "爷爷奶奶带的孩子" still means 留守儿童.
 * - Homophone typos ("福采圆梦", "未成年人保户法") are corrected against the site's own vocabulary by
 *   pinyin (correctTypos), with a table the build writes (src/pages/search/pinyin.json.ts).
 */
import { textRuns } from './grams.ts';
import { SYNONYM_GROUPS, expandQuery } from './synonyms.ts';

/**
 * Question and function words, removed wherever they stand. Only phrases that never sit inside a
 * word the site uses: "是不是" can go anywhere, "是" alone only as a word of its own (SINGLE_STOP).
 */
export const STOP_PHRASES: readonly string[] = [
  '什么时候',
  '啥时候',
  '什么时间',
  '可不可以',
  '能不能够',
  '应不应该',
  '该怎么办',
  '怎么办呢',
  '怎么办',
  '怎么样',
  '怎么弄',
  '怎么做',
  '怎么',
  '怎样',
  '如何',
  '什么样',
  '什么',
  '为什么',
  '为啥',
  '干什么',
  '干啥',
  '哪里',
  '哪儿',
  '哪些',
  '哪个',
  '在哪',
  '去哪',
  '啥',
  '能不能',
  '可以吗',
  '行不行',
  '有没有',
  '是不是',
  '会不会',
  '要不要',
  '该不该',
  '算不算',
  '给不给',
  '让不让',
  '管不管',
  '能否',
  '是否',
  '请问',
  '我想问',
  '想问一下',
  '想问',
  '问一下',
  '想知道',
  '知道吗',
  '一下',
  '谁知道',
  '有谁',
  '我们家',
  '我家',
  '我们',
  '你们',
  '咱们',
  '现在',
  '的话',
  '还是',
  '或者',
  '因为',
  '所以',
  '但是',
  '如果',
  '这个',
  '那个',
  '这种',
  '那种',
  '一些',
  '有点',
];

/** Single characters dropped when the segmenter leaves them standing alone. */
export const SINGLE_STOP = new Set([...'了的地得有是在要能会想和与及或跟给把被让都也还就又很太我你他她它这那些咋谁']);

/** Particles that end a question; dropped only at the end ("网吧" keeps its 吧). */
const FINAL_PARTICLES = /[吗呢吧啊呀嘛么哦哈啦嘞]+$/u;

/** Where a dropped word stood: chunks end there. */
const CUT = '\u0000';

export interface QueryChunk {
  /** The words as they stood together in the query. */
  text: string;
  /** The text and what it also means (synonyms); a page holding any of them holds the chunk. */
  variants: string[];
  /** The chunk's words of two characters or more, when it has more than one. */
  words: string[];
}

export interface ParsedQuery {
  chunks: QueryChunk[];
  /** The chunks' text, space-separated: what the page reports as the reader's words. */
  cleaned: string;
}

const segmenter = () => new Intl.Segmenter('zh', { granularity: 'word' });

const SYNONYM_PHRASES = SYNONYM_GROUPS.flatMap((group) => group.map((phrase) => ({ phrase, group }))).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);

/**
 * The words of a chunk: its synonym phrases whole ("后妈打孩子" → 后妈, 打孩子), the rest segmented,
 * single characters in a row joined (福|采 → 福采).
 */
export function chunkWords(text: string): string[] {
  const words: string[] = [];
  let rest = text;
  for (const { phrase } of SYNONYM_PHRASES) {
    if (!rest.includes(phrase)) continue;
    words.push(phrase);
    rest = rest.split(phrase).join(' ');
  }
  for (const piece of rest.split(' ')) {
    let singles = '';
    const flush = () => {
      if ([...singles].length >= 2) words.push(singles);
      singles = '';
    };
    for (const { segment } of segmenter().segment(piece)) {
      if ([...segment].length === 1 && /\p{Script=Han}/u.test(segment)) singles += segment;
      else {
        flush();
        if ([...segment].length >= 2 || /\d/.test(segment)) words.push(segment);
      }
    }
    flush();
  }
  return words;
}

/** A piece of free text with its stop phrases and lone stop characters replaced by CUT. */
function cutStops(text: string): string {
  let cut = text;
  for (const phrase of [...STOP_PHRASES].sort((a, b) => b.length - a.length)) cut = cut.split(phrase).join(CUT);
  return cut
    .split(CUT)
    .map((piece) =>
      [...segmenter().segment(piece)].map(({ segment }) => (SINGLE_STOP.has(segment) ? CUT : segment)).join(''),
    )
    .join(CUT);
}

/**
 * A run without the particles that end a question. A particle that ends a function word or a synonym
 * phrase (什么, 怎么, 网吧) belongs to it: "低保什么" is 低保 and 什么, not 低保什.
 */
function dropFinalParticles(run: string): string {
  let end = run.replace(FINAL_PARTICLES, '').length;
  for (const phrase of [...STOP_PHRASES, ...SYNONYM_PHRASES.map((p) => p.phrase)]) {
    const at = run.lastIndexOf(phrase);
    if (at >= 0) end = Math.max(end, at + phrase.length);
  }
  return run.slice(0, end);
}

/** Reads a query into chunks (see the module comment); empty when it holds no letters or digits. */
export function parseQuery(query: string): ParsedQuery {
  const texts: string[] = [];
  for (const run of textRuns(query)) {
    const text = dropFinalParticles(run);
    // Synonym phrases are kept whole ("带的孩子" keeps its 的); stop words are cut from the rest.
    const kept: [number, number][] = [];
    for (const { phrase } of SYNONYM_PHRASES) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        if (!kept.some(([s, e]) => at < e && at + phrase.length > s)) kept.push([at, at + phrase.length]);
      }
    }
    kept.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [start, end] of kept) {
      out += cutStops(text.slice(at, start)) + text.slice(start, end);
      at = end;
    }
    out += cutStops(text.slice(at));
    texts.push(...out.split(CUT).filter(Boolean));
  }
  // A query of nothing but function words ("怎么办") is searched as typed.
  if (texts.length === 0) texts.push(...textRuns(query));
  return queryOf([...new Set(texts)].map(readChunk));
}

/** A chunk of the query read from its text: what it also means and its words. */
export function readChunk(text: string): QueryChunk {
  const words = chunkWords(text);
  return { text, variants: expandQuery(text), words: words.length > 1 ? words : [] };
}

const queryOf = (chunks: QueryChunk[]): ParsedQuery => ({ chunks, cleaned: chunks.map((c) => c.text).join(' ') });

// ---------------------------------------------------------------------------------------------
// Typos: the same sound, another character
// ---------------------------------------------------------------------------------------------

/**
 * A syllable as a phone keyboard's user may mistype it: flat and retroflex initials (z/zh, c/ch,
 * s/sh), n/l, and front and back nasals (an/ang, en/eng, in/ing) sound alike in the region's speech,
 * so they compare equal.
 */
export function fuzzySyllable(syllable: string): string {
  return syllable
    .toLowerCase()
    .replace(/ü|u:/g, 'v')
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?=[^g]|$)/, 'l')
    .replace(/([aei])ng$/, '$1n');
}

/** The build's pinyin table: the site's vocabulary with its pinyin, and characters by syllable. */
export interface PinyinTable {
  /** [word, its pinyin as space-separated toneless syllables] */
  words: [string, string][];
  /** syllable → every common character read that way */
  chars: Record<string, string>;
}

export interface TypoIndex {
  words: { word: string; chars: string[]; syllables: string[] }[];
  sounds: Map<string, Set<string>>;
}

export function typoIndex(table: PinyinTable): TypoIndex {
  const sounds = new Map<string, Set<string>>();
  for (const [syllable, chars] of Object.entries(table.chars)) {
    for (const char of chars) {
      let set = sounds.get(char);
      if (!set) sounds.set(char, (set = new Set()));
      set.add(fuzzySyllable(syllable));
    }
  }
  const words = table.words
    .map(([word, pinyin]) => ({ word, chars: [...word], syllables: pinyin.split(' ').map(fuzzySyllable) }))
    .filter((w) => w.chars.length >= 2 && w.chars.length === w.syllables.length)
    // Longest first: "未成年人保护法" before "保护".
    .sort((a, b) => b.chars.length - a.chars.length);
  return { words, sounds };
}

/** How many characters of a word of this length may be a homophone typo. */
const maxTypos = (length: number) => (length <= 3 ? 1 : 2);

/**
 * The text with homophone typos replaced by the site's own words: a stretch that sounds like a word of
 * the vocabulary, shares at least one character with it and differs in at most one character (two in
 * words of four or more), each difference a character read the same (fuzzySyllable). Null when
 * nothing changes.
 */
export function correctTypos(text: string, index: TypoIndex): string | null {
  const chars = [...text];
  const taken: boolean[] = [];
  const replaced = [...chars];
  let changed = false;
  for (const { chars: wordChars, syllables } of index.words) {
    const n = wordChars.length;
    // Stryker disable next-line ArithmeticOperator: a place past the end holds no character, so no word matches there
    for (let at = 0; at + n <= chars.length; at++) {
      if (taken.slice(at, at + n).some(Boolean)) continue;
      let diffs = 0;
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const c = chars[at + j]!;
        if (c === wordChars[j]) continue;
        diffs++;
        ok = diffs <= maxTypos(n) && (index.sounds.get(c)?.has(syllables[j]!) ?? false);
      }
      if (!ok) continue;
      // An exact word is taken too, so that no shorter word rewrites part of it.
      for (let j = 0; j < n; j++) taken[at + j] = true;
      // An exact word stays; a word with every character different is never here (maxTypos is less than its length).
      if (diffs === 0) continue;
      for (let j = 0; j < n; j++) replaced[at + j] = wordChars[j]!;
      changed = true;
    }
  }
  return changed ? replaced.join('') : null;
}

/** A query as the search reads it: its text (lowercased) and its chunks, corrected or not. */
export interface Reading {
  /** The query's text as the reader typed it, lowercased, with any correction made. */
  text: string;
  parsed: ParsedQuery;
}

/**
 * The reading with each chunk of `unknown` (chunks the site holds nowhere) corrected for homophone
 * typos (correctTypos), a correction kept only when `known` holds the corrected chunk; null when none
 * is kept. Only those chunks are read again: the rest of the query stays as it was parsed.
 */
export function correctChunks(
  reading: Reading,
  unknown: readonly string[],
  index: TypoIndex,
  known: (chunk: QueryChunk) => boolean,
): Reading | null {
  let { text } = reading;
  let changed = false;
  const chunks = reading.parsed.chunks.map((chunk) => {
    if (!unknown.includes(chunk.text)) return chunk;
    const fixed = correctTypos(chunk.text, index);
    const read = fixed === null ? null : readChunk(fixed);
    if (!read || !known(read)) return chunk;
    text = text.split(chunk.text).join(read.text);
    changed = true;
    return read;
  });
  return changed ? { text, parsed: queryOf(chunks) } : null;
}

// ---------------------------------------------------------------------------------------------
// Intents
// ---------------------------------------------------------------------------------------------

export const containsAny = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));
