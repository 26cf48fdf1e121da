/**
 * What `npm test` and the PDF step do on a machine that lacks Chromium, the CJK font, nginx or poppler:
 * install them from Debian's packages when this user may, or stop with the exact command to run.
 */
import { describe, expect, it } from 'vitest';
import { planMachine, SYSTEM_NEEDS } from '../../src/integrations/prepare-machine.ts';

const need = (pkg: string) => SYSTEM_NEEDS.find((n) => n.debianPackage === pkg)!;

describe('preparing the machine', () => {
  it('does nothing when everything is there', () => {
    expect(planMachine([], 'none', false)).toEqual({ kind: 'ready' });
  });

  it('installs what is missing with apt-get as root, after refreshing the package lists', () => {
    const plan = planMachine([need('chromium'), need('fonts-noto-cjk')], 'root', true);
    expect(plan.kind).toBe('install');
    if (plan.kind !== 'install') return;
    expect(plan.commands).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'],
    ]);
  });

  it('uses sudo without a password prompt when the user may', () => {
    const plan = planMachine([need('nginx')], 'sudo', true);
    expect(plan.kind === 'install' && plan.commands.every((c) => c[0] === 'sudo' && c[1] === '-n')).toBe(true);
  });

  it('stops with the exact command when the user may not install, or there is no apt-get', () => {
    for (const [right, apt] of [
      ['none', true],
      ['root', false],
    ] as const) {
      const plan = planMachine([need('poppler-utils'), need('nginx')], right, apt);
      expect(plan).toMatchObject({
        kind: 'ask',
        command: 'sudo apt-get update && sudo apt-get install -y --no-install-recommends poppler-utils nginx',
      });
    }
  });

  it('asks the build for Chromium and the fonts only; the tests for nginx and poppler too', () => {
    const forBuild = SYSTEM_NEEDS.filter((n) => n.neededFor.includes('build')).map((n) => n.debianPackage);
    const forTest = SYSTEM_NEEDS.filter((n) => n.neededFor.includes('test')).map((n) => n.debianPackage);
    expect(forBuild).toEqual(['chromium', 'fonts-noto-cjk', 'fonts-wqy-zenhei']);
    expect(forTest).toEqual(['chromium', 'fonts-noto-cjk', 'fonts-wqy-zenhei', 'nginx', 'poppler-utils']);
  });

  it('finds what this machine has (prepared by npm test before the unit tests run)', () => {
    expect(SYSTEM_NEEDS.filter((n) => !n.isPresent()).map((n) => n.what)).toEqual([]);
  });
});
