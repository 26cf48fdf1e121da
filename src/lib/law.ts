/**
 * Reads a statute file (content/law/*.md) into articles. The statute files are the single source of
 * every quoted article: pages never carry statute text of their own.
 */
export interface LawArticle {
  /** Article number, 1-based. */
  number: number;
  /** "第二章 家庭保护" */
  chapter: string;
  /** The article's paragraphs exactly as in the file; the first starts with "第十六条 ". */
  paragraphs: string[];
  /** Item number (（一） = 1) → index into paragraphs. */
  items: Record<number, number>;
}

export interface Law {
  /** Short name without the country prefix, e.g. "未成年人保护法". */
  name: string;
  /** Full title from the file's heading. */
  title: string;
  articles: LawArticle[];
}

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 九百九十九 ("一百三十二" → 132, "十六" → 16). */
export function chineseNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch] ?? 0;
    } else if (ch === '十' || ch === '百') {
      total += (digit || 1) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else {
      return Number.NaN;
    }
  }
  return total + digit;
}

const ARTICLE = /^第([零一二两三四五六七八九十百]+)条[ \u3000]/;
const ITEM = /^（([零一二三四五六七八九十]+)）/;

export function parseLaw(markdown: string): Law {
  const lines = markdown.split(/\r?\n/);
  const title = (lines.find((l) => l.startsWith('# ')) ?? '').slice(2).trim();
  const articles: LawArticle[] = [];
  let chapter = '';
  let current: LawArticle | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('## ')) {
      chapter = line.slice(3).trim();
      current = null;
      continue;
    }
    const article = ARTICLE.exec(line);
    if (article) {
      current = { number: chineseNumber(article[1] ?? ''), chapter, paragraphs: [line], items: {} };
      articles.push(current);
      continue;
    }
    // Zero-width spaces and the file's info block are layout, not text.
    if (!current || line === '' || line.replace(/[\u200b\u3000\s]/g, '') === '') continue;
    const item = ITEM.exec(line);
    if (item) current.items[chineseNumber(item[1] ?? '')] = current.paragraphs.length;
    current.paragraphs.push(line);
  }
  return { name: title.replace(/^中华人民共和国/, ''), title, articles };
}

/** The paragraphs a quote shows: the whole article, or its opening paragraph and the chosen items. */
export function quoteParagraphs(article: LawArticle, items?: readonly number[]): string[] {
  if (!items || items.length === 0) return article.paragraphs;
  const missing = items.filter((n) => article.items[n] === undefined);
  if (missing.length > 0) throw new RangeError(`第${article.number}条没有第 ${missing.join('、')} 项`);
  return [article.paragraphs[0] ?? '', ...items.map((n) => article.paragraphs[article.items[n] ?? 0] ?? '')];
}

/** "第十六条" for 16, the way the statute writes numbers. */
export function articleLabel(n: number): string {
  const units = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = hundreds ? `${units[hundreds]}百` : '';
  if (tens) text += `${hundreds || tens > 1 ? units[tens] : ''}十`;
  else if (hundreds && ones) text += '零';
  text += units[ones];
  return `第${text}条`;
}
