/**
 * Carrying out an import plan, all or nothing, on a copy of the roster fixture: a plan with any problem
 * touches nothing; a result the content check rejects is reported against the real files (as the path
 * is seen from where the import runs) and writes nothing; files the sheet no longer has are removed only
 * with --remove-missing, together with the lectures of towns no longer listed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../src/import/apply-import.ts';
import type { ImportPlan } from '../../src/import/plan-import.ts';
import { rosterContentCopy } from '../support/roster-fixture.ts';

const copy = rosterContentCopy;

const plan = (extra: Partial<ImportPlan>): ImportPlan => ({
  kind: 'homes',
  rows: 1,
  problems: [],
  blockers: [],
  added: [],
  changed: [],
  unchanged: [],
  missing: [],
  alsoRemoved: [],
  removeMissing: false,
  ...extra,
});

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

const SHIQIAO = 'homes/heming-shiqiao.yaml';
const LECTURE = 'lectures/2026-12-05-luting-yugou.md';

describe('applying an import plan', () => {
  it('touches nothing for a plan with a blocker, and runs no check', async () => {
    const content = copy();
    const before = files(content);
    const result = await applyImport(
      plan({
        blockers: ['有问题'],
        added: [{ file: 'homes/x.yaml', label: 'x', text: 'id: x\n' }],
        missing: [{ file: SHIQIAO, label: '' }],
        removeMissing: true,
      }),
      content,
    );
    expect(result).toEqual({ written: false, checkProblems: [], checkedFiles: 0 });
    expect(files(content)).toEqual(before);
  });

  it('leaves no scratch copy behind, whether the check passes or not', async () => {
    const content = copy();
    const scratch = path.join(path.dirname(content), 'tmp');
    mkdirSync(scratch);
    const tmp = process.env['TMPDIR'];
    process.env['TMPDIR'] = scratch;
    try {
      await applyImport(plan({ added: [{ file: 'homes/x.yaml', label: 'x', text: 'id: x\n' }] }), content);
      await applyImport(plan({}), content);
    } finally {
      if (tmp === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = tmp;
    }
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('reports what the content check finds in the result against the real folder, and writes nothing', async () => {
    const content = copy();
    const before = files(content);
    const result = await applyImport(
      plan({ added: [{ file: 'homes/new/x.yaml', label: 'x', text: 'id: x\nname: 某\n' }] }),
      content,
    );
    expect(result.written).toBe(false);
    expect(result.checkedFiles).toBe(7);
    const shown = path.relative(process.cwd(), content);
    expect(result.checkProblems[0]).toBe(
      `${shown}/homes/new/x.yaml:1 town — 缺少必填字段“town”，应当写上：所属街道、乡镇的编号（见 towns.yaml）`,
    );
    expect(result.checkProblems).toHaveLength(7);
    expect(files(content)).toEqual(before);
  });

  it('keeps what the sheet no longer has unless asked, and with --remove-missing removes it and the lectures listed with it', async () => {
    const content = copy();
    const changedText = readFileSync(path.join(content, SHIQIAO), 'utf8').replace('0386-0200001', '0386-0200011');
    const kept = await applyImport(
      plan({ changed: [{ file: SHIQIAO, label: '', text: changedText }], missing: [{ file: LECTURE, label: '' }] }),
      content,
    );
    expect(kept).toEqual({ written: true, checkProblems: [], checkedFiles: 6 });
    expect(readFileSync(path.join(content, SHIQIAO), 'utf8')).toContain('phone: 0386-0200011');
    expect(existsSync(path.join(content, LECTURE))).toBe(true);

    const removed = await applyImport(
      plan({ removeMissing: true, alsoRemoved: [{ file: LECTURE, label: '' }] }),
      content,
    );
    expect(removed.written).toBe(true);
    expect(existsSync(path.join(content, LECTURE))).toBe(false);
    expect(files(content)).toContain(SHIQIAO);
  });
});
