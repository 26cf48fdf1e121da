/**
 * The ids an import gives new rows: lowercase pinyin, digits and single hyphens, without the 村 / 社区
 * every community name ends with; a long place name cut after a whole place word so the id still reads
 * as a place; never longer than 40 characters with room for "-2"; never one that is already taken.
 */
import { describe, expect, it } from 'vitest';
import {
  communityName,
  homeId,
  idFits,
  MAX_ID_LENGTH,
  pinyinSlug,
  placeId,
  placeSlug,
  townId,
  uniqueId,
} from '../../src/import/pinyin-id.ts';

describe('pinyin of a name', () => {
  it('is lowercase letters and digits, with one hyphen where anything else stood, none at either end', () => {
    for (const [name, slug] of [
      ['城关镇', 'chengguanzhen'],
      [' 重庆路 ', 'chongqinglu'],
      ['绿洲', 'lvzhou'],
      ['A区3号楼', 'aqu3haolou'],
      ['东关 2 号', 'dongguan-2-hao'],
      ['中心·小学', 'zhongxin-xiaoxue'],
      ['--东关--', 'dongguan'],
      ['（东关）', 'dongguan'],
      ['东关 · 小学', 'dongguan-xiaoxue'],
    ] as const)
      expect(pinyinSlug(name), name).toBe(slug);
  });

  it('leaves 村, 社区, 村委会, 居委会 and their full forms out of a community’s name, unless that is all of it', () => {
    for (const name of ['东关村', '东关社区', '东关村委会', '东关居委会', '东关村民委员会', '东关居民委员会', '东关'])
      expect(communityName(name), name).toBe('东关');
    expect(communityName('村')).toBe('村');
    expect(communityName('社区')).toBe('社区');
    expect(communityName('村口村')).toBe('村口');
  });

  it('gives a town its name without 镇, 乡 or 街道, and a home its town and community', () => {
    expect(['城关镇', '城南街道', '红星乡', '石嘴山'].map(townId)).toEqual([
      'chengguan',
      'chengnan',
      'hongxing',
      'shizuishan',
    ]);
    expect(homeId('chengguan', '东关村')).toBe('chengguan-dongguan');
    expect(homeId('chengguan', '东关社区居委会')).toBe('chengguan-dongguanshequ');
  });
});

describe('a place’s name in the room there is', () => {
  it('is the whole name when it fits, else cut after the last place word that fits, else after whole characters', () => {
    const name = '中心小学多功能厅';
    expect(placeSlug(name, 40)).toBe('zhongxinxiaoxueduogongnengting');
    expect(placeSlug(name, 30)).toBe('zhongxinxiaoxueduogongnengting');
    expect(placeSlug(name, 29)).toBe('zhongxinxiaoxue');
    expect(placeSlug(name, 15)).toBe('zhongxinxiaoxue');
    expect(placeSlug(name, 14)).toBe('zhongxin'); // …中心 is a place word too
    expect(placeSlug(name, 8)).toBe('zhongxin');
    expect(placeSlug(name, 7)).toBe('zhong');
    expect(placeSlug('小学中心', 12)).toBe('xiaoxue');
    expect(placeSlug(' 中心小学 ', 40)).toBe('zhongxinxiaoxue');
    // A whole name that fits is kept whole, even when it does not end in a place word.
    expect(placeSlug('东关花园路', 40)).toBe('dongguanhuayuanlu');
  });

  it('is empty when not even the first character fits', () => {
    expect(placeSlug('长', 1)).toBe('');
    expect(placeSlug('长', 0)).toBe('');
    expect(placeSlug('', 10)).toBe('');
  });
});

describe('an id from its parts and a place', () => {
  it('joins the parts and the place with hyphens, leaving out empty parts and an empty place', () => {
    expect(placeId(['2027-01-09', 'guanting'], '中心小学多功能厅')).toBe('2027-01-09-guanting-zhongxinxiaoxue');
    expect(placeId(['2027-01-09', ''], '小学')).toBe('2027-01-09-xiaoxue');
    expect(placeId(['2027-01-09', 'heming'], '')).toBe('2027-01-09-heming');
    // 17 letters are left after "2027-01-09-guanting-": the place is cut to fit them, not the id afterwards.
    expect(placeId(['2027-01-09', 'guanting'], '长江大道东段')).toBe('2027-01-09-guanting-changjiangdadao');
  });

  it('is at most 37 characters, leaving room for "-2", and never ends in a hyphen', () => {
    expect(MAX_ID_LENGTH).toBe(40);
    expect([idFits('x'.repeat(37)), idFits('x'.repeat(38))]).toEqual([true, false]);
    const longTown = 'x'.repeat(25) + '-yyyy';
    expect(placeId(['2027-01-09', longTown], '小学')).toBe(`2027-01-09-${'x'.repeat(25)}`);
    const exact = 'x'.repeat(26);
    expect(placeId(['2027-01-09', exact], '')).toBe(`2027-01-09-${exact}`);
    expect(placeId(['2027-01-09', exact], '小学')).toBe(`2027-01-09-${exact}`);
  });

  it('takes -2, -3 … when the id is taken, and marks the one it gives as taken', () => {
    const taken = new Set(['heming-weitang', 'heming-weitang-2']);
    expect(uniqueId('heming-weitang', taken)).toBe('heming-weitang-3');
    expect(uniqueId('heming-songlin', taken)).toBe('heming-songlin');
    expect([...taken]).toEqual(['heming-weitang', 'heming-weitang-2', 'heming-weitang-3', 'heming-songlin']);
    expect(uniqueId('heming-songlin', taken)).toBe('heming-songlin-2');
  });
});
