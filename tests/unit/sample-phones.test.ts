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
import {
  bodyPlaceholderPhones,
  isPlaceholderPhone,
  placeholderPhonePaths,
  switchedOffMessage,
} from '../../src/check/sample-phones.ts';
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

describe('what counts as a placeholder phone', () => {
  it.each(['0386-0000001', '0386-01234567', '038-0123456', '038-01234567'])('%s: a 0 right after the area code', (n) =>
    expect(isPlaceholderPhone(n)).toBe(true),
  );

  it.each([
    '0386-6012345',
    '0386-012345',
    '0386-012345678',
    '386-0123456',
    '0386-0123456 转 8',
    'x0386-0123456',
    '12355',
  ])('%s: not one', (n) => expect(isPlaceholderPhone(n)).toBe(false));

  it('finds every placeholder among the values of a data file, by its field path, spaces around it allowed', () => {
    expect(
      placeholderPhonePaths({
        phone: ' 0386-0000001 ',
        count: 3,
        empty: null,
        director: { name: '某某', phone: '0386-6012345' },
        hotlines: [{ number: '12355' }, { number: '0386-0000002' }],
        phones: ['0386-0000003'],
      }),
    ).toEqual([['phone'], ['hotlines', 1, 'number'], ['phones', 0]]);
  });
});

describe('what the check says about a placeholder phone', () => {
  it('says which switch is off and what to do, for the organizer and for the directory', () => {
    expect(switchedOffMessage('0386-0000001', 'sampleIdentity')).toBe(
      '“0386-0000001”是示例号码（区号后面是 0，不是任何人的电话），可是 site.yaml 里 sampleIdentity 是 false，网页和打印的宣传单上都不会标“示例”。应当换成主办单位真实的电话；还没有真实电话时，把 sampleIdentity 改回 true',
    );
    expect(switchedOffMessage('0386-0000002', 'sampleDirectory')).toBe(
      '“0386-0000002”是示例号码（区号后面是 0，不是任何人的电话），可是 site.yaml 里 sampleDirectory 是 false，名录和讲座页面不会标“示例”。应当换成核实过的真实电话；名录还是示例时，把 sampleDirectory 改回 true',
    );
  });

  it('names every placeholder typed into a body, at its line, unless that line says 示例', () => {
    const body = [
      '电话 0386-0000001 或 0386-0000002。',
      '示例：0386-0000003',
      '',
      '真实的 0386-6012345。',
      '（0386-0000004）',
    ];
    expect(bodyPlaceholderPhones('content/pages/help/x.mdx', body.join('\n'), 7).map(formatProblem)).toEqual(
      ['0386-0000001', '0386-0000002', '0386-0000004'].map(
        (n, i) =>
          `content/pages/help/x.mdx:${i < 2 ? 7 : 11} （正文） — 正文里的“${n}”是示例号码（区号后面是 0，不是任何人的电话），印出来没有“示例”字样。应当写真实的号码；要写主办单位的电话时用 <ServiceCard phone="district" />（还是示例时会自动标“示例”）`,
      ),
    );
  });
});
