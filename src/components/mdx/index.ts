/** What an editor may write inside MDX, without imports: the components named in names.ts. */
import Link from './Link.astro';
import BackSide from './BackSide.astro';
import Callout from './Callout.astro';
import District from './District.astro';
import FigureSource from './FigureSource.astro';
import Hotline from './Hotline.astro';
import KeyFigure from './KeyFigure.astro';
import LawArticle from './LawArticle.astro';
import ServiceCard from './ServiceCard.astro';
import Stat from './Stat.astro';
import Steps from './Steps.astro';
import type { MdxComponentName } from './names.ts';

// `a` is every markdown link: site-absolute paths get the base path (editors write "/guide/duties/").
export const mdxComponents = {
  a: Link,
  BackSide,
  Callout,
  District,
  FigureSource,
  Hotline,
  KeyFigure,
  LawArticle,
  ServiceCard,
  Stat,
  Steps,
} satisfies Record<MdxComponentName | 'a', unknown>;
