/**
 * A children's home's weekly opening hours: read aloud in Chinese ("周一至周五 16:00–18:00") and asked
 * "is it open now?". Pure, so the build renders the hours and the home page's small script answers
 * the question in the browser with the same code.
 */
import { weekdayName } from './time.ts';

/** One weekly slot, as in content/homes/*.yaml: days 1 = Monday … 7 = Sunday, times "HH:mm". */
export interface OpeningSlot {
  days: readonly number[];
  open: string;
  close: string;
}

/**
 * "周一至周五", "周二、周四", "周一至周三、周六", "每天". Three or more days in a row read as a range,
 * as notices in China write them; two in a row stay a pair.
 */
export function formatDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return '每天';
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && day === run.at(-1)! + 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) =>
      run.length >= 3 ? `${weekdayName(run[0]!)}至${weekdayName(run.at(-1)!)}` : run.map(weekdayName).join('、'),
    )
    .join('、');
}

export interface HoursLine {
  days: string;
  times: string[];
}

/**
 * Slots with the same days become one line, lines in the order of their first day:
 * "周六、周日  09:00–12:00、14:30–17:00".
 */
export function groupHours(slots: readonly OpeningSlot[]): HoursLine[] {
  const groups = new Map<string, { first: number; days: string; slots: OpeningSlot[] }>();
  for (const slot of slots) {
    const key = [...new Set(slot.days)].sort((a, b) => a - b).join(',');
    const group = groups.get(key) ?? { first: Math.min(...slot.days), days: formatDays(slot.days), slots: [] };
    group.slots.push(slot);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.first - b.first)
    .map((g) => ({
      days: g.days,
      times: g.slots.sort((a, b) => a.open.localeCompare(b.open)).map((s) => `${s.open}–${s.close}`),
    }));
}

/** A moment of the week in Asia/Shanghai: weekday 1–7 (Monday first) and "HH:mm". */
export interface WeekMoment {
  weekday: number;
  time: string;
}

export type OpenStatus =
  | { open: true; close: string }
  /** `next` is the next opening within the coming week; absent when the hours name no day at all. */
  | { open: false; next?: { weekday: number; open: string; today: boolean } };

/**
 * Whether the home is open at `now`, and if not, when it next opens. Times compare as "HH:mm" text,
 * which orders correctly because the schema requires two-digit hours.
 */
export function openStatus(slots: readonly OpeningSlot[], now: WeekMoment): OpenStatus {
  const current = slots.find((s) => s.days.includes(now.weekday) && s.open <= now.time && now.time < s.close);
  if (current) {
    // Back-to-back slots (09:00–12:00, 12:00–14:00) read as one stretch.
    let close = current.close;
    let following: OpeningSlot | undefined;
    while ((following = slots.find((s) => s.days.includes(now.weekday) && s.open === close && s.close > close))) {
      close = following.close;
    }
    return { open: true, close };
  }
  for (let ahead = 0; ahead <= 7; ahead++) {
    const weekday = ((now.weekday - 1 + ahead) % 7) + 1;
    const opens = slots
      // Stryker disable next-line EqualityOperator: a slot opening this very minute is open, found above
      .filter((s) => s.days.includes(weekday) && (ahead > 0 || s.open > now.time))
      .map((s) => s.open)
      .sort();
    if (opens[0]) return { open: false, next: { weekday, open: opens[0], today: ahead === 0 } };
  }
  return { open: false };
}
