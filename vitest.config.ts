/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests of pure functions, schemas and error messages; no build, no browser.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
