/**
 * Yearly archives. Lectures and news are added every month for years; a page that listed all of them
 * would grow without bound and, on a weak rural connection, eventually stop loading. So each list has a
 * front page with a fixed number of recent items and one page per year (/lectures/2024/, /news/2024/):
 * no page's size depends on how old the site is, only on one year's worth of content.
 */

// The bounds: each front page and feed holds a fixed number of items.

/**
 * How many past lectures the schedule (/lectures/ and each town's page) shows before pointing to the
 * yearly record: about a year of a town's lectures and a few months of the district's, enough to see
 * what was held lately, while the page stays the same size however many years of records pile up.
 */
export const RECENT_PAST_LECTURES = 12;

/**
 * How far back the subscribable calendar (/lectures.ics) reaches. A calendar app needs what is coming
 * and may show what was held lately; a feed with every lecture ever held would grow every month and be
 * downloaded again in full on every refresh. Each lecture keeps its own .ics file regardless.
 */
export const CALENDAR_FEED_MONTHS = 12;

/**
 * How many posts /news/ shows before pointing to the yearly pages: about a season of work news, enough
 * for a reader checking what is new, while the page stays the same size as the years go by.
 */
export const LATEST_NEWS = 10;

/**
 * How many posts the RSS feed carries. Feed readers poll the whole file again and again; they only need
 * what is new since their last visit, so the feed holds the latest posts, never the whole archive.
 */
export const RSS_ITEMS = 20;

/**
 * Year pages sit beside the item pages (/lectures/2024/ next to /lectures/<id>/), which keeps the URLs
 * short and readable. They cannot collide because an item id made of digits alone is refused: the
 * lecture schema refuses such an id, the content check and the build refuse such a news file name.
 */
export const isYearSegment = (id: string): boolean => /^\d+$/.test(id);

/** The site path of a section's page for one year, e.g. yearPath('lectures', 2024) → "/lectures/2024/". */
export const yearPath = (section: 'lectures' | 'news', year: number): string => `/${section}/${year}/`;

/** Items grouped by year, latest year first; within a year the items keep the order they came in. */
export function byYear<T>(items: readonly T[], yearOf: (item: T) => number): [number, T[]][] {
  const years = new Map<number, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return [...years].sort(([a], [b]) => b - a);
}

/** The year of a calendar date written "2024-11-20" (already Shanghai wall time). */
export const yearOfCalendarDate = (text: string): number => Number(text.slice(0, 4));

/** One link in the list of years: the year, how many items it holds, its page. */
export interface YearLink {
  year: number;
  count: number;
  path: string;
}

export function yearLinks(
  section: 'lectures' | 'news',
  years: readonly (readonly [number, readonly unknown[]])[],
): YearLink[] {
  return years.map(([year, items]) => ({ year, count: items.length, path: yearPath(section, year) }));
}
