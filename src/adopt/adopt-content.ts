/**
 * `npm run adopt -- PROFILE.yaml`: a content folder turned into another district's starting point, all or
 * nothing. On a copy next to it: site.yaml from the profile (sample switches off), towns.yaml from its
 * towns; no homes, lectures or news; stats.yaml without the previous district's figures; the pages and
 * handouts marked `local: true` (the previous district's own) removed and the rest kept; a plain 关于本站
 * page written from the profile. Links in kept pages to removed ones go to their section's front page;
 * a kept page's publisher naming the previous district names the new one. The content check runs over
 * the copy, and only when it passes does the copy take the folder's place.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isMap, isSeq, stringify } from 'yaml';
import { checkContent } from '../check/check-content.ts';
import { formatProblem, type ContentProblem } from '../check/cross-check.ts';
import { hasKindExtension, idFromFile, KINDS, type ContentKind } from '../content/kinds.ts';
import { parseYaml, splitFrontmatter } from '../lib/yaml.ts';
import { siteSchema } from '../schemas/site.ts';
import { ABOUT_PAGE, aboutPage } from './about-page.ts';
import { readProfile, type DistrictStart } from './profile.ts';

export interface AdoptResult {
  /** Problems with the profile or with the result; nothing was changed when there are any. */
  problems: string[];
  /** Files written from the profile, relative to the content folder, with what they hold. */
  written: string[];
  /** What was kept, kind by kind. */
  kept: string[];
  /** What was removed, kind by kind, and the previous district's own pages by file. */
  removed: string[];
  /** Links and publishers changed in kept pages. */
  changed: string[];
  /** Kept pages that still name the previous district: for the office to read. */
  toRead: string[];
}

interface Previous {
  names: string[];
  organizer: string | undefined;
  district: string | undefined;
  hotlines: unknown;
}

/** Files of a folder kind under a content root, relative to its folder ("about/programme.mdx"). */
function kindFiles(root: string, kind: ContentKind): string[] {
  try {
    return readdirSync(path.join(root, kind.path), { recursive: true, encoding: 'utf8' })
      .filter((name) => hasKindExtension(kind, name))
      .sort();
  } catch {
    return [];
  }
}

/** A name with its administrative suffix dropped, as prose also writes it (某某区 → 某某). */
const stem = (name: string) => name.replace(/(回族|壮族|维吾尔)?自治区$|(地区|省|市|区|县|旗|盟|州)$/, '');

/** What the previous site.yaml says about its district: its names to look for, its organizer, its hotlines. */
function previousDistrict(root: string): Previous {
  const text = (() => {
    try {
      return readFileSync(path.join(root, KINDS.site.path), 'utf8');
    } catch {
      return '';
    }
  })();
  const site = (parseYaml(text).value ?? {}) as {
    organizer?: unknown;
    hotlines?: unknown;
    district?: { name?: unknown; city?: unknown };
  };
  const named = [site.district?.name, site.district?.city].filter((n): n is string => typeof n === 'string');
  return {
    names: [...new Set(named.flatMap((n) => [n, stem(n)]).filter((n) => [...n].length >= 2))],
    organizer: typeof site.organizer === 'string' ? site.organizer : undefined,
    district: typeof site.district?.name === 'string' ? site.district.name : undefined,
    hotlines: site.hotlines,
  };
}

/** site.yaml's text: a head comment, then the fields, the outline's points one to a line. */
function siteText(site: DistrictStart['site']): string {
  const doc = new Document(site);
  const outline = isMap(doc.contents) ? doc.getIn(['district', 'outline']) : undefined;
  if (isSeq(outline)) for (const point of outline.items) if (isMap(point)) point.flow = true;
  return [
    '# 网站身份信息与页脚，由 npm run adopt 按本区资料写成，以后直接改这个文件。每个字段的说明见 content/README.md。',
    doc.toString({ lineWidth: 0 }),
  ].join('\n');
}

/** The address of an entry of a removed file, and the front page its links go to instead. */
function removedAddresses(kind: ContentKind, file: string, id: string): string[] {
  if (kind === KINDS.pages) return [`/${idFromFile(kind, file)}/`];
  if (kind === KINDS.handouts) return [`/handouts/${id}/`, `/handouts/${id}.pdf`];
  return [`/${kind.path}/${id}/`, `/${kind.path}/${id}.ics`];
}

/** Where a link to a removed page goes instead: the front page of its section. */
function frontPageOf(address: string): string {
  const section = address.split('/')[1] ?? '';
  return section === 'towns' ? '/homes/' : `/${section}/`;
}

