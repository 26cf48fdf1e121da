/**
 * 开放时间 as offices write it in a spreadsheet ("周一至周五 16:30-19:00；周六 9:00-12:00；节假日休息")
 * to and from the structured hours of content/homes/*.yaml. Reading forgives what people type: 全角
 * digits and punctuation, "至/到/-/~" between days or times, "每天", "工作日", "上午/下午". Holiday
 * arrangements (寒暑假, 节假日 …) are kept word for word as the home's holidayNote. Writing gives back
 * text this reader turns into the same hours and note, so an exported sheet imports unchanged.
 */
import type { OpeningSlot } from '../lib/opening-hours.ts';
import { groupHours } from '../lib/opening-hours.ts';

export interface ParsedHours {
  hours: OpeningSlot[];
  holidayNote?: string;
}

export type HoursResult = { ok: true; value: ParsedHours } | { ok: false; message: string };

/** Holiday arrangements: kept as the note, not read as weekly hours. */
const HOLIDAY = /寒假|暑假|寒暑假|节假日|假期|节日|春节|国庆|法定/;

const DAY_NUMBERS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};
const DAY = '(?:周|星期|礼拜)([一二三四五六日天1-7])';
const TO = '\\s*(?:至|到|-|~|—|–|－)\\s*';
const DAY_RANGE = new RegExp(`^${DAY}(?:${TO}(?:周|星期|礼拜)?([一二三四五六日天1-7]))?`);
const DAY_WORDS: [RegExp, number[]][] = [
  [/^(?:每天|每日|天天|全天|周一至周日|全周)/, [1, 2, 3, 4, 5, 6, 7]],
  [/^(?:工作日)/, [1, 2, 3, 4, 5]],
  [/^(?:周末|双休日)/, [6, 7]],
];
const CLOCK = '(上午|早上|中午|下午|晚上)?\\s*(\\d{1,2})(?:\\s*[:.点时]\\s*(\\d{1,2}|半)?\\s*分?)?';
const TIME_RANGE = new RegExp(`^${CLOCK}${TO}${CLOCK}`);
/** Words and marks between the parts that carry no meaning of their own. */
const FILLER = /^(?:[\s、,，和及与:：()（）]|开放|营业|时间|办公)+/;

const EXAMPLE = '周一至周五 16:30-19:00；周六 9:00-12:00';
const WHAT_TO_WRITE = `应当写成“${EXAMPLE}”这样：星期几在前、时间段在后，多段用“；”隔开，节假日安排可以写在最后（如“节假日休息”）`;

/** 全角 digits, letters and punctuation to their ordinary forms (０９：３０ → 09:30). */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[～〜]/g, '~')
    .replace(/[－—–]/g, '-');
}

function clock(period: string | undefined, hourText: string, minuteText: string | undefined): string | null {
  let hour = Number(hourText);
  const minute = minuteText === '半' ? 30 : minuteText ? Number(minuteText) : 0;
  if ((period === '下午' || period === '晚上') && hour < 12) hour += 12;
  if (period === '中午' && hour < 11) hour += 12;
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The days from one to the other, across Sunday when need be; both are 1 to 7, so it ends within a week. */
function range(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = from; ; d = (d % 7) + 1) {
    days.push(d);
    if (d === to) return days;
  }
}

