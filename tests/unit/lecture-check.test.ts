/**
 * Broken lecture files fail the content check (the first step of the build), each reported with its
 * file, line and field and what to write instead — all of them in one run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { contentWith } from '../support/content-overlay.ts';

const scratch = contentWith();
const lectures = path.join(scratch.contentDir, 'lectures');
/** A held lecture of the fixture site, 2023-09-16 09:30–11:00 at qingfeng-qingfeng. */
const HELD = '2023-09-16-qingfeng-qingfeng';

/** A copy of a held lecture under a new id, with one change made to its text. */
function broken(id: string, change: (text: string) => string): void {
  const text = readFileSync(path.join(lectures, `${HELD}.md`), 'utf8').replace(`id: ${HELD}`, `id: ${id}`);
  const changed = change(text);
  if (changed === text) throw new Error(`the change for ${id} did not apply`);
  writeFileSync(path.join(lectures, `${id}.md`), changed);
}

let messages: string[] = [];
const reported = (id: string) => messages.filter((m) => m.startsWith(`content/lectures/${id}.md:`));

beforeAll(async () => {
  broken('bad-end-before-start', (t) => t.replace('end: 2023-09-16 11:00', 'end: 2023-09-16 09:00'));
  broken('bad-impossible-date', (t) => t.replace('start: 2023-09-16 09:30', 'start: 2023-02-30 09:30'));
  broken('bad-venue', (t) => t.replace('home: qingfeng-qingfeng', 'home: qingfeng-qingfen'));
  broken('bad-held-without-attendance', (t) => t.replace(/^attendance: .*\n/m, ''));
  broken('bad-topic', (t) => t.replace('topic: 网络保护', 'topic: 网上保护'));
  messages = (await checkContent(scratch.root, 'content')).problems.map(formatProblem);
});
afterAll(() => scratch.remove());

describe('the content check on broken lectures', () => {
  it('reports every broken file in one run and nothing else', () => {
    const files = new Set(messages.map((m) => m.split(':')[0]));
    expect([...files].sort()).toEqual([
      'content/lectures/bad-end-before-start.md',
      'content/lectures/bad-held-without-attendance.md',
      'content/lectures/bad-impossible-date.md',
      'content/lectures/bad-topic.md',
      'content/lectures/bad-venue.md',
    ]);
  });

  it('names end when it is before start', () => {
    expect(reported('bad-end-before-start')).toEqual([
      'content/lectures/bad-end-before-start.md:7 end — 结束时间（2023-09-16 09:00）早于或等于开始时间（2023-09-16 09:30），应当晚于开始时间',
    ]);
  });

  it('names start when its date does not exist', () => {
    expect(reported('bad-impossible-date')).toEqual([
      'content/lectures/bad-impossible-date.md:6 start — 开始时间不是真实存在的时间，应当写成“2026-12-05 09:30”（北京时间，24小时制）',
    ]);
  });

  it("names venue.home when it is not a children's home, and suggests the nearest id", () => {
    expect(reported('bad-venue')).toEqual([
      expect.stringMatching(
        /^content\/lectures\/bad-venue\.md:9 venue\.home — 没有编号为“qingfeng-qingfen”的儿童之家，应当写 content\/homes\/ 里已有的编号；您是不是想写“qingfeng-qingfeng”？$/,
      ),
    ]);
  });

  it('names attendance when a held lecture has none', () => {
    expect(reported('bad-held-without-attendance')).toEqual([
      expect.stringMatching(
        /^content\/lectures\/bad-held-without-attendance\.md:\d+ attendance — 状态是“已举办”时必须写参加人数，例如 attendance: 60$/,
      ),
    ]);
  });

  it('names topic when it is not one of the protections', () => {
    expect(reported('bad-topic')).toEqual([
      expect.stringMatching(
        /^content\/lectures\/bad-topic\.md:5 topic — .*主题应当是 家庭保护、学校保护、社会保护、网络保护、政府保护、司法保护、监护职责 之一/,
      ),
    ]);
  });
});
