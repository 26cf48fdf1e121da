/** Reading queries as people type them: function words, chunks and words, synonyms, homophone typos. */
import { describe, expect, it } from 'vitest';
import {
  chunkWords,
  correctChunks,
  correctTypos,
  fuzzySyllable,
  parseQuery,
  typoIndex,
  type PinyinTable,
} from '../../src/search/query.ts';
import { buildPinyinTable, commonCharacters, siteVocabulary } from '../../src/search/pinyin-table.ts';
import { MAX_NAME_CHARS, searchTerms, shortTownName, titleName } from '../../src/search/terms.ts';

const texts = (query: string) => parseQuery(query).chunks.map((c) => c.text);

describe('question and function words', () => {
  it('drops question words and particles, cutting the query into the words that stood together', () => {
    expect(texts('孤儿上大学有补助吗')).toEqual(['孤儿上大学', '补助']);
    expect(texts('小孩能不能单独在家')).toEqual(['小孩', '单独在家']);
    expect(texts('讲座什么时候')).toEqual(['讲座']);
    expect(texts('附近的儿童之家')).toEqual(['附近', '儿童之家']);
  });

  it('drops a final particle only at the end, so a word ending in the same character keeps it', () => {
    expect(texts('网吧让小孩进吗')).toEqual(['网吧', '小孩进']);
    expect(texts('孩子吗呢')).toEqual(['孩子']);
  });

  it('leaves the particle that ends a function word or a synonym phrase to it, at the end too', () => {
    expect(texts('低保什么')).toEqual(['低保']);
    expect(texts('孩子上网怎么')).toEqual(['孩子上网']);
    expect(texts('网吧')).toEqual(['网吧']);
    expect(texts('网吧吗')).toEqual(['网吧']);
    expect(texts('为什么')).toEqual(['为什么']);
  });

  it('keeps a synonym phrase whole, its own function words included, and searches its synonyms too', () => {
    const [chunk] = parseQuery('爷爷奶奶带的孩子怎么办').chunks;
    expect(chunk!.text).toBe('爷爷奶奶带的孩子');
    expect(chunk!.variants).toContain('留守儿童');
  });

  it('splits a chunk into words, synonym phrases whole and single characters joined', () => {
    expect(parseQuery('后妈打孩子').chunks[0]!.words).toEqual(expect.arrayContaining(['后妈', '打孩子']));
    expect(parseQuery('孤儿上大学').chunks[0]!.words).toEqual(['孤儿', '大学']);
  });

  it('keeps two synonym phrases side by side whole, their function words included, in either order', () => {
    expect(texts('没人管的孩子被欺负')).toEqual(['没人管的孩子被欺负']);
    expect(texts('被欺负没人管的孩子')).toEqual(['被欺负没人管的孩子']);
  });

  it('keeps the longest synonym phrase whole, not the shorter ones inside it', () => {
    expect(texts('小孩子怎么办')).toEqual(['小孩子']);
    expect(texts('爷爷奶奶带的孩子和留守儿童')).toEqual(['爷爷奶奶带的孩子', '留守儿童']);
  });

  it('searches a chunk typed twice once, full-width letters as ordinary lowercase ones', () => {
    expect(texts('防溺水 防溺水')).toEqual(['防溺水']);
    expect(texts('ＡＰＰ')).toEqual(['app']);
    expect(parseQuery('孤儿上大学有补助吗').cleaned).toBe('孤儿上大学 补助');
  });

  it('drops the longest question phrase whole, not a shorter one inside it', () => {
    expect(texts('为什么孩子不上学')).toEqual(['孩子不上学']);
  });

  it('splits a chunk at its synonym phrases, joining the single characters on either side of one apart', () => {
    expect(chunkWords('福采孩子圆梦')).toEqual(['孩子', '福采', '圆梦']);
    expect(chunkWords('孩子福采')).toEqual(['孩子', '福采']);
    expect(chunkWords('福采上学')).toEqual(['福采', '上学']);
    // A lone letter is no word; a lone character of Chinese joins its neighbours or is no word either.
    expect(chunkWords('孩子a')).toEqual(['孩子']);
    expect(chunkWords('孤儿上大学')).toEqual(['孤儿', '大学']);
  });

  it('keeps a number as a word of its own, however short', () => {
    expect(parseQuery('3岁孩子').chunks[0]!.words.sort()).toEqual(['3', '孩子']);
  });

  it('searches a query of nothing but function words as typed, and nothing for punctuation', () => {
    expect(texts('怎么办')).toEqual(['怎么办']);
    expect(parseQuery('，。？').chunks).toEqual([]);
  });
});

