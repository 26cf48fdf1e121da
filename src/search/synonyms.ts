/**
 * Words people type for what our pages call by another name. Each group lists phrases that mean the
 * same thing to a reader; a query containing one is also run with each of the others, and the
 * results are merged (Pagefind has no OR operator, so the expansion happens here, at query time,
 * where editing this list needs no re-index). Pages' own frontmatter keywords are indexed with the
 * page and need no entry here.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['留守儿童', '爷爷奶奶带的孩子', '父母外出打工的孩子', '外出务工人员子女'],
  ['家暴', '家庭暴力', '打孩子'],
  ['网瘾', '沉迷网络', '游戏成瘾', '玩手机'],
  ['低保', '最低生活保障'],
  ['孤儿', '没有父母的孩子'],
  ['困境儿童', '有困难的孩子'],
  ['事实无人抚养儿童', '没人管的孩子', '无人抚养'],
  ['溺水', '下河游泳', '玩水'],
  ['儿童主任', '村里管孩子的人'],
  ['监护人', '带孩子的人'],
  ['校园欺凌', '被欺负', '霸凌'],
  ['性侵', '性侵害', '猥亵'],
  ['强制报告', '发现了要报告'],
  ['残疾儿童', '残疾孩子'],
  ['辍学', '不上学'],
  ['小孩', '孩子', '小孩子', '娃娃'],
  ['网吧', '网咖'],
  ['补助', '补贴', '救助金', '生活费'],
  ['爸妈', '父母', '爹妈', '爸爸妈妈'],
  ['不在了', '去世', '双亡'],
  ['联系不上', '失联', '找不到'],
  ['后妈', '继母', '后爸', '继父'],
  ['烫伤', '开水烫', '烫着'],
  ['多少钱', '标准', '金额'],
  ['帮扶', '帮助', '救助'],
  ['带走', '临时监护', '安置'],
];

/** At most this many queries run for one search: the original and its closest variants. */
export const MAX_VARIANTS = 6;

/**
 * The query itself, then the query with each synonym phrase it contains replaced by each other
 * phrase of its group, without duplicates. Longer phrases are matched first, so "家庭暴力" is not
 * also read as containing a shorter phrase of another group.
 */
export function expandQuery(query: string): string[] {
  const q = query.trim();
  if (!q) return [];
  const variants = [q];
  const phrases = SYNONYM_GROUPS.flatMap((group) => group.map((phrase) => ({ phrase, group }))).sort(
    (a, b) => b.phrase.length - a.phrase.length,
  );
  const taken: [number, number][] = [];
  for (const { phrase, group } of phrases) {
    const at = q.indexOf(phrase);
    if (at < 0 || taken.some(([s, e]) => at < e && at + phrase.length > s)) continue;
    taken.push([at, at + phrase.length]);
    for (const other of group) {
      if (other === phrase) continue;
      const variant = q.slice(0, at) + other + q.slice(at + phrase.length);
      if (!variants.includes(variant)) variants.push(variant);
    }
  }
  return variants.slice(0, MAX_VARIANTS);
}
