/** The script in every page's <head> puts back the care mode (关怀版) a reader chose, before the first paint. */
import { describe, expect, it } from 'vitest';
import { CARE_RESTORE_SCRIPT } from '../../src/lib/care-mode.ts';

/** Runs the inline script against a page and a device storage of our own. */
function restore(stored: Record<string, string>, throwing = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (throwing) throw new Error('storage blocked');
      return stored[key] ?? null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  new Function('localStorage', 'document', CARE_RESTORE_SCRIPT)(localStorage, document);
  return attributes;
}

describe('care mode restored before the first paint', () => {
  it('turns on when the device remembers "care-mode" as 1', () => {
    expect(restore({ 'care-mode': '1' })).toEqual({ 'data-care': '' });
  });

  it('stays off otherwise, and when storage is blocked', () => {
    expect(restore({})).toEqual({});
    expect(restore({ 'care-mode': '0' })).toEqual({});
    expect(restore({ 'care-mode': '1' }, true)).toEqual({});
  });
});
