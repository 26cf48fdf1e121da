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
import { t, type UiKey } from '../lib/i18n.ts';
import { MORE, NAV } from '../lib/navigation.ts';
import { HOTLINE_WORDS, HUB_WORDS, LECTURE_WORDS, TIME_WORDS } from './intents.ts';
import { fuzzySyllable, type PinyinTable } from './query.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import { shortTownName } from './terms.ts';

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
  return chars;
}

// A character without a reading comes back as itself, a "syllable" no word of the table uses.
const readings = (char: string): string[] =>
  pinyin(char, { toneType: 'none', multiple: true, type: 'array', v: true }) as string[];

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

/**
 * The site's vocabulary, the words a typo is corrected to: the keywords and the words of the titles of
 * its pages, handouts and news; its towns (full and as people say them) and villages and communities;
 * the synonyms, the section names and the words of the intents.
 */
export function siteVocabulary({
  entries,
  towns,
  communities,
}: {
  entries: readonly { title: string; keywords: readonly string[] }[];
  towns: readonly string[];
  communities: readonly string[];
}): string[] {
  return [
    ...entries.flatMap((e) => [...e.keywords, ...e.title.split(/[：:，,、（）()“”\s]+/)]),
    ...towns.flatMap((town) => [town, shortTownName(town)]),
    ...communities,
    ...SYNONYM_GROUPS.flat(),
    ...[...NAV, ...MORE].map((item) => t(item.key as UiKey)),
    ...Object.values(HUB_WORDS).flat(),
    ...HOTLINE_WORDS,
    ...TIME_WORDS,
    ...LECTURE_WORDS,
  ];
}
