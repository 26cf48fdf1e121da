/** Ids of the figures counted from the site's own data (src/content/figures.ts computes them). */
export const COUNTED_FIGURES = [
  'homes',
  'directors',
  'supervisors',
  'towns',
  'lecturesHeld',
  'peopleReached',
  'leaflets',
] as const;
