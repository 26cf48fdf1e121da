/**
 * A placeholder phone (0 right after the area code, as the fixture site's sample data writes them) is
 * marked 示例 by the site only while site.yaml's switch says it is a sample. Turn the switch off with
 * the placeholder still there and the content check stops the build, naming the file and field: the
 * organizer's phone under sampleIdentity, the directory's phones under sampleDirectory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { contentWith, type Scratch } from '../support/content-overlay.ts';

let scratch: Scratch | undefined;
afterEach(() => scratch?.remove());

/** The content check's messages for the fixture site with site.yaml's switches set as given. */
async function messagesWith(switches: { sampleIdentity: boolean; sampleDirectory: boolean }): Promise<string[]> {
  scratch = contentWith();
  const file = path.join(scratch.contentDir, 'site.yaml');
  let text = readFileSync(file, 'utf8');
  for (const [key, value] of Object.entries(switches))
    text = text.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${String(value)}`);
  writeFileSync(file, text);
  return (await checkContent(scratch.root, 'content')).problems.map(formatProblem);
}

describe('placeholder phones and the sample switches', () => {
  it('passes while both switches say the data is a sample', async () => {
    expect(await messagesWith({ sampleIdentity: true, sampleDirectory: true })).toEqual([]);
  });

  it('refuses the organizer’s placeholder phone once sampleIdentity is false', async () => {
    const messages = await messagesWith({ sampleIdentity: false, sampleDirectory: true });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/site\.yaml:\d+ phone — “0\d{2,3}-0\d+”是示例号码.*sampleIdentity 是 false/);
  });

  it('refuses every placeholder phone of the directory once sampleDirectory is false', async () => {
    const messages = await messagesWith({ sampleIdentity: true, sampleDirectory: false });
    const homes = messages.filter((m) => m.startsWith('content/homes/'));
    expect(homes.length).toBeGreaterThan(0);
    for (const m of homes) expect(m).toMatch(/ director\.phone — “0\d{2,3}-0\d+”是示例号码.*sampleDirectory 是 false/);
    expect(messages.some((m) => m.startsWith('content/towns.yaml:'))).toBe(true);
  });
});
