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

describe('linkTargets, around the edges', () => {
  it('keeps the classes a link already has', () => {
    const link = { ...a(), properties: { href: '/x/', className: ['external'] } };
    expect(classOf(link, { type: 'element', tagName: 'p', children: [link] })).toEqual(['external', 'link-target']);
    const named = { ...a(), properties: { href: '/x/', className: 'odd' } };
    expect(classOf(named, { type: 'element', tagName: 'p', children: [named] })).toEqual(['link-target']);
  });

  it('marks a link without properties of its own', () => {
    const bare = { type: 'element', tagName: 'a', children: [text('看这里')] };
    expect(classOf(bare as never, { type: 'element', tagName: 'p', children: [bare] })).toEqual(['link-target']);
  });

  it('leaves a link alone at the top of a page, next to another link, or without a parent', () => {
    const link = a();
    expect(classOf(link, { type: 'root', tagName: 'p', children: [link] })).toBeUndefined();
    expect(classOf(link, { type: 'element', tagName: 'li', children: [link, a()] })).toBeUndefined();
    expect(classOf(link, { type: 'element', tagName: 'p', children: [link, { type: 'text' }] })).toEqual([
      'link-target',
    ]);
    expect(classOf(link, { type: 'element', tagName: 'p' })).toBeUndefined();
    expect(classOf(link, undefined as never)).toBeUndefined();
  });
});
