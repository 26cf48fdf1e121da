/**
 * Pages that hold for any district, and pages that are the district's. A page or handout not marked
 * `local: true` is kept when another district adopts the site (`npm run adopt` removes the marked ones),
 * so it must stay true there: it names neither this district nor its city (site.yaml `district`), cites
 * none of this district's reported figures (stats.yaml), and links to no marked page. Where naming the
 * district helps a reader, <District /> prints the name from site.yaml. News posts, lectures, homes and
 * towns are the district's by kind and are not checked here.
 */
import type { ContentProblem } from './cross-check.ts';
import { attribute, attributeList, jsxElements, lineOf, walk, type MdxBody } from './mdx-body.ts';

/** As site.yaml has them: anything but text (a district left out or written wrongly) names nothing. */
export interface DistrictNames {
  name?: unknown;
  city?: unknown;
}

/** What an unmarked page may not contain, gathered from the other content files. */
export interface DistrictFacts {
  /** The words that name the district (districtWords). */
  words: string[];
  /** Ids of the figures in stats.yaml: the district's reported work. */
  reportedFigures: string[];
  /** Site paths ("/policy/health-checks/") of the pages and handouts marked `local: true`. */
  localPaths: string[];
}

/** The parts of the district <District part="…" /> can print (src/components/mdx/District.astro). */
export const DISTRICT_PARTS = ['name', 'city', 'province'] as const;

/**
 * The words that name the district: its name and its city, and each without its last character
 * (某某区 → 某某, 某某市 → 某某) where two or more characters are left; longest first.
 */
export function districtWords({ name, city }: DistrictNames): string[] {
  const words = new Set<string>();
  const written = [name, city].filter((w): w is string => typeof w === 'string');
  for (const full of written.map((w) => w.trim()).filter(Boolean)) {
    words.add(full);
    const short = full.slice(0, -1);
    if (/^[区县市旗州盟]$/u.test(full.slice(-1)) && short.length >= 2) words.add(short);
  }
  return [...words].sort((a, b) => b.length - a.length);
}

const MARK = '在文件头加一行 local: true';

/** Where a body links to: Markdown links and the href of any element written in MDX. */
function linkTargets(body: MdxBody): { url: string; line: number }[] {
  const found: { url: string; line: number }[] = [];
  if (!body.tree) return found;
  walk(body.tree, (node) => {
    if (node.type === 'link') found.push({ url: node.url, line: lineOf(body, node) });
  });
  for (const element of jsxElements(body.tree)) {
    const href = attribute(element, 'href');
    if (href !== undefined) found.push({ url: href, line: lineOf(body, element) });
  }
  return found;
}

/**
 * Every line of an unmarked page or handout that names the district, cites a reported figure or links
 * to a marked page. `text` is the whole file, frontmatter included; `publisher` is left alone (the
 * office that publishes a page is the district's by nature; when it is left out the page shows the
 * site's organizer).
 */
export function checkUnmarkedPage(
  file: string,
  text: string,
  body: MdxBody | undefined,
  facts: DistrictFacts,
  what: '这一页' | '这张宣传单',
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = text.split('\n');
  // The frontmatter runs from line 1 ("---") to the next "---" (end; 0 or -1 when there is none).
  const end = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : 0;
  let key = '';
  lines.forEach((line, i) => {
    const inFrontmatter = i > 0 && i < end;
    if (inFrontmatter) key = /^([A-Za-z]+):/.exec(line)?.[1] ?? key;
    // The two "---" lines name nothing, so only the publisher's lines need leaving out.
    if (inFrontmatter && key === 'publisher') return;
    const word = facts.words.find((w) => line.includes(w));
    if (!word) return;
    problems.push({
      file,
      line: i + 1,
      field: inFrontmatter ? key : '（正文）',
      message: inFrontmatter
        ? `${what}没有标成本区自己的内容，却写了“${word}”：讲法律、全国政策和热线的内容换个区也要用，不写区名。应当去掉“${word}”，或改成“本区”“当地”；${what}讲的是本区自己的工作、数字或本地服务时，应当${MARK}`
        : `${what}没有标成本区自己的内容，却写了“${word}”：讲法律、全国政策和热线的内容换个区也要用，不写区名。要说本区的机构时写 <District />（显示 site.yaml 里的区名），例如“<District />民政局”；${what}讲的是本区自己的工作、数字或本地服务时，应当${MARK}`,
    });
  });
  if (!body?.tree) return problems;
  for (const element of jsxElements(body.tree)) {
    const tag = element.name;
    if (tag !== 'Stat' && tag !== 'KeyFigure' && tag !== 'FigureSource') continue;
    const cited = tag === 'FigureSource' ? attributeList(element, 'ids') : [attribute(element, 'id')];
    for (const id of cited) {
      if (id === undefined || !facts.reportedFigures.includes(id)) continue;
      problems.push({
        file,
        line: lineOf(body, element),
        field: `<${tag}>`,
        message: `“${id}”是本区报道的工作数字（stats.yaml），换个区就不对了。应当把这段写到本区自己的页面里（例如“关于我们”），或${MARK}`,
      });
    }
  }
  for (const { url, line } of linkTargets(body)) {
    const target = url.replace(/[?#].*$/, '').replace(/\/?$/, '/');
    if (!facts.localPaths.includes(target)) continue;
    problems.push({
      file,
      line,
      field: '（链接）',
      message: `${what}各区通用，却链接到本区自己的页面 ${target}（那一页标了 local: true，换成别的区时会删掉，链接就断了）。应当去掉这个链接，或${MARK}`,
    });
  }
  return problems;
}

/** <District part="…" /> with a part site.yaml does not have prints nothing. */
export function checkDistrictParts(body: MdxBody): ContentProblem[] {
  if (!body.tree) return [];
  return jsxElements(body.tree)
    .filter((element) => element.name === 'District')
    .flatMap((element) => {
      const part = attribute(element, 'part');
      if (part === undefined || (DISTRICT_PARTS as readonly string[]).includes(part)) return [];
      return [
        {
          file: body.file,
          line: lineOf(body, element),
          field: '<District> part',
          message: `part 写成了“${part}”，应当写 name（区名，可以不写）、city（所在城市）或 province（所在省份）`,
        },
      ];
    });
}
