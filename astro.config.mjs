// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { EnvError, readBuildEnv } from './src/lib/env.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/lib/csp.ts';
import contentCheck from './src/integrations/content-check.ts';
import postBuild from './src/integrations/post-build.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { linkTargets } from './src/lib/link-targets.ts';

/**
 * Vite wraps every dynamic import() in a ~1 KB (gzip) helper that preloads the lazy module's CSS and
 * imports, put in a chunk of its own. Our lazy modules (read-aloud, search) have nothing worth
 * preloading — the site has one global stylesheet — and the helper would cost half the 2 KB budget for
 * JavaScript before interaction and one more request on every page. So the helper becomes a plain call,
 * written into each chunk that uses it, and its chunk is dropped.
 */
function lazyImportsWithoutPreload() {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'lazy-imports-without-preload',
    apply: /** @type {const} */ ('build'),
    enforce: /** @type {const} */ ('pre'),
    resolveId: (/** @type {string} */ source) => (source === helperId ? helperId : undefined),
    load: (/** @type {string} */ id) =>
      id === helperId ? 'export const __vitePreload = (load) => load();' : undefined,
    generateBundle: {
      order: /** @type {const} */ ('post'),
      handler(/** @type {unknown} */ _options, /** @type {Record<string, any>} */ bundle) {
        const helper = Object.values(bundle).find(
          (c) =>
            c.type === 'chunk' &&
            c.facadeModuleId === null &&
            c.moduleIds?.includes(helperId) &&
            c.moduleIds.length === 1,
        );
        if (!helper) return;
        const name = helper.fileName
          .split('/')
          .pop()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const importIt = new RegExp(
          `import\\s*\\{\\s*\\w+\\s+as\\s+([\\w$]+)\\s*\\}\\s*from\\s*["'][./]*${name}["'];?`,
        );
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.imports.includes(helper.fileName)) continue;
          const match = importIt.exec(chunk.code);
          if (!match)
            throw new Error(
              `lazy-imports-without-preload: ${chunk.fileName} imports ${helper.fileName} in an unexpected form`,
            );
          chunk.code = chunk.code.replace(match[0], `const ${match[1]}=l=>l();`);
          chunk.imports = chunk.imports.filter((/** @type {string} */ f) => f !== helper.fileName);
        }
        delete bundle[helper.fileName];
      },
    },
  };
}

// SITE_URL, BASE_PATH, CONTENT_DIR and SITE_NOW: see README "环境变量". A wrong value stops the build
// with its own message, which says what to write, not a stack trace.
const env = (() => {
  try {
    return readBuildEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
})();

export default defineConfig({
  // Builds of other content (tests, benchmarks) keep their own content-layer cache next to that
  // content: a shared cache would keep entries pointing into a deleted temporary folder.
  cacheDir:
    env.contentDir === 'content'
      ? './node_modules/.astro'
      : path.join(path.resolve(env.contentDir), '..', '.astro-cache'),
  site: env.siteUrl,
  base: env.basePath,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet serves every page instead of repeating it inside each HTML file; the home
    // page alone carries it inline, for a first paint from the HTML (src/integrations/first-paint.ts).
    inlineStylesheets: 'never',
  },
  markdown: { processor: satteri({ hastPlugins: [linkTargets] }) },
  // The content check runs first, before any content is loaded (src/integrations/content-check.ts);
  // the post-build pipeline runs last, over the finished pages (src/integrations/post-build.ts).
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), postBuild()],
  vite: {
    plugins: [tailwindcss(), lazyImportsWithoutPreload()],
  },
  devToolbar: { enabled: false },
  // Content Security Policy in every page's <meta>, with the hashes of the site's scripts and
  // styles; the policy itself lives in src/lib/csp.ts (also the source of the nginx header).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
      styleDirective: { resources: [...CSP_STYLE_RESOURCES] },
    },
  },
});
