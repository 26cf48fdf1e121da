/**
 * The project carries its own Node (the dev dependency `node`, whose binary npm links into
 * node_modules/.bin), so a machine whose Node is older than Astro needs still runs every script.
 * npm puts node_modules/.bin first on the PATH of every script; these tests check that every command of
 * every npm script, followed through that PATH, ends up in the project's Node.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const projectNode = realpathSync(path.join(root, 'node_modules/.bin/node'));

/** The PATH npm gives a script, read from npm itself (`npm run env` prints a script's environment). */
function scriptPath(): string[] {
  const env = execFileSync('npm', ['run', '--silent', 'env'], { cwd: root, encoding: 'utf8' });
  const line = env.split('\n').find((l) => l.startsWith('PATH='));
  if (!line) throw new Error('npm run env printed no PATH');
  return line.slice('PATH='.length).split(path.delimiter);
}

function which(command: string, dirs: string[]): string | null {
  for (const dir of dirs) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return realpathSync(candidate);
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** The program each command of a script starts: "a && b | c; d" gives a, b, c and d; VAR=x prefixes skipped. */
function programsOf(script: string): string[] {
  return script
    .split(/&&|\|\||[|;]/)
    .map((command) =>
      command
        .trim()
        .split(/\s+/)
        .find((word) => !/^[A-Z_][A-Z0-9_]*=/.test(word)),
    )
    .filter((word): word is string => Boolean(word));
}

/** A program runs under the PATH's node when it is node itself or a script whose first line asks env for node. */
function runsUnderPathNode(program: string): boolean {
  const head = readFileSync(program, 'utf8').slice(0, 100);
  return /^#!\/usr\/bin\/env\s+(-S\s+)?node\b/.test(head);
}

describe('the project carries Node 24', () => {
  it('states Node 24 everywhere: .nvmrc, engines and the carried node package', () => {
    expect(readFileSync(path.join(root, '.nvmrc'), 'utf8').trim()).toBe('24');
    expect(pkg.devDependencies['node']).toMatch(/^\^?24\./);
    const [major, minor] = execFileSync(projectNode, ['-p', 'process.versions.node'], { encoding: 'utf8' })
      .trim()
      .split('.')
      .map(Number);
    expect(major).toBe(24);
    // engines says ">=22.12": the carried Node must satisfy what the project tells people who bring their own.
    expect(pkg.engines.node).toBe('>=22.12');
    expect(major! > 22 || (major === 22 && minor! >= 12)).toBe(true);
  });

  it('puts the project Node first on the PATH npm gives every script', () => {
    const dirs = scriptPath();
    expect(which('node', dirs)).toBe(projectNode);
  });

  it('runs every command of every npm script under the project Node', () => {
    const dirs = scriptPath();
    const offenders: string[] = [];
    for (const [name, script] of Object.entries(pkg.scripts)) {
      for (const program of programsOf(script)) {
        if (program === 'node') continue; // resolved on the same PATH: the project Node (test above)
        if (program === 'npm' || program === 'npx') continue; // npm runs the named script or bin under the same PATH
        const resolved = which(program, dirs);
        if (!resolved || !runsUnderPathNode(resolved)) offenders.push(`${name}: ${program} → ${resolved ?? '找不到'}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('runs this test under the project Node, as npm test runs it', () => {
    expect(realpathSync(process.execPath)).toBe(projectNode);
  });

  it('splits a script into the programs it starts', () => {
    expect(programsOf('node a.ts && astro build && TZ=UTC node b.ts | tee x; vitest run')).toEqual([
      'node',
      'astro',
      'node',
      'tee',
      'vitest',
    ]);
  });
});
