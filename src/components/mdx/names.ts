/**
 * The components editors may write in MDX without importing them (documented in content/README.md).
 * The one list: index.ts maps each name to its .astro file (the type checker refuses a name missing
 * there or one too many), and the content check refuses any other capitalised tag
 * (src/check/check-mdx.ts). Plain data, so the check reads it in Node without Astro.
 */
export const MDX_COMPONENT_NAMES = [
  'BackSide',
  'Callout',
  'District',
  'FigureSource',
  'Hotline',
  'KeyFigure',
  'LawArticle',
  'ServiceCard',
  'Stat',
  'Steps',
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** The marker before the first line of a two-sided handout's back (BackSide.astro). */
export const BACK_SIDE = 'BackSide' satisfies MdxComponentName;
