/**
 * content/site.yaml read by the command-line tools, without Astro: the import (the district's outline and
 * the template's examples), `npm run new` and the launch check (the area code of phone examples), `npm
 * run adopt`. The content check reports whatever is wrong with the file; these readers only say whether
 * there is something to use.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml } from '../lib/yaml.ts';
import { districtSchema } from '../schemas/district.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { KINDS } from './kinds.ts';

/** Where site.yaml is under a content root. */
export const siteFilePath = (contentDir: string): string => path.join(contentDir, KINDS.site.path);

async function readSiteValue(contentDir: string): Promise<unknown> {
  const text = await readFile(siteFilePath(contentDir), 'utf8').catch(() => '');
  return parseYaml(text).value;
}

/** The whole file when it passes its schema, else null. */
export async function readSite(contentDir: string): Promise<Site | null> {
  return siteSchema.safeParse(await readSiteValue(contentDir)).data ?? null;
}

/** The district's area code when site.yaml has a valid one, even while another field of the file is wrong. */
export async function readAreaCode(contentDir: string): Promise<string | undefined> {
  const value = (await readSiteValue(contentDir)) as { district?: { areaCode?: unknown } } | null;
  return districtSchema.shape.areaCode.safeParse(value?.district?.areaCode).data;
}
