import { describe, expect, it } from 'vitest';
import { linkTargets } from '../../src/lib/link-targets.ts';

const a = () => ({
  type: 'element',
  tagName: 'a',
  properties: { href: '/x/' },
  children: [{ type: 'text', value: '十项监护职责' }],
});
const text = (value: string) => ({ type: 'text', value });

/** Runs the visitor on `link` inside `parent` and returns the class it set, if any. */
function classOf(link: ReturnType<typeof a>, parent: object): unknown {
  let set: unknown;
  linkTargets.element.visit(link, {
    parent: () => parent as never,
    setProperty: (_node, key, value) => key === 'className' && (set = value),
  });
  return set;
}

describe('linkTargets', () => {
  it('marks a link that is a whole list item or paragraph', () => {
    const link = a();
    expect(classOf(link, { type: 'element', tagName: 'li', children: [text('\n'), link, text(' ')] })).toEqual([
      'link-target',
    ]);
    expect(classOf(link, { type: 'element', tagName: 'p', children: [link] })).toEqual(['link-target']);
  });
  it('leaves links inside a sentence, a table cell or a heading alone', () => {
    const link = a();
    expect(
      classOf(link, { type: 'element', tagName: 'li', children: [text('详见'), link, text('。')] }),
    ).toBeUndefined();
    expect(classOf(link, { type: 'element', tagName: 'td', children: [link] })).toBeUndefined();
  });
});
