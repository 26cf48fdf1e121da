/**
 * Character bigrams: how Chinese search finds every page whose text contains what the reader typed.
 *
 * Pagefind segments page text into words at index time (jieba, in its extended build) and the query
 * in the browser (Intl.Segmenter, ICU's dictionary). The two disagree, and a query piece that starts
 * inside an indexed word ("童之家" against the indexed word "儿童之家") matches nothing, because
 * Pagefind only matches indexed words that START with a query piece. Both failure modes disappear if
 * every character of the text also starts an indexed token:
 *
 * - index time: each page gets a metadata field of its text's character bigrams (plus the last
 *   character of every run). Pagefind searches metadata words and splits them on whitespace only,
 *   so the bigrams reach the index exactly as written here, untouched by any segmenter.
 * - query time: each run of letters and digits in the query becomes its overlapping bigrams, all of
 *   which must match (Pagefind ANDs terms). However the browser then splits a bigram, every piece is
 *   a prefix of a token at the same place in the page's text, so the page is found.
 *
 * Runs break at anything that is not a letter or a digit, on both sides, the way Pagefind strips
 * punctuation from words and queries.
 */

/** Letters (any script) and digits: what Pagefind keeps in a word. */
const RUN = /[\p{L}\p{N}]+/gu;

/** The maximal runs of letters and digits in a text, lowercased. */
export function textRuns(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(RUN) ?? [];
}

/**
 * Index side: the set of tokens for a text, every bigram of every run and the last character of
 * each run, so that every character position starts at least one token.
 */
export function indexGrams(text: string): Set<string> {
  return new Set(gramCounts(text).grams.keys());
}

/** The tokens of indexGrams with how often each stands in the text, and how many stand there in all. */
export function gramCounts(text: string): { grams: Map<string, number>; length: number } {
  const grams = new Map<string, number>();
  let length = 0;
  const add = (gram: string) => {
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
    length++;
  };
  for (const run of textRuns(text)) {
    const chars = [...run];
    for (let i = 0; i < chars.length - 1; i++) add(chars[i]! + chars[i + 1]!);
    add(chars[chars.length - 1]!);
  }
  return { grams, length };
}

/**
 * Query side: the terms to hand to Pagefind for a query, its runs as overlapping bigrams (a run of
 * one character stays itself), space-separated. Empty when the query holds no letters or digits.
 */
export function queryGrams(query: string): string {
  const terms = new Set<string>();
  for (const run of textRuns(query)) {
    const chars = [...run];
    if (chars.length === 1) terms.add(chars[0]!);
    for (let i = 0; i < chars.length - 1; i++) terms.add(chars[i]! + chars[i + 1]!);
  }
  return [...terms].join(' ');
}
