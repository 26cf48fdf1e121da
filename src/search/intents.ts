/**
 * What people mean beyond the words they type: the words that name each section's front page, and
 * the words that show a reader wants a phone number or the lecture schedule. The search page answers
 * these first, above the pages the text finds (engine.ts). Everyday words, written
 * the way guardians and village staff say them; add a word here when readers use one the site lacks.
 */

/** Besides its own name (the navigation label), the words that lead to a section's front page. */
export const HUB_WORDS: Record<string, readonly string[]> = {
  '/law/': ['法律知识', '法律条文', '法条', '普法知识'],
  '/guide/': ['监护指南', '怎么带孩子', '怎么管孩子', '家长指南'],
  '/policy/': ['关爱政策', '补助政策', '有什么补助', '能领什么', '政策', '补贴'],
  '/homes/': [
    '儿童之家',
    '附近',
    '离我最近',
    '最近的',
    '儿童主任电话',
    '儿童主任在哪',
    '找儿童主任',
    '名录',
    '开放时间',
  ],
  '/lectures/': ['讲座', '普法讲座', '宣讲', '讲课', '讲法律'],
  '/news/': ['工作动态', '新闻', '动态', '最新消息'],
  '/help/': ['求助热线', '求助', '找谁帮忙'],
  '/handouts/': ['宣传资料', '宣传单', '传单', '打印', '海报', '资料下载'],
  '/about/': ['关于我们', '关于本站', '谁办的'],
};

/** A query holding one of these wants a number to call: the hotline page answers it first. */
export const HOTLINE_WORDS: readonly string[] = [
  '电话',
  '热线',
  '号码',
  '打哪个',
  '打给谁',
  '报警',
  '求助',
  '举报',
  '投诉',
  '12345',
  '12355',
  '110',
];

/** Words that mark a question about when something happens. */
export const TIME_WORDS: readonly string[] = [
  '什么时候',
  '啥时候',
  '几号',
  '哪天',
  '几点',
  '时间',
  '日期',
  '最近',
  '下次',
  '下一次',
  '下一场',
  '本月',
  '这个月',
  '下个月',
  '今年',
  '明年',
  '周末',
  '安排',
  '日程',
  '什么时间',
];

/** With a time word, these ask for the lecture schedule. */
export const LECTURE_WORDS: readonly string[] = ['讲座', '普法', '宣讲', '讲课', '培训', '上课', '活动'];
