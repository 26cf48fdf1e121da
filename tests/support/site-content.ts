/**
 * The content the tests read: the fixture site (tests/fixtures/site/), a small content root of made-up
 * towns, homes and lectures in every shape the tests need, and the content a built site under test was
 * made from (CONTENT_DIR, as the build read it). Tests name fixture data or work their expectations out
 * from these files; none reads the sample content in content/, which a district replaces with its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const FIXTURE_SITE = path.resolve('tests/fixtures/site');

/** The content folder of the build under test: npm test builds the sub-path site from the fixture site. */
export const SITE_CONTENT = process.env['CONTENT_DIR']?.trim() || 'content';

/** A Markdown or MDX file's frontmatter. */
export const frontmatter = (file: string): Record<string, any> =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') ?? {};

/** The published files of one folder (no drafts, no "_" files), with their data. */
export function published(
  folder: string,
  pattern: RegExp,
  root = SITE_CONTENT,
): { file: string; data: Record<string, any> }[] {
  return readdirSync(path.join(root, folder))
    .filter((f) => pattern.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const file = path.join(root, folder, f);
      return {
        file: f,
        data: f.endsWith('.yaml') ? (parse(readFileSync(file, 'utf8')) as Record<string, any>) : frontmatter(file),
      };
    })
    .filter(({ data }) => !data['draft']);
}

export interface HomeData {
  id: string;
  name: string;
  town: string;
  community: string;
  location?: { lng: number; lat: number };
  director: { name: string; phone: string };
}

export const homes = (root = SITE_CONTENT): HomeData[] =>
  published('homes', /\.yaml$/, root).map(({ data }) => data as HomeData);

export interface TownData {
  id: string;
  name: string;
  supervisor: { role: string; name: string; phone: string };
  station?: { name: string; address: string; phone?: string };
}

export const towns = (root = SITE_CONTENT): TownData[] =>
  parse(readFileSync(path.join(root, 'towns.yaml'), 'utf8')) as TownData[];

export interface SiteData {
  name: string;
  organizer: string;
  address: string;
  phone: string;
  officeHours: string;
  icp: string;
  psb: string;
  govSiteCode: string;
  correctionUrl: string;
  hotlines: { number: string; name: string }[];
  district: { name: string; city: string; province: string; areaCode: string };
}

/** The site's identity (site.yaml): its name, footer fields and district. */
export const siteIdentity = (root = SITE_CONTENT): SiteData =>
  parse(readFileSync(path.join(root, 'site.yaml'), 'utf8')) as SiteData;
