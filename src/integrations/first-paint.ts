/**
 * A step of the post-build pipeline (post-build.ts): every page paints from its HTML alone. A reader who
 * arrives from a shared link, on a first visit and a weak connection, would otherwise wait one more
 * round trip for the linked stylesheet before seeing anything.
 *
 * Beasties (its compiler and runtime: one scan of each page, no DOM) selects the rules a page's
 * elements use; they go inline in <head>, under their hash in the page's style-src (allowInlineStyles,
 * src/lib/csp.ts). The stylesheet itself still loads, without blocking render: preloaded from <head>
 * and linked at the end of <body>, where it blocks nothing above it and works without JavaScript (no
 * onload handler, which the policy forbids). It brings the rules only scripts or a reader's actions
 * call on (results, open menus, focus), and is cached for the next page.
 *
 * The rules are selected per route (the page template that made the page: "/law/[id]", "/homes/[id]"…),
 * from everything its pages use: every page of a kind carries the same inline sheet, so the policy
 * header that must allow every page's hashes (security-headers.ts) lists one per route, however many
 * pages the content makes. The home page, the landing page of most visits, carries the whole sheet and
 * loads nothing more. Care mode's rules always go inline: the script in <head> turns it on before the
 * first paint. tests/e2e/budgets.spec.ts holds every kind of page to this: no render-blocking request,
 * and the first 14 KB (gzip) alone paint the first screen as the whole page does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileSheet } from 'beasties/compiler';
import { collectPrograms, renderCriticalCss, scanHtml, type DocumentTokens } from 'beasties/runtime';
import { allowInlineStyles } from '../lib/csp.ts';
import { distFiles } from './dist-files.ts';

/** Pages, relative to dist/, that carry the whole stylesheet inline and link none. */
export const WHOLE_SHEET_PAGES = ['index.html'] as const;

/**
 * Rules inline on every page although Beasties finds no element for them: care mode's (see above), the
 * search page's reserved answer height (an inline script marks the element data-searching before the first
 * paint when the page opens with a query: the rule must be there when it paints, or the results that arrive
 * push the page down), and rules whose selector is a bare pseudo-class or pseudo-element (":focus-visible", "::placeholder"),
 * which apply to any element and which Beasties 0.5 would otherwise leave out.
 */
const ALWAYS_INLINE = [/\[data-care\]/, /\[data-searching\]/, /^:/];

/** Astro's stylesheet links, as it writes them. */
const STYLESHEET_LINK = /<link rel="stylesheet" href="([^"]+)">/g;

type Sheet = ReturnType<typeof compileSheet>;

/**
 * Compiles a stylesheet for the selections. Beasties 0.5 writes a block at-rule it keeps whole, such as
 * @page, with a ";" after its "}", and a browser then drops the rule that follows as invalid: the ";"
 * is taken off.
 */
function compile(css: string, href: string): Sheet {
  const sheet = compileSheet(css, { href, allowRules: ALWAYS_INLINE });
  for (const rule of sheet.rules) if (rule.css?.endsWith('};')) rule.css = rule.css.slice(0, -1);
  return sheet;
}

export interface FirstPaint {
  /** Reads a page of `route` (pass 1): what its elements use joins the route's selection. */
  scan(html: string, route: string): void;
  /** The page with its route's rules inline and its stylesheets loaded after them (pass 2). */
  apply(html: string, route: string, file: string): string;
}

const union = (into: DocumentTokens, from: DocumentTokens) => {
  for (const key of ['tags', 'classes', 'ids', 'attrs'] as const) for (const token of from[key]) into[key].add(token);
  for (const [program, matched] of from.matchedPrograms ?? []) if (matched) into.matchedPrograms!.set(program, true);
};

/** Compiles the site's stylesheets under `root` (served under `base`) for the pages' selections. */
export function createFirstPaint(root: string, base: string): FirstPaint {
  const texts = new Map(
    distFiles(root)
      .filter((file) => file.endsWith('.css'))
      .map((file) => [base + file, readFileSync(path.join(root, file), 'utf8')]),
  );
  const sheets = new Map<string, Sheet>([...texts].map(([href, css]) => [href, compile(css, href)]));
  const programs = collectPrograms([...sheets.values()]);
  const routes = new Map<string, DocumentTokens>();
  const selections = new Map<string, string>();

  const textOf = (href: string, file: string) => {
    const css = texts.get(href);
    if (css === undefined) throw new Error(`${file}：页面链接的样式表 ${href} 不在构建结果里`);
    return css;
  };
  // The whole sheet is the file as built, not Beasties' reading of it.
  const rulesOf = (href: string, file: string, tokens: DocumentTokens | null) => {
    const whole = textOf(href, file);
    return tokens ? renderCriticalCss(sheets.get(href)!, tokens).css : whole;
  };

  return {
    scan(html, route) {
      const tokens = scanHtml(html, programs, { chars: false });
      const known = routes.get(route);
      if (known) union(known, tokens);
      else routes.set(route, { ...tokens, matchedPrograms: new Map(tokens.matchedPrograms) });
    },
    apply(html, route, file) {
      const hrefs = [...html.matchAll(STYLESHEET_LINK)].map((m) => m[1]!);
      if (hrefs.length === 0) return html;
      const whole = (WHOLE_SHEET_PAGES as readonly string[]).includes(file);
      const key = `${whole ? 'whole' : route}\n${hrefs.join('\n')}`;
      let css = selections.get(key);
      if (css === undefined) {
        const tokens = whole ? null : routes.get(route);
        if (tokens === undefined) throw new Error(`${file}：第一遍没有读到这个页面（${route}），选不出它用的样式`);
        css = hrefs.map((href) => rulesOf(href, file, tokens)).join('');
        selections.set(key, css);
      }
      if (/<\/style/i.test(css)) throw new Error(`${file}：样式表里有“</style”，不能放进页面`);
      let first = true;
      const withStyle = html.replace(STYLESHEET_LINK, (_link, href: string) => {
        const style = first ? `<style>${css}</style>` : '';
        first = false;
        return whole ? style : `${style}<link rel="preload" href="${href}" as="style">`;
      });
      const loaded = whole
        ? withStyle
        : withStyle.replace(
            '</body>',
            `${hrefs.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}</body>`,
          );
      return allowInlineStyles(loaded, file);
    },
  };
}
