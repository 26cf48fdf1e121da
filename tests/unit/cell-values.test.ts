/**
 * Spreadsheet cells as offices type them, read into field values: dates, clock times, numbers, lists
 * and phone numbers, in 全角 or half-width, with the separators and spaces Excel users put in; anything
 * else is null (the import then names the cell). And the encodings a CSV file comes in.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readClock, readDate, readDateTime, readList, readNumber, readPhone } from '../../src/roster/cell-values.ts';
import { decodeText, detectEncoding } from '../../src/roster/decode-text.ts';

describe('cells', () => {
  it('reads a date written with hyphens, slashes, dots or 年月日, 全角 or with spaces', () => {
    for (const text of [
      '2024-11-20',
      '2024/11/20',
      '2024.11.20',
      '2024年11月20日',
      '２０２４年１１月２０日',
      ' 2024 年 11 月 20 日 ',
    ])
      expect(readDate(text), text).toBe('2024-11-20');
    expect(readDate('2024-1-5')).toBe('2024-01-05');
    for (const text of ['下周', '11月20日', '2024-11', '2024-11-20 前', '约2024-11-20'])
      expect(readDate(text), text).toBeNull();
  });

  it('reads a clock time written with a colon, a dot, 点 or 时, with or without minutes', () => {
    for (const [text, clock] of [
      ['9:30', '09:30'],
      ['09：30', '09:30'],
      ['9.30', '09:30'],
      ['9点30分', '09:30'],
      ['9 点 30 分', '09:30'],
      ['14时', '14:00'],
      ['9点', '09:00'],
      ['9', '09:00'],
      ['23:59', '23:59'],
    ] as const)
      expect(readClock(text), text).toBe(clock);
    for (const text of ['24:00', '9:60', '下午', '9:30前', '约9:30', '9:3:0']) expect(readClock(text), text).toBeNull();
  });

  it('reads a date and a time together, and nothing less', () => {
    expect(readDateTime('2026/12/5 9:30')).toBe('2026-12-05 09:30');
    expect(readDateTime('2026年12月5日  9点')).toBe('2026-12-05 09:00');
    for (const text of ['2026-12-05', '9:30', '2026-12-05 上午', '12月5日 9:30', '2026-12-05 9:30 前'])
      expect(readDateTime(text), text).toBeNull();
  });

  it('reads numbers with thousands separators and 全角 digits, and nothing with words in it', () => {
    expect(readNumber('1,234')).toBe(1234);
    expect(readNumber('１２')).toBe(12);
    expect(readNumber(' -3.5 ')).toBe(-3.5);
    for (const text of ['12人', '约12', '1.2.3', '']) expect(readNumber(text), text).toBeNull();
  });

  it('splits a list at 、 , ， ; ； and line breaks, dropping blanks', () => {
    expect(readList('阅览角 、 活动室，作业辅导区;;手工\n')).toEqual(['阅览角', '活动室', '作业辅导区', '手工']);
    expect(readList('')).toEqual([]);
  });

  it('reads a phone number without spaces, with dashes made hyphens and 全角 digits made half-width', () => {
    expect(readPhone(' ０３８６ － ０９９０２０１ ')).toBe('0386-0990201');
    expect(readPhone('0386—0990201')).toBe('0386-0990201');
    expect(readPhone('139 9511 2345')).toBe('13995112345');
  });
});

describe('CSV encodings', () => {
  const text = '街道乡镇,村社区';
  it('takes a byte-order mark at its word: UTF-8, UTF-16 little- or big-endian', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(decodeText(new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true })))).toEqual({
      text,
      encoding: 'utf-16le',
    });
    expect(decodeText(new Uint8Array(iconv.encode(text, 'utf-16be', { addBOM: true })))).toEqual({
      text,
      encoding: 'utf-16be',
    });
  });

  it('reads what follows a UTF-8 mark as UTF-8, even bytes that are not', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0xd5, 0xc6]))).toBe('utf-8');
  });

  it('reads bytes that are not UTF-8 as GB18030, a broken mark included', () => {
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gb18030')))).toEqual({ text, encoding: 'gb18030' });
    for (const bytes of [
      [0xef, 0xbb, 0xd5, 0xc6],
      [0xd5, 0xbb, 0xbf],
      [0xef, 0xd5, 0xbf],
      [0xff, 0xd5, 0xc6],
      [0xfe, 0xd5, 0xc6],
      [0xd5, 0xfe, 0xc6],
      [0xd5, 0xff, 0xc6],
    ])
      expect(detectEncoding(new Uint8Array(bytes)), bytes.join(' ')).toBe('gb18030');
  });
});