describe('homophone typos', () => {
  const table = buildPinyinTable([
    '福彩圆梦',
    '未成年人保护法',
    '儿童之家',
    '留守儿童',
    '明天计划',
    '家暴',
    '鹤鸣镇',
    '防溺水',
  ]);
  const index = typoIndex(table);

  it('replaces a character typed for another of the same sound with the site’s own word', () => {
    expect(correctTypos('福采圆梦', index)).toBe('福彩圆梦');
    expect(correctTypos('未成年人保户法', index)).toBe('未成年人保护法');
    expect(correctTypos('儿童之加在哪', index)).toBe('儿童之家在哪');
    expect(correctTypos('鹤明镇', index)).toBe('鹤鸣镇');
  });

  it('treats the sounds the region mixes up as the same (zh/z, n/l, ing/in)', () => {
    expect(fuzzySyllable('zheng')).toBe(fuzzySyllable('zhen'));
    expect(fuzzySyllable('zhi')).toBe(fuzzySyllable('zi'));
    expect(fuzzySyllable('nan')).toBe(fuzzySyllable('lan'));
    expect(correctTypos('明天记划', index)).toBe('明天计划');
  });

  it('compares syllables loosely only where the region’s speech mixes them up', () => {
    const table: [string, string][] = [
      ['ZHANG', 'zan'],
      ['shi', 'si'],
      ['chi', 'ci'],
      ['na', 'la'],
      ['ning', 'lin'],
      ['n', 'l'],
      ['nü', 'lv'],
      ['nu:', 'lv'],
      ['lü', 'lv'],
      ['feng', 'fen'],
      ['ang', 'an'],
      // What stays apart: n elsewhere than at the start, -ong, h after another initial.
      ['ren', 'ren'],
      ['nan', 'lan'],
      ['hong', 'hong'],
      ['hu', 'hu'],
    ];
    for (const [syllable, loose] of table) expect(fuzzySyllable(syllable), syllable).toBe(loose);
  });

  it('allows one wrong character in a word of up to three, two in a longer word', () => {
    // 明天记化: two of four characters typed for others of the same sound.
    expect(correctTypos('明天记化', index)).toBe('明天计划');
    // 未成年人饱户法: two of seven.
    expect(correctTypos('未成年人饱户法', index)).toBe('未成年人保护法');
    // 鹤明阵: two of three, too many for a word that short.
    expect(correctTypos('鹤明阵', index)).toBeNull();
    // 名天记化: three of four.
    expect(correctTypos('名天记化', index)).toBeNull();
  });

  it('corrects every word of the vocabulary the text holds, not only the first, side by side too', () => {
    expect(correctTypos('福采圆梦和明天记划', index)).toBe('福彩圆梦和明天计划');
    expect(correctTypos('福采圆梦明天记划', index)).toBe('福彩圆梦明天计划');
    expect(correctTypos('明天记划福采圆梦', index)).toBe('明天计划福彩圆梦');
  });

  it('reads a typed character by any of its readings (长 as chang)', () => {
    expect(correctTypos('长地', typoIndex(buildPinyinTable(['场地', '家长'])))).toBe('场地');
  });

  it('takes a character it has no reading for (a letter, a rare character) as no typo', () => {
    expect(correctTypos('福x圆梦', index)).toBeNull();
    expect(correctTypos('福𠀀圆梦', index)).toBeNull();
  });

  it('corrects only the chunks found nowhere, and only to words the site knows', () => {
    const reading = { text: '家报 防泥水', parsed: parseQuery('家报 防泥水') };
    const fixed = correctChunks(reading, ['防泥水'], index, () => true);
    expect(fixed?.text).toBe('家报 防溺水');
    expect(fixed?.parsed.chunks.map((c) => c.text)).toEqual(['家报', '防溺水']);
    expect(correctChunks(reading, ['防泥水'], index, () => false)).toBeNull();
    expect(correctChunks(reading, [], index, () => true)).toBeNull();
  });

  it('does not rewrite a word the text holds exactly, nor part of it as another word', () => {
    const own = typoIndex(buildPinyinTable(['儿童之家', '童稚', '家丽']));
    // 童之 and 家里 alone sound like 童稚 and 家丽, but here they are part of 儿童之家.
    expect(correctTypos('童之', own)).toBe('童稚');
    expect(correctTypos('儿童之家', own)).toBeNull();
    expect(correctTypos('儿童之家里', own)).toBeNull();
  });

  it('leaves correct words and unrelated text alone', () => {
    expect(correctTypos('儿童之家', index)).toBeNull();
    expect(correctTypos('量子计算机', index)).toBeNull();
    // Every character different: a different word, not a typo.
    expect(correctTypos('加报', index)).toBeNull();
  });

  it('the table holds the vocabulary with pinyin and the common characters of its syllables only', () => {
    expect(commonCharacters()).toHaveLength(3755);
    expect(table.words).toContainEqual(['福彩圆梦', 'fu cai yuan meng']);
    expect(table.chars['cai']).toContain('采');
    // No syllable the vocabulary does not use.
    expect(table.chars['qiong']).toBeUndefined();
  });

  it('takes Chinese words of two characters or more, once each, trimmed, in order', () => {
    const own = buildPinyinTable([' 家暴 ', 'abc', '12355', '家', '儿童之家', '家暴abc']);
    expect(own.words).toEqual([
      ['儿童之家', 'er tong zhi jia'],
      ['家暴', 'jia bao'],
    ]);
    // Characters only for the syllables those words use, each syllable's characters together.
    expect(Object.keys(own.chars)).toEqual([...Object.keys(own.chars)].sort());
    expect(own.chars['jia']).toContain('加');
    expect(own.chars['bao']).toContain('报');
    expect(own.chars['ma']).toBeUndefined();
    expect(own.chars['jia']).toMatch(/^\p{Script=Han}+$/u);
    // The vocabulary's own characters, common or not.
    expect(buildPinyinTable(['彧彧']).chars['yu']).toContain('彧');
  });

  it('leaves out words with a character it has no reading for', () => {
    expect(buildPinyinTable(['𠀀𠀁', '㐀㐁', '家𠀀', '家暴']).words).toEqual([['家暴', 'jia bao']]);
  });

  it('gives a character every reading it has (长 is both chang and zhang)', () => {
    const own = buildPinyinTable(['长期', '家长']);
    expect(own.chars['chang']).toContain('长');
    expect(own.chars['zhang']).toContain('长');
  });

  it('reads a vocabulary word with the pinyin of its context (家长 is jia zhang)', () => {
    const own: PinyinTable = buildPinyinTable(['家长']);
    expect(own.words).toEqual([['家长', 'jia zhang']]);
  });
});

