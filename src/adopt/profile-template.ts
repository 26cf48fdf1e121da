/**
 * `npm run adopt -- template OUT.yaml`: the profile an office fills in, every field with its description
 * from the schema as a Chinese comment (as `npm run new` writes content files), under a head that says
 * how to draw the outline and list the towns.
 */
import { yamlFields } from '../authoring/scaffold.ts';
import { editorJsonSchema } from '../authoring/json-schema.ts';
import { PLACEHOLDER } from '../check/placeholders.ts';
import { profileSchema } from './profile.ts';

const HEAD = [
  '# 本区的资料：npm run adopt -- 这个文件.yaml 按它把 content/ 换成本区网站的起点（网站身份、街道乡镇，',
  '# 去掉原来那个区的名录、讲座、动态、数字和本区页面，留下适用于任何区的法律、政策和指南页面）。',
  `# 把每个“${PLACEHOLDER}”换成本区的真实信息；“选填”的字段去掉行首的“# ”才生效。`,
  '# 有写错的地方，adopt 会逐条指出（文件:行 字段 — 应当怎样写），content/ 不会有任何改动。',
  '#',
  '# - district.outline：全区的大致轮廓，至少 3 个点，沿着区界外侧按顺序（顺时针或逆时针）排列，比实际边界',
  '#   宽一两公里。用高德地图坐标拾取器（https://lbs.amap.com/tools/picker）在区界外侧点取，',
  '#   照第一个点的样子一行一个往下加。',
  '# - areaCode、govSiteCode：写在英文引号里，开头的 0 才不会丢。',
  '# - towns：每个街道、乡镇写一项，照第一项的样子往下加（每项以“- ”开头）。id 可以不写，按名称的拼音生成。',
  '# - hotlines：不写时保留现在的全国求助热线（110、12345、12355、120）。',
  '',
];

export function profileTemplate(): string {
  const quoted = `"${PLACEHOLDER}"`;
  const lines = yamlFields(editorJsonSchema(profileSchema), '', {
    areaCode: quoted,
    govSiteCode: quoted,
    // The national platform every government site links its 我要纠错 to.
    correctionUrl: 'https://zfwzzc.www.gov.cn/',
  });
  return `${[...HEAD, ...lines].join('\n')}\n`;
}
