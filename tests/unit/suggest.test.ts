/**
 * Did-you-mean: the known word closest to a misspelt id or field name, offered only when it is close
 * (at most a third of the word wrong, at least one edit allowed); a swap of two neighbours is one edit.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/check/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('daxin', 'daxin')).toBe(0);
    expect(editDistance('daxin', 'daxing')).toBe(1);
    expect(editDistance('daxing', 'daxin')).toBe(1);
    expect(editDistance('daxin', 'daxun')).toBe(1);
    expect(editDistance('ogr', 'org')).toBe(1);
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abcd', 'badc')).toBe(2);
  });
});

describe('suggest', () => {
  const towns = ['daxin', 'zhangzheng', 'yueyahu', 'funingjie'];

  it('offers the closest known word, ignoring case', () => {
    expect(suggest('daxim', towns)).toBe('daxin');
    expect(suggest('ZhangZheng', towns)).toBe('zhangzheng');
    expect(suggest('yueyhau', towns)).toBe('yueyahu');
  });

  it('offers nothing when the word is too far from every known word: a third of its letters, at least one', () => {
    // Six letters allow two edits; three letters one; two letters still one.
    expect(suggest('daxing', ['daxin'])).toBe('daxin');
    expect(suggest('dxxing', ['daxin'])).toBe('daxin');
    expect(suggest('dxxinng', ['daxin'])).toBeUndefined();
    expect(suggest('abc', ['abd'])).toBe('abd');
    expect(suggest('abc', ['axy'])).toBeUndefined();
    expect(suggest('ab', ['ax'])).toBe('ax');
    expect(suggest('nothing', towns)).toBeUndefined();
    expect(suggest('daxin', [])).toBeUndefined();
  });

  it('prefers the nearer of two candidates, and the first of two equally near', () => {
    expect(suggest('daxiin', ['daxin', 'daxiing'])).toBe('daxin');
    expect(suggest('abcd', ['abce', 'abcf'])).toBe('abce');
  });
});