describe('the site’s vocabulary for typos', () => {
  it('holds the keywords and title words of pages, towns with their short names, villages, synonyms, sections and intents', () => {
    const words = siteVocabulary({
      entries: [{ title: '福彩圆梦：孤儿上大学（助学金）“补贴”，资助、帮扶 说明', keywords: ['圆梦助学'] }],
      towns: ['鹤鸣镇'],
      communities: ['柳树村'],
    });
    for (const word of [
      '圆梦助学',
      '福彩圆梦',
      '孤儿上大学',
      '助学金',
      '补贴',
      '资助',
      '帮扶',
      '说明',
      '鹤鸣镇',
      '鹤鸣',
      '柳树村',
      '留守儿童',
      '法律知识',
      '怎么带孩子',
      '报警',
      '下个月',
      '培训',
      '讲座安排',
    ])
      expect(words, word).toContain(word);
  });
});

describe('names for direct answers', () => {
  it('takes the name a title gives before its colon, or a short title whole', () => {
    expect(titleName('福彩圆梦：孤儿上大学的助学金')).toBe('福彩圆梦');
    expect(titleName('困境儿童分类保障')).toBe('困境儿童分类保障');
    expect(titleName('未成年人保护法是一部什么样的法律')).toBeNull();
    expect([...'困境儿童分类保障'].length).toBeLessThanOrEqual(MAX_NAME_CHARS);
  });

  it('a name is two to ten characters, before a full-width or ASCII colon, without spaces around it', () => {
    expect(titleName('家暴')).toBe('家暴');
    expect(titleName('家')).toBeNull();
    expect(titleName('：孤儿上大学')).toBeNull();
    expect(titleName('一二三四五六七八九十')).toBe('一二三四五六七八九十');
    expect(titleName('一二三四五六七八九十一')).toBeNull();
    expect(titleName(' 明天计划 : 手术费用')).toBe('明天计划');
  });

  it('shortens a town’s name the way people say it', () => {
    expect(shortTownName('鹤鸣镇')).toBe('鹤鸣');
    expect(shortTownName('芦汀乡')).toBe('芦汀');
    expect(shortTownName('桐林街街道')).toBe('桐林街');
    // Only the ending goes: a name that starts or goes on with 镇, 乡 or 街道 keeps it.
    expect(shortTownName('镇北堡镇')).toBe('镇北堡');
    expect(shortTownName('乡里')).toBe('乡里');
    expect(shortTownName('街道口镇')).toBe('街道口');
  });
});

describe('the search page’s own table', () => {
  const page = (url: string, keywords: string[]) => ({
    url,
    title: '题目',
    summary: '摘要',
    keywords,
    kind: '求助热线',
  });

  it('lists each town with its short name, its page, and each village once', () => {
    const terms = searchTerms({
      pages: [],
      towns: [{ id: 'heming', name: '鹤鸣镇', villages: ['柳树村', '新风社区', '柳树村'] }],
      hotlines: ['12355'],
    });
    expect(terms.towns).toEqual([
      {
        name: '鹤鸣镇',
        short: '鹤鸣',
        url: '/towns/heming/',
        title: '鹤鸣镇儿童之家',
        summary: '鹤鸣镇的儿童之家、儿童督导员和近期讲座',
        villages: ['柳树村', '新风社区'],
      },
    ]);
    expect(terms.hotlines).toEqual(['12355']);
  });

  it('answers numbers to call with the help page whose keywords name a hotline, or with none', () => {
    const hotline = (pages: ReturnType<typeof page>[]) => searchTerms({ pages, towns: [], hotlines: [] }).hotline;
    expect(hotline([page('/help/phones/', ['电话', '求助热线'])])).toBe('/help/phones/');
    expect(hotline([page('/help/contact/', ['联系我们']), page('/help/phones/', ['求助热线'])])).toBe('/help/phones/');
    expect(hotline([page('/guide/phones/', ['热线'])])).toBeNull();
    expect(hotline([page('/help/contact/', ['联系我们'])])).toBeNull();
    expect(hotline([])).toBeNull();
  });
});
