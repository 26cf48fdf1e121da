/**
 * How Chromium is launched everywhere (end-to-end tests and the PDF step): Debian's browser, since a
 * Playwright browser download is impossible here (see README), with its background calls home turned off.
 */
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM_LAUNCH = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
} satisfies LaunchOptions;