/** Rewrites links (Markdown and href="…") whose address was removed; returns the new text and what changed. */
function relink(text: string, removed: Set<string>): { text: string; changes: string[] } {
  const changes: string[] = [];
  const gone = (address: string) =>
    removed.has(address) || [...removed].some((r) => r.endsWith('/') && address.startsWith(r));
  const replace = (whole: string, before: string, address: string, after: string) => {
    if (!gone(address)) return whole;
    const to = frontPageOf(address);
    changes.push(`${address} → ${to}`);
    return `${before}${to}${after}`;
  };
  const out = text
    .replace(/(\]\()(\/[^)\s#]*)((?:#[^)\s]*)?\))/g, (w, b: string, a: string, c: string) =>
      replace(w, b, a, c.replace(/^#[^)\s]*/, '')),
    )
    .replace(/(href=")(\/[^"#]*)((?:#[^"]*)?")/g, (w, b: string, a: string, c: string) =>
      replace(w, b, a, c.replace(/^#[^"]*/, '')),
    );
  return { text: out, changes };
}

/** A kept page's publisher that names the previous district, named for the new one. */
function republish(text: string, previous: Previous, start: DistrictStart): { text: string; from?: string } {
  const parts = splitFrontmatter(text);
  const publisher = (parseYaml(parts?.yaml ?? '').value as { publisher?: unknown } | null)?.publisher;
  if (typeof publisher !== 'string') return { text };
  const renamed =
    publisher === previous.organizer
      ? start.site.organizer
      : previous.district && publisher.includes(previous.district)
        ? publisher.replaceAll(previous.district, start.site.district.name)
        : publisher;
  if (renamed === publisher) return { text };
  const line = stringify({ publisher: renamed }, { lineWidth: 0 }).trimEnd();
  return { text: text.replace(/^publisher:.*$/m, line), from: `${publisher} → ${renamed}` };
}

/** Turns the staged copy into the new district's starting point, and says what it did. */
function transform(stage: string, start: DistrictStart, previous: Previous, result: AdoptResult): void {
  // The previous towns' own pages go with them.
  const removedAddressSet = new Set<string>();
  for (const town of previousTowns(stage)) {
    removedAddressSet.add(`/towns/${town}/`);
    removedAddressSet.add(`/lectures/town/${town}/`);
  }
  writeFileSync(path.join(stage, KINDS.site.path), siteText(start.site));
  const townsHead = '# 本区的街道、乡镇，每个一位儿童督导员。由 npm run adopt 按本区资料写成，以后直接改这个文件。\n';
  writeFileSync(path.join(stage, KINDS.towns.path), townsHead + stringify(start.towns, { lineWidth: 0 }));
  result.written.push(
    `${KINDS.site.path}（网站身份、本区的名称和轮廓，示例标记已关闭）`,
    `${KINDS.towns.path}（${start.towns.length} 个街道、乡镇）`,
  );

  // The previous district's figures: its own reports, which no other district can show. The file's head
  // comment (how to add one) stays.
  const statsFile = path.join(stage, KINDS.stats.path);
  const statsText = (() => {
    try {
      return readFileSync(statsFile, 'utf8');
    } catch {
      return '';
    }
  })();
  const figures = parseYaml(statsText).value;
  const lines = statsText.split('\n');
  const firstEntry = lines.findIndex((line) => !line.startsWith('#'));
  const head = lines.slice(0, firstEntry === -1 ? lines.length : firstEntry).filter((line) => line.startsWith('#'));
  writeFileSync(statsFile, `${[...head, '[]'].join('\n')}\n`);
  if (Array.isArray(figures) && figures.length > 0) result.removed.push(`统计数字 ${figures.length} 项（stats.yaml）`);

  // The previous district's records: its directory, its lectures, its news.
  for (const kind of [KINDS.homes, KINDS.lectures, KINDS.news]) {
    const files = kindFiles(stage, kind);
    for (const file of files) {
      const id = idFromFile(kind, file);
      for (const address of removedAddresses(kind, file, id)) removedAddressSet.add(address);
      rmSync(path.join(stage, kind.path, file));
    }
    if (files.length > 0) result.removed.push(`${kind.label} ${files.length} 个（${kind.path}/）`);
  }

  // Pages and handouts: the previous district's own go, the rest stay.
  const keptFiles: { kind: ContentKind; file: string }[] = [];
  for (const kind of [KINDS.pages, KINDS.handouts]) {
    const own: string[] = [];
    for (const file of kindFiles(stage, kind)) {
      const full = path.join(stage, kind.path, file);
      const frontmatter = splitFrontmatter(readFileSync(full, 'utf8'));
      const local = (parseYaml(frontmatter?.yaml ?? '').value as { local?: unknown } | null)?.local === true;
      if (local) {
        own.push(`${kind.path}/${file}`);
        for (const address of removedAddresses(kind, file, idFromFile(kind, file))) removedAddressSet.add(address);
        rmSync(full);
      } else keptFiles.push({ kind, file });
    }
    const kept = keptFiles.filter((k) => k.kind === kind).length;
    result.kept.push(`${kind.label} ${kept} 个`);
    if (own.length > 0) result.removed.push(`原来那个区自己的${kind.label}（local: true）：${own.join('、')}`);
  }
  const laws = kindFiles(stage, KINDS.law).length;
  if (laws > 0) result.kept.push(`${KINDS.law.label} ${laws} 部`);

  const about = path.join(stage, ABOUT_PAGE.file);
  writeFileSync(about, aboutPage(start));
  removedAddressSet.delete(ABOUT_PAGE.url);
  result.written.push(`${ABOUT_PAGE.file}（关于本站：主办单位、网站上有什么、联系方式）`);

  const republished: Record<string, string[]> = {};
  for (const { kind, file } of keptFiles) {
    const full = path.join(stage, kind.path, file);
    const shown = `${kind.path}/${file}`;
    const relinked = relink(readFileSync(full, 'utf8'), removedAddressSet);
    const published = republish(relinked.text, previous, start);
    if (relinked.changes.length > 0 || published.from) writeFileSync(full, published.text);
    for (const change of relinked.changes) result.changed.push(`${shown}：链接 ${change}（原页面已删除）`);
    if (published.from) (republished[published.from] ??= []).push(shown);
    const lines = published.text
      .split('\n')
      .flatMap((line, i) => (previous.names.some((n) => line.includes(n)) ? [i + 1] : []));
    if (lines.length > 0) result.toRead.push(`${shown}:${lines.join('、')}`);
  }
  for (const [change, files] of Object.entries(republished))
    result.changed.push(`发布机构 ${change}：${files.length} 个页面和宣传单`);
}

/** The ids of the towns in the staged towns.yaml before it is replaced. */
function previousTowns(stage: string): string[] {
  try {
    const towns = parseYaml(readFileSync(path.join(stage, KINDS.towns.path), 'utf8')).value;
    return Array.isArray(towns) ? towns.flatMap((t) => (typeof t?.id === 'string' ? [t.id] : [])) : [];
  } catch {
    return [];
  }
}

export async function adoptContent(profileFile: string, contentDir: string): Promise<AdoptResult> {
  const result: AdoptResult = { problems: [], written: [], kept: [], removed: [], changed: [], toRead: [] };
  const { start, problems } = await readProfile(profileFile);
  result.problems.push(...problems.map(formatProblem));
  if (!start) return result;

  const folder = path.resolve(contentDir);
  const previous = previousDistrict(folder);
  const hotlines = start.site.hotlines ?? siteSchema.shape.hotlines.safeParse(previous.hotlines).data;
  if (!hotlines) {
    result.problems.push(
      formatProblem({
        file: profileFile,
        line: 1,
        field: 'hotlines',
        message: `${contentDir}/${KINDS.site.path} 里读不出现在的求助热线，应当在资料里写上 hotlines`,
      }),
    );
    return result;
  }
  const district: DistrictStart = { ...start, site: { ...start.site, hotlines } };

  // The copy sits next to the folder, so that it takes the folder's place in one rename.
  const work = mkdtempSync(path.join(path.dirname(folder), `.${path.basename(folder)}-adopt-`));
  try {
    const stage = path.join(work, 'content');
    cpSync(folder, stage, { recursive: true });
    transform(stage, district, previous, result);
    const check: ContentProblem[] = (await checkContent(work, 'content')).problems;
    if (check.length > 0) {
      const shown = contentDir.replace(/[/\\]+$/, '');
      result.problems.push(
        ...check.map((p) => formatProblem({ ...p, file: p.file.replace(/^content(?=[/\\])/, shown) })),
      );
      return result;
    }
    const old = path.join(work, 'previous');
    renameSync(folder, old);
    try {
      renameSync(stage, folder);
    } catch (error) {
      renameSync(old, folder);
      throw error;
    }
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
