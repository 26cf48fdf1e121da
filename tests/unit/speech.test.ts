import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE, speechChunks } from '../../src/lib/speech-text.ts';
import { pickChineseVoice } from '../../src/lib/voices.ts';

const voice = (lang: string, localService = true) => ({ lang, localService, name: lang });

describe('pickChineseVoice', () => {
  it('prefers a mainland Mandarin voice, whatever the tag spelling', () => {
    expect(pickChineseVoice([voice('en-US'), voice('zh-TW'), voice('zh_CN')])?.lang).toBe('zh_CN');
    expect(pickChineseVoice([voice('cmn-Hans-CN'), voice('zh')])?.lang).toBe('cmn-Hans-CN');
    expect(pickChineseVoice([voice('zh-TW'), voice('zh')])?.lang).toBe('zh');
  });
  it('takes Taiwan Mandarin when it is the only one', () => {
    expect(pickChineseVoice([voice('en-GB'), voice('zh-TW')])?.lang).toBe('zh-TW');
  });
  it('finds none without a Mandarin voice on the device', () => {
    expect(pickChineseVoice([])).toBeUndefined();
    expect(pickChineseVoice([voice('en-US'), voice('zh-HK'), voice('yue-HK')])).toBeUndefined();
    expect(pickChineseVoice([voice('zh-CN', false)])).toBeUndefined();
  });
});

describe('which voices count as Mandarin', () => {
  it.each([
    ['zh-CN', true],
    ['ZH-cn', true],
    ['zh-Hans-CN', true],
    ['cmn-Hans-CN', true],
    ['cmn_CN', true],
    ['zh', true],
    ['zh-Hans', true],
    ['cmn', true],
    ['zh-TW', true],
    ['zh-Hant-TW', true],
    ['zh-SG', true],
    ['zh-MY', true],
    ['zh-Hant', true],
    ['zh-HK', false],
    ['zh-Hant-HK', false],
    ['yue-Hant-HK', false],
    ['en-CN', false],
    ['xzh-CN', false],
    ['zh-CNx', false],
    ['zh-Hans-TW-x', false],
  ])('%s: %s', (lang, usable) => {
    expect(pickChineseVoice([voice(lang)])?.lang).toBe(usable ? lang : undefined);
  });

  it('ranks mainland first, then plain Mandarin, then Taiwan, Singapore and Malaysia, whatever the order given', () => {
    const ranked = ['zh-CN', 'zh', 'zh-TW'];
    for (const order of [ranked, [...ranked].reverse(), ['zh', 'zh-TW', 'zh-CN']]) {
      expect(pickChineseVoice(order.map((lang) => voice(lang)))?.lang).toBe('zh-CN');
    }
    expect(pickChineseVoice([voice('zh-Hant'), voice('zh-Hans')])?.lang).toBe('zh-Hans');
    expect(pickChineseVoice([voice('zh-CN', false), voice('zh-TW')])?.lang).toBe('zh-TW');
  });

  it('keeps the first of equally good voices (the browser lists its default first)', () => {
    const first = { ...voice('zh-CN'), name: '默认' };
    expect(pickChineseVoice([first, { ...voice('zh-CN'), name: '其他' }])).toBe(first);
  });
});

describe('speechChunks', () => {
  it('keeps each block apart and short blocks whole', () => {
    expect(speechChunks(['第一章 总则', '  未成年人享有生存权、发展权。\n 国家保障。 ', ''])).toEqual([
      '第一章 总则',
      '未成年人享有生存权、发展权。 国家保障。',
    ]);
  });
  it('cuts long text at sentence ends, then commas, never over the limit, losing nothing', () => {
    const sentence = '监护人应当履行监护职责，'.repeat(5) + '保障未成年人安全。';
    const long = sentence.repeat(3) + '这'.repeat(300);
    const chunks = speechChunks([long], 60);
    expect(chunks.every((c) => c.length <= 60)).toBe(true);
    expect(chunks.join('')).toBe(long);
    expect(chunks[0]!.endsWith('，')).toBe(true);
    expect(speechChunks([long]).every((c) => c.length <= MAX_UTTERANCE)).toBe(true);
  });
});

describe('where an utterance ends', () => {
  it.each(['。', '！', '？', '；', '!', '?', ';'])('after the sentence mark %s', (mark) => {
    expect(speechChunks([`一${mark}二三四五。`], 5)).toEqual([`一${mark}`, '二三四五。']);
  });

  it.each(['，', '、', '：', ',', ':'])('after the clause mark %s, when a sentence is too long', (mark) => {
    expect(speechChunks([`一${mark}二三四五六`], 5)).toEqual([`一${mark}`, '二三四五六']);
  });

  it('keeps a sentence of exactly the limit whole, and joins sentences up to exactly the limit', () => {
    expect(speechChunks(['一二，三四五。'], 7)).toEqual(['一二，三四五。']);
    expect(speechChunks(['一二。三四五。六。'], 7)).toEqual(['一二。三四五。', '六。']);
  });

  it('keeps a sentence that fits whole, rather than cutting it to fill the utterance before', () => {
    expect(speechChunks(['甲。一二，三四五。'], 7)).toEqual(['甲。', '一二，三四五。']);
    expect(speechChunks(['甲。一二，三四五。'], 8)).toEqual(['甲。', '一二，三四五。']);
  });

  it('cuts a clause with no mark in it at the limit', () => {
    expect(speechChunks(['一二三四五六七'], 3)).toEqual(['一二三', '四五六', '七']);
  });

  it('reads line breaks and runs of spaces as one space, and drops the space an utterance would start with', () => {
    expect(speechChunks(['甲乙。\n\n  丙丁。 戊己。'], 4)).toEqual(['甲乙。', '丙丁。', '戊己。']);
    expect(speechChunks(['  \n ', '甲'])).toEqual(['甲']);
  });
});
