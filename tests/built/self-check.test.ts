/**
 * The policy self-check (政策自查) on the built site: every path of answers from its first page, walked
 * link by link. A child's own serious illness (重病) does not make a 困境儿童 (国发〔2016〕36号 names the
 * child's own disability, and illness only through the family's poverty), so the answers "重病, not
 * disabled" and then "not a low-income family" must never end at a page that says the child may be one.
 * A child is 事实无人抚养 when the parents are in any of the situations of 民发〔2019〕62号 or of the two
 * 民发〔2020〕125号 added; a step that leads straight to that verdict names all of them, so a family in
 * one of the added two is not sent on as if a parent could care for the child.
 */
import { describe, expect, it } from 'vitest';
import { BASE, decodeEntities, htmlPages } from '../support/built-site.ts';

const pages = new Map(htmlPages().map((page) => [page.url, page.html]));
const START = `${BASE}policy/check-start/`;
const STEP = new RegExp(`^${BASE}policy/check-[a-z-]+/$`);

/** Each situation that makes a child 事实无人抚养 (民发〔2019〕62号, widened by 民发〔2020〕125号), as a step names it. */
const DE_FACTO_SITUATIONS = [
  /重度残疾|重残/,
  /重病/,
  /服刑/,
  /强制隔离戒毒/,
  /限制人身自由/,
  /失联/,
  /撤销(了)?监护资格/,
  /遣送（驱逐）出境/,
];

/** The page's own content: the article that Pagefind indexes, without header and footer. */
const main = (html: string) => /<article\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, '');
/** The question a step asks (its h2) and its answers: list items that link to another step. */
function step(url: string) {
  const body = main(pages.get(url) ?? '');
  const question = text(/<h2\b[^>]*>([\s\S]*?)<\/h2>/.exec(body)?.[1] ?? '');
  const answers = [...body.matchAll(/<li>\s*<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>\s*<\/li>/g)]
    .map((m) => ({ to: m[1]!, label: text(m[2]!) }))
    .filter((a) => STEP.test(a.to) && a.to !== START);
  // A result page states its verdicts in bold: "根据您的回答，孩子<strong>可能属于……</strong>".
  const verdict = [...body.matchAll(/<strong>([\s\S]*?)<\/strong>/g)].map((m) => text(m[1] ?? '')).join('|');
  return { question, answers, verdict };
}

interface Choice {
  question: string;
  label: string;
}
/** Every path from the first step to a page with no further answers, with the choices made on the way. */
function walk(url: string, path: Choice[], seen: Set<string>, found: { choices: Choice[]; end: string }[]) {
  const { question, answers } = step(url);
  if (answers.length === 0) {
    found.push({ choices: path, end: url });
    return found;
  }
  for (const answer of answers) {
    if (seen.has(answer.to)) continue;
    walk(answer.to, [...path, { question, label: answer.label }], new Set([...seen, answer.to]), found);
  }
  return found;
}

describe('policy self-check', () => {
  const paths = walk(START, [], new Set([START]), []);

  it('leads from its first page through several steps to results', () => {
    expect(pages.has(START)).toBe(true);
    expect(paths.length).toBeGreaterThan(5);
    for (const { end } of paths) expect(pages.has(end), end).toBe(true);
  });

  it('names every situation of a 事实无人抚养儿童 at the step whose answer leads to that verdict', () => {
    const deFactoResults = new Set(
      paths.map(({ end }) => end).filter((end) => step(end).verdict.includes('事实无人抚养')),
    );
    const asking = [...pages.keys()].filter(
      (url) => STEP.test(url) && step(url).answers.some((a) => deFactoResults.has(a.to)),
    );
    expect(deFactoResults.size).toBeGreaterThan(0);
    expect(asking.length).toBeGreaterThan(0);
    for (const url of asking) {
      const body = text(main(pages.get(url) ?? ''));
      for (const situation of DE_FACTO_SITUATIONS) expect(body, `${url} ${situation}`).toMatch(situation);
    }
  });

  it('never calls a child 困境儿童 for serious illness alone, in a family that is not low-income', () => {
    const illnessNotPoor = paths.filter(({ choices }) => {
      // An answer a parent of a seriously ill child would pick ("孩子有重病……"), whatever else it names.
      const ill = choices.findIndex((c) => c.label.includes('重病') && !c.label.includes('没有重病'));
      return ill >= 0 && choices.slice(ill + 1).some((c) => c.question.includes('低保') && c.label.startsWith('不是'));
    });
    // The path exists: a self-check that lost it would pass this test without checking anything.
    expect(illnessNotPoor.length).toBeGreaterThan(0);
    for (const { choices, end } of illnessNotPoor) {
      const { verdict } = step(end);
      expect(verdict, `${choices.map((c) => c.label).join(' → ')} → ${end}`).not.toBe('');
      expect(verdict, `${choices.map((c) => c.label).join(' → ')} → ${end}`).not.toMatch(/(?<!不)属于困境儿童/);
    }
  });
});
