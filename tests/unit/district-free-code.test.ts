/**
 * The district is data: nothing in src/ or scripts/ names the sample district, its city, province or
 * area code, or one of its towns or villages, so a district that adopts the site changes content/ only.
 * The names are read from the sample generator's own data file, which keeps the sample district, so this
 * test names no district itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface SampleData {
  district: { name: string; city: string; province: string; areaCode: string };
  towns: { id: string; name: string; communities: Record<string, string> }[];
}

const sample = parse(readFileSync('tools/sample-directory/data.yaml', 'utf8')) as SampleData;

/** A name with its administrative suffix dropped, as people also write it (兴庆区 → 兴庆). */
const stem = (name: string) => name.replace(/(回族|壮族|维吾尔)?自治区$|(街道|地区|省|市|区|县|旗|盟|州|镇|乡)$/, '');

/** Each name to look for, with what it is, and the pattern that finds it and nothing longer. */
function names(): { what: string; name: string; pattern: RegExp }[] {
  const { district, towns } = sample;
  const chinese = (what: string, name: string) => ({ what, name, pattern: new RegExp(name) });
  const list = [district.name, district.city, district.province].flatMap((n) => [
    chinese('区县、城市或省份', n),
    chinese('区县、城市或省份的简称', stem(n)),
  ]);
  list.push({ what: '电话区号', name: district.areaCode, pattern: new RegExp(`(?<!\\d)${district.areaCode}(?!\\d)`) });
  for (const town of towns) {
    list.push(chinese('街道乡镇', town.name), chinese('街道乡镇的简称', stem(town.name)));
    list.push({ what: '街道乡镇编号', name: town.id, pattern: new RegExp(`(?<![a-z])${town.id}(?![a-z])`) });
    for (const village of Object.keys(town.communities)) list.push(chinese('村社区', village));
  }
  return list.filter((n) => [...n.name].length >= 2);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => /\.\w+$/.test(f))
    .sort();
}

describe('the code names no district', () => {
  it('reads a sample district with towns and villages to look for', () => {
    expect(sample.towns.length).toBeGreaterThan(0);
    expect(names().length).toBeGreaterThan(sample.towns.length * 2);
  });

  it('has none of its names, area code, towns or villages in src/ or scripts/', () => {
    const hits: string[] = [];
    const wanted = names();
    for (const file of [...files('src'), ...files('scripts')]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, index) => {
          for (const { what, name, pattern } of wanted)
            if (pattern.test(text)) hits.push(`${file}:${index + 1} ${what}“${name}”：${text.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
