/**
 * Time for a site whose every date is Asia/Shanghai wall time. Offsets come from Intl's time-zone
 * data, never from the build machine's zone, so TZ=UTC and TZ=America/Los_Angeles build the same bytes.
 */
export const ZONE = 'Asia/Shanghai';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Parses "YYYY-MM-DD HH:mm" (or a date alone); null when the text is not a real calendar time. */
export function parseWallTime(text: string): WallTime | null {
  const m = WALL_TIME.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return null;
  // A month or a day past its end (13, 0, 30 February) rolls the probe over into another month.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return { year, month, day, hour, minute };
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  timeZoneName: 'longOffset',
});

interface ZonedParts extends WallTime {
  second: number;
  weekday: number;
  offset: string;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The wall-clock fields of an instant in Asia/Shanghai, with its UTC offset ("+08:00"). */
export function zonedParts(date: Date): ZonedParts {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  // "GMT+08:00": Asia/Shanghai is never at GMT itself, which Intl would write without an offset.
  const offset = parts['timeZoneName']!.replace('GMT', '');
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? '') + 1,
    offset,
  };
}

/** "+08:00" → 480. Asia/Shanghai is whole hours east of UTC: +08:00, and +09:00 in the summers of 1986–1991. */
function offsetMinutes(offset: string): number {
  return Number(offset.slice(1, 3)) * 60;
}

/** The instant at which Asia/Shanghai clocks show the given wall time. */
export function wallTimeToInstant(wall: WallTime): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Ask the zone for its offset at the guessed instant, then correct once more in case the
  // first guess fell on the other side of an offset change.
  let instant = asUtc - offsetMinutes(zonedParts(new Date(asUtc)).offset) * 60_000;
  instant = asUtc - offsetMinutes(zonedParts(new Date(instant)).offset) * 60_000;
  return new Date(instant);
}

/**
 * The same Shanghai wall time `months` calendar months earlier; a day the earlier month lacks (31 March
 * less one month) becomes its last day, so the window never reaches into the month after.
 */
export function monthsEarlier(date: Date, months: number): Date {
  const p = zonedParts(date);
  const index = p.year * 12 + (p.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return wallTimeToInstant({ year, month, day: Math.min(p.day, lastDay), hour: p.hour, minute: p.minute });
}

/** Parses wall time text straight to an instant; throws on text the schemas should have refused. */
export function instantFromWallText(text: string): Date {
  const wall = parseWallTime(text);
  if (!wall) throw new RangeError(`not a wall time: ${text}`);
  return wallTimeToInstant(wall);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 with the zone's offset, e.g. "2026-12-05T09:30:00+08:00". */
export function toZonedIso(date: Date): string {
  const p = zonedParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${p.offset}`;
}

/** "2026-12-05" in Asia/Shanghai. */
export function toZonedDate(date: Date): string {
  return toZonedIso(date).slice(0, 10);
}

/** Day names for ISO weekday numbers (1 = Monday … 7 = Sunday), as notices write them. */
export const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export const weekdayName = (day: number): string => WEEKDAY_NAMES[day - 1] ?? '';

/** "2026年12月5日" */
export function formatDate(date: Date): string {
  const p = zonedParts(date);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** "2026年12月" */
export function formatMonth(date: Date): string {
  const p = zonedParts(date);
  return `${p.year}年${p.month}月`;
}

/** "09:30" */
export function formatClock(date: Date): string {
  const p = zonedParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "周六" */
export function formatWeekday(date: Date): string {
  return weekdayName(zonedParts(date).weekday);
}

/** "2026年12月5日（周六）09:30–11:00", or both dates when the range spans days. */
export function formatRange(start: Date, end: Date): string {
  const head = `${formatDate(start)}（${formatWeekday(start)}）${formatClock(start)}`;
  return toZonedDate(start) === toZonedDate(end)
    ? `${head}–${formatClock(end)}`
    : `${head} 至 ${formatDate(end)} ${formatClock(end)}`;
}

/** A calendar date written by an editor ("2024-11-20" or a YAML date) as "YYYY-MM-DD". */
export function calendarDateText(value: string | Date): string {
  // YAML parsers read a bare date as midnight UTC; the UTC fields are the day the editor wrote.
  return typeof value === 'string'
    ? value
    : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

/** "2024-11-20" → "2024年11月20日" without touching any time zone. */
export function formatCalendarDate(text: string): string {
  const [y, m, d] = text.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
