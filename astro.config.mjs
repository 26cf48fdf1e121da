// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readBuildEnv } from './src/lib/env.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/lib/csp.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import searchIndex from './src/integrations/pagefind.ts';

// SITE_URL, BASE_PATH, CONTENT_DIR and SITE_NOW: see README "环境变量".
const env = readBuildEnv(process.env);

export default defineConfig({
  // Builds of other content (tests, benchmarks) keep their own content-layer cache next to that
  // content: a shared cache would keep entries pointing into a deleted temporary folder.
  cacheDir: env.contentDir === 'content' ? './node_modules/.astro' : path.join(path.resolve(env.contentDir), '..', '.astro-cache'),
  site: env.siteUrl,
  base: env.basePath,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet serves every page instead of repeating it inside each HTML file.
    inlineStylesheets: 'never',
  },
  // The search index is built last, from the finished pages (see src/integrations/pagefind.ts).
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), securityHeaders(), searchIndex()],
  vite: {
    plugins: [tailwindcss()],
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
