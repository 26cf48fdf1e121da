/** Line numbers point at the field itself: in list entries of towns.yaml, nested fields, and MDX frontmatter. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { contentWith, type Scratch } from '../support/content-overlay.ts';
import { FIXTURE_SITE } from '../support/site-content.ts';

let scratch: Scratch | undefined;
afterEach(() => scratch?.remove());

/** Edits one file of a scratch copy of the fixture site and returns the check's messages. */
async function checkEdited(file: string, edit: (text: string) => string): Promise<string[]> {
  scratch = contentWith();
  const target = path.join(scratch.contentDir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return (await checkContent(scratch.root, 'content')).problems.map(formatProblem);
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('line numbers', () => {
  it('names the line of a nested field in the third entry of towns.yaml', async () => {
    const text = readFileSync(path.join(FIXTURE_SITE, 'towns.yaml'), 'utf8');
    // The third entry's supervisor's phone.
    const third = [...text.matchAll(/^ {2}supervisor:\n(?: {4}.*\n)*? {4}(phone: .*)$/gm)][2]!;
    const at = third.index + third[0].length - third[1]!.length;
    const edited = text.slice(0, at) + 'phone: 951-0000' + text.slice(third.index + third[0].length);
    const messages = await checkEdited('towns.yaml', () => edited);
    expect(messages).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/towns\\.yaml:${lineOf(edited, '    phone: 951-0000')} \\[3\\]\\.supervisor\\.phone — 办公电话格式不对，应当写成“0\\d{2,3}-1234567”（区号-号码）、11位手机号，或 12345 这样的热线号码$`,
        ),
      ),
    ]);
  });

  it('names the line of a nested field in MDX frontmatter, counting the opening ---', async () => {
    const file = 'lectures/2026-12-13-sangtian-liuwan.md';
    const messages = await checkEdited(file, (t) => t.replace(/^ {2}org: .*$/m, '  ogr: 澄岭区司法局'));
    const text = readFileSync(path.join(scratch!.contentDir, file), 'utf8');
    expect(messages).toEqual([
      `content/${file}:${lineOf(text, '  ogr:')} speaker.ogr — 未知字段“ogr”，应当改成“org”（您是不是想写“org”？）`,
    ]);
  });

  it('says in Chinese what Zod would have said in English', async () => {
    const messages = await checkEdited('towns.yaml', (t) =>
      t
        .replace(/^ {2}station:\n {4}name: .*\n {4}address: .*(\n {4}phone: .*)?$/m, '  station: 5')
        .replace(/^ {2}type: 街道$/m, '  type: 街到'),
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^content\/towns\.yaml:\d+ \[1\]\.type — 类型应当是 街道、镇、乡 之一；您是不是想写“街道”？$/,
      ),
      expect.stringMatching(
        /^content\/towns\.yaml:\d+ \[1\]\.station — 这里写的是“5”，应当写一组“字段: 值”（未成年人保护工作站（《未成年人保护法》第八十一条），没有可不写）$/,
      ),
    ]);
  });
});
