// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readBuildEnv } from './src/lib/env.ts';

// SITE_URL, BASE_PATH, CONTENT_DIR and SITE_NOW: see README "环境变量".
const env = readBuildEnv(process.env);

export default defineConfig({
  site: env.siteUrl,
  base: env.basePath,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet serves every page instead of repeating it inside each HTML file.
    inlineStylesheets: 'never',
  },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  vite: {
    plugins: [tailwindcss()],
  },
  devToolbar: { enabled: false },
});
