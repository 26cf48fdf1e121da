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
