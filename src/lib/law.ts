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
      current = { number: chineseNumber(article[1]!), chapter, paragraphs: [line], items: {} };
      articles.push(current);
      continue;
    }
    // Zero-width spaces and the file's info block are layout, not text.
    if (!current || line.replace(/[\u200b\u3000\s]/g, '') === '') continue;
    const item = ITEM.exec(line);
    if (item) current.items[chineseNumber(item[1]!)] = current.paragraphs.length;
    current.paragraphs.push(line);
  }
  return { name: title.replace(/^中华人民共和国/, ''), title, articles };
}

/**
 * How an article is built: 款 (paragraphs of running text) and 项 (the items （一）（二）… that follow a
 * 款 ending in a lead-in such as "应当履行下列监护职责："). Index k of `paragraphs` is 款 k + 1; its items
 * are listed by number with their index into the article's paragraphs.
 */
export interface ArticleStructure {
  paragraphs: { index: number; items: number[] }[];
}

export function articleStructure(article: LawArticle): ArticleStructure {
  const itemAt = new Map(Object.entries(article.items).map(([n, index]) => [index, Number(n)]));
  const paragraphs: ArticleStructure['paragraphs'] = [];
  article.paragraphs.forEach((_, index) => {
    const item = itemAt.get(index);
    if (item === undefined) paragraphs.push({ index, items: [] });
    // An item never comes first: index 0 is the article's own line.
    else paragraphs.at(-1)!.items.push(item);
  });
  return { paragraphs };
}

/** What a page asks to quote: 款 by number (1-based) and 项 by number; neither means the whole article. */
export interface ExcerptRequest {
  paragraphs?: readonly number[] | undefined;
  items?: readonly number[] | undefined;
}

/** One line of a quote: a paragraph exactly as the statute has it, or a gap where 款 are left out. */
export type ExcerptLine = { text: string } | { gap: true };

export interface Excerpt {
  lines: ExcerptLine[];
  /** "节选第一、二、三项", "节选第二款", "节选第一款，第三款第一、二项"; undefined for the whole article. */
  label: string | undefined;
}

/** Chinese numerals up to 九十九, the way the statute numbers 款 and 项 (1 → 一, 10 → 十, 12 → 十二). */
export function chineseNumeral(n: number): string {
  const units = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const tens = Math.floor(n / 10);
  return `${tens ? `${tens > 1 ? units[tens] : ''}十` : ''}${units[n % 10]}`;
}

/**
 * The part of an article a quote shows. Picked items always come after the 款 that leads into them
 * (the "具有下列情形之一的……：" line): without it a list reads as if it belonged to whatever 款 is
 * shown above it. 款 left out between the shown ones become a gap; the label says what is shown.
 */
export function quoteExcerpt(article: LawArticle, request: ExcerptRequest = {}): Excerpt {
  const { paragraphs: wantParagraphs = [], items: wantItems = [] } = request;
  const structure = articleStructure(article);
  if (wantParagraphs.length === 0 && wantItems.length === 0)
    return { lines: article.paragraphs.map((text) => ({ text })), label: undefined };
  const count = structure.paragraphs.length;
  const badParagraphs = wantParagraphs.filter((k) => !Number.isInteger(k) || k < 1 || k > count);
  if (badParagraphs.length > 0)
    throw new RangeError(`第${article.number}条只有 ${count} 款，没有第 ${badParagraphs.join('、')} 款`);
  const missing = wantItems.filter((n) => article.items[n] === undefined);
  if (missing.length > 0) throw new RangeError(`第${article.number}条没有第 ${missing.join('、')} 项`);

  const itemSet = new Set(wantItems);
  const lines: ExcerptLine[] = [];
  const labels: ({ whole: number[] } | { text: string })[] = [];
  let lastShown = -1;
  structure.paragraphs.forEach((paragraph, k) => {
    const whole = wantParagraphs.includes(k + 1);
    const picked = whole ? paragraph.items : paragraph.items.filter((n) => itemSet.has(n));
    if (!whole && picked.length === 0) return;
    if (lastShown >= 0 && k > lastShown + 1) lines.push({ gap: true });
    lastShown = k;
    lines.push({ text: article.paragraphs[paragraph.index]! });
    for (const n of picked) lines.push({ text: article.paragraphs[article.items[n]!]! });
    if (whole) {
      // Whole 款 next to each other in the label read as one: "第一、二款".
      const last = labels.at(-1);
      if (last && 'whole' in last) last.whole.push(k + 1);
      else labels.push({ whole: [k + 1] });
    } else {
      // An article with one 款 names its items alone, the way people cite them ("第十六条第一项").
      const items = `第${picked.map(chineseNumeral).join('、')}项`;
      labels.push({ text: count === 1 ? items : `第${chineseNumeral(k + 1)}款${items}` });
    }
  });
  const label = labels.map((part) =>
    'whole' in part ? `第${part.whole.map(chineseNumeral).join('、')}款` : part.text,
  );
  return { lines, label: `节选${label.join('，')}` };
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