/** One part of regular weekly hours: day groups, each followed by its time ranges. */
function parseWeekly(part: string, slots: OpeningSlot[]): string | null {
  let rest = part;
  let days: number[] = [];
  // Stryker disable next-line BooleanLiteral: before any day group there are no days to start over from
  let daysUsed = false;
  while (rest.length > 0) {
    const filler = FILLER.exec(rest);
    if (filler) {
      rest = rest.slice(filler[0].length);
      continue;
    }
    const word = DAY_WORDS.find(([re]) => re.test(rest));
    const dayRange = DAY_RANGE.exec(rest);
    if (word || dayRange) {
      if (daysUsed) {
        days = [];
        daysUsed = false;
      }
      if (word) {
        days.push(...word[1]);
        rest = rest.replace(word[0], '');
      } else {
        const from = DAY_NUMBERS[dayRange![1]!]!;
        const to = dayRange![2] ? DAY_NUMBERS[dayRange![2]]! : from;
        days.push(...range(from, to));
        rest = rest.slice(dayRange![0].length);
      }
      continue;
    }
    const time = TIME_RANGE.exec(rest);
    if (time) {
      if (days.length === 0) return `“${time[0].trim()}”前面没有写星期几`;
      const open = clock(time[1], time[2]!, time[3]);
      // "下午2:00-5:00": the period written once holds for both ends.
      const close = clock(time[4] ?? time[1], time[5]!, time[6]);
      if (!open || !close) return `“${time[0].trim()}”不是真实的时间`;
      if (close <= open) return `“${time[0].trim()}”的结束时间没有晚于开始时间`;
      slots.push({ days: [...new Set(days)].sort((a, b) => a - b), open, close });
      daysUsed = true;
      rest = rest.slice(time[0].length);
      continue;
    }
    return `看不懂“${rest.trim()}”`;
  }
  if (days.length > 0 && !daysUsed) return `“${part.trim()}”只写了星期几，没有写几点到几点`;
  return null;
}

/** Reads the 开放时间 cell; a message naming what it could not read otherwise. */
export function parseHoursText(text: string): HoursResult {
  const notes: string[] = [];
  const slots: OpeningSlot[] = [];
  // A blank segment or part reads as nothing: parseWeekly skips spaces.
  for (const segment of normalize(text).split(/[;。\n]/)) {
    // Within a segment, the holiday arrangement starts at the first comma-part that names a holiday.
    const parts = segment.split(/(?<=[,])/);
    const holidayAt = parts.findIndex((p) => HOLIDAY.test(p));
    const weekly = holidayAt < 0 ? parts : parts.slice(0, holidayAt);
    if (holidayAt >= 0) notes.push(original(text, parts.slice(holidayAt).join('').trim()));
    for (const part of weekly) {
      // Stryker disable next-line Regex: a part is cut just after its one comma, so its only comma is the last character
      const problem = parseWeekly(part.replace(/,$/, ''), slots);
      if (problem) return { ok: false, message: `${problem}，${WHAT_TO_WRITE}` };
    }
  }
  if (slots.length === 0) return { ok: false, message: `没有读到任何开放时间段，${WHAT_TO_WRITE}` };
  return { ok: true, value: notes.length > 0 ? { hours: slots, holidayNote: notes.join('；') } : { hours: slots } };
}

/**
 * The holiday note as the office typed it: normalising turned "，" into "," and "–" into "-"; the note
 * is prose shown to readers, so its own punctuation is put back where the original text has it.
 */
function original(text: string, normalized: string): string {
  const source = [...text];
  const start = [...text].findIndex((_, i) => normalize(source.slice(i).join('')).startsWith(normalized));
  // Stryker disable next-line ConditionalExpression: the note was cut from this very text, so it is always found
  if (start < 0) return normalized;
  // Stryker disable next-line ArithmeticOperator: starting earlier only tries empty candidates, which never equal the note
  for (let end = start + 1; end <= source.length; end++) {
    const candidate = source.slice(start, end).join('');
    if (normalize(candidate) === normalized) return candidate;
  }
  return normalized;
}

/** The hours and note as one cell, in the form parseHoursText reads back to the same values. */
export function formatHoursText(hours: readonly OpeningSlot[], holidayNote?: string): string {
  const lines = groupHours(hours).map(
    (line) => `${line.days} ${line.times.map((t) => t.replace('–', '-')).join('、')}`,
  );
  return [...lines, ...(holidayNote ? [holidayNote] : [])].join('；');
}
