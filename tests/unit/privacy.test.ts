/**
 * Children's privacy: no content file may carry a resident ID number, and the lecture and news schemas
 * have no place for a child's name or ID (a report counts people; .strict() rejects extra fields).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { checkPrivacy } from '../../src/check/check-privacy.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { lectureSchema } from '../../src/schemas/lecture.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { FIXTURE_SITE } from '../support/site-content.ts';

describe('ID numbers in content', () => {
  it.each([
    ['an ID number with a trailing X', '学生身份证号 11010519491231002X 已登记'],
    ['a lower-case x', '号码：11010519491231002x'],
    ['an ID number among Chinese text', '孩子的证件号是640104201503150017，请核对'],
    ['an ID number in YAML', 'note: "640302200812240025"'],
  ])('flags %s', (_, text) => {
    const problems = checkPrivacy('content/news/x.mdx', text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/身份证号/);
  });

  it('names the line', () => {
    const [problem] = checkPrivacy('content/news/x.mdx', '第一行\n第二行\n名单：11010519491231002X\n');
    expect(problem?.line).toBe(3);
  });

  it.each([
    ['a landline', '电话 0386-6012345'],
    ['a mobile number', '手机 13912345678'],
    ['a hotline', '拨打 12355 或 110'],
    ['a date', '2026-12-01T09:00:00+08:00'],
    ['a compact date', '20261201'],
    ['a long serial that is not 18 characters', '编号 1101051949123100211'],
    ['an ICP number', '澜ICP备2020001234号-1'],
    ['an 18-digit number with an impossible month', '110105194913310021'],
  ])('does not flag %s', (_, text) => {
    expect(checkPrivacy('content/site.yaml', text)).toEqual([]);
  });
});

describe('the content check', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'privacy-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('rejects a lecture report that carries an ID number', async () => {
    cpSync(FIXTURE_SITE, path.join(root, 'content'), { recursive: true });
    const name = readdirSync(path.join(root, 'content/lectures')).sort()[0]!;
    const file = path.join(root, 'content/lectures', name);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n获奖学生：11010519491231002X\n`);
    const { problems } = await checkContent(root, 'content');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^content/lectures/${name}:\\d+ （隐私） — .*身份证号`)),
    ]);
  });
});

describe('schemas have no place for a child', () => {
  const childFields = /child|student|pupil|minor|kid|name|idNumber|idCard|身份证|姓名/i;

  it('lecture reports count people and name only the speaker', () => {
    const fields = Object.keys(lectureSchema.shape);
    expect(fields).toContain('attendance');
    expect(fields.filter((f) => childFields.test(f))).toEqual([]);
  });

  it('news posts have no name or ID field', () => {
    expect(Object.keys(newsSchema.shape).filter((f) => childFields.test(f))).toEqual([]);
  });

  it('an extra field such as childName is rejected, not ignored', () => {
    expect(newsSchema.safeParse({ childName: '张三' }).error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(
      true,
    );
  });
});
