/**
 * Builds the pinyin table the search page corrects homophone typos with (PinyinTable in
 * src/search/query.ts), at build time only: the pinyin library never reaches the browser.
 *
 * - words: the site's own vocabulary (keywords, page names, place names, synonyms, section words)
 *   with the pinyin the library reads each word with (in context, so 家长 is jia zhang).
 * - chars: for each syllable the vocabulary uses (compared loosely, see fuzzySyllable), every common
 *   character read that way: GB 2312's first level (the 3,755 characters a phone keyboard offers first)
 *   and the vocabulary's own characters. A typo is one of these standing where the word's own
 *   character should.
 */
import { pinyin } from 'pinyin-pro';
import { fuzzySyllable, type PinyinTable } from './query.ts';

const HAN = /^\p{Script=Han}+$/u;

/** GB 2312 level 1: rows 16–55 of the code table, decoded with the runtime's GBK decoder. */
export function commonCharacters(): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break;
      chars.push(decoder.decode(new Uint8Array([row, cell])));
    }
  }
  return chars.filter((c) => HAN.test(c));
}

const readings = (char: string): string[] =>
  (pinyin(char, { toneType: 'none', multiple: true, type: 'array', v: true }) as string[]).filter((s) =>
    /^[a-z]+$/.test(s),
  );

export function buildPinyinTable(vocabulary: Iterable<string>): PinyinTable {
  const words = [
    ...new Set([...vocabulary].map((w) => w.trim()).filter((w) => HAN.test(w) && [...w].length >= 2)),
  ].sort();
  const table: PinyinTable = { words: [], chars: {} };
  const used = new Set<string>();
  for (const word of words) {
    const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true }) as string[];
    if (syllables.length !== [...word].length || !syllables.every((s) => /^[a-z]+$/.test(s))) continue;
    table.words.push([word, syllables.join(' ')]);
    for (const s of syllables) used.add(fuzzySyllable(s));
  }
  const bySyllable = new Map<string, Set<string>>();
  for (const char of new Set([...commonCharacters(), ...words.flatMap((w) => [...w])])) {
    for (const syllable of readings(char)) {
      if (!used.has(fuzzySyllable(syllable))) continue;
      let set = bySyllable.get(syllable);
      if (!set) bySyllable.set(syllable, (set = new Set()));
      set.add(char);
    }
  }
  for (const syllable of [...bySyllable.keys()].sort()) table.chars[syllable] = [...bySyllable.get(syllable)!].join('');
  return table;
}
