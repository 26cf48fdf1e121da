/**
 * Cell text to field values, forgiving the ways offices type them: 全角 digits, dates as 2024/11/20 or
 * 2024年11月20日, lists separated by "、", "，" or ";". Each returns null when the text cannot be read,
 * and the caller reports the cell.
 */

const pad = (n: number | string) => String(n).padStart(2, '0');

/** 全角 digits and punctuation to ordinary ones. */
export const halfWidth = (text: string) => text.normalize('NFKC').trim();

/** "2024-11-20", "2024/11/20", "2024.11.20", "2024年11月20日" → "2024-11-20". */
export function readDate(text: string): string | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(halfWidth(text));
  return match ? `${match[1]}-${pad(match[2]!)}-${pad(match[3]!)}` : null;
}

/** "9:30", "09：30", "9点30", "9点" → "09:30". */
export function readClock(text: string): string | null {
  const match = /^(\d{1,2})\s*(?:[:.点时]\s*(\d{1,2})?\s*分?)?$/.exec(halfWidth(text));
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2] ?? 0)];
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : null;
}

/** "2026-12-05 09:30" in any of the date and clock forms above. */
export function readDateTime(text: string): string | null {
  // Stryker disable next-line Regex: a space too many taken into the date part is trimmed off by readDate
  const match = /^(.+?日?)\s+(\S+)$/.exec(halfWidth(text));
  if (!match) return null;
  const date = readDate(match[1]!);
  const clock = readClock(match[2]!);
  return date && clock ? `${date} ${clock}` : null;
}

export function readNumber(text: string): number | null {
  const normal = halfWidth(text).replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : null;
}

/** "阅览角、活动室" → ["阅览角", "活动室"]. */
export function readList(text: string): string[] {
  // Stryker disable next-line Regex: separators split one by one leave empty items, which the filter drops
  const items = text.split(/[、,，;；\n]+/);
  return items.map((item) => item.trim()).filter(Boolean);
}

/** Phone numbers typed as numbers lose nothing, but Excel may show them with spaces or 全角 digits. */
export function readPhone(text: string): string {
  return halfWidth(text)
    .replace(/\s/g, '')
    .replace(/[—–－]/g, '-');
}
