/**
 * The plain 关于本站 page `npm run adopt` writes from a profile: who runs the site, for whom, what each
 * section holds (the sections' own names and summaries from the UI dictionary), and how to reach the
 * office. Marked `local: true`: it is this district's page, and the next adopt writes its own.
 */
import { Document, isSeq } from 'yaml';
import { t } from '../lib/i18n.ts';
import { MORE, NAV } from '../lib/navigation.ts';
import type { DistrictStart } from './profile.ts';

/** Where the page is written, under the content root, and the address it gets. */
export const ABOUT_PAGE = { file: 'pages/about/site.mdx', url: '/about/site/' };

export function aboutPage({ site }: DistrictStart): string {
  const district = site.district.name;
  const frontmatter = {
    title: '关于本站',
    summary: `本站由${site.organizer}主办：讲清未成年人保护的法律和政策，列出${district}的儿童之家、普法讲座和求助电话。`,
    section: 'about',
    order: 1,
    audience: ['家长', '祖辈监护人', '村（社区）工作人员', '学校老师'],
    publisher: site.organizer,
    keywords: ['关于本站', '主办单位', '联系我们', '联系电话', '谁办的'],
    local: true,
  };
  const sections = [...NAV, ...MORE]
    .filter((item) => item.path !== '/about/')
    .map((item) => `- [${t(item.key)}](${item.path})：${t(item.summary)}。`);
  const body = [
    `“${site.name}”网站由${site.organizer}主办，写给${district}的家长、爷爷奶奶和其他照看孩子的人，也写给村（社区）儿童主任、学校老师：用大家听得懂的话讲清法律和政策，找得到身边的儿童之家，知道有事找谁。`,
    '',
    '## 网站上有什么',
    '',
    ...sections,
    '',
    '## 联系我们',
    '',
    `- 主办单位：${site.organizer}`,
    `- 地址：${site.address}`,
    `- 电话：${site.phone}`,
    `- 办公时间：${site.officeHours}`,
  ];
  // Lists on one line, as editors write them.
  const head = new Document(frontmatter);
  for (const key of ['audience', 'keywords']) {
    const list = head.get(key);
    if (isSeq(list)) list.flow = true;
  }
  return `---\n${head.toString({ lineWidth: 0 })}---\n\n${body.join('\n')}\n`;
}
