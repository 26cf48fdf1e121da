import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config.ts';

/**
 * The unit project alone, as a config of its own: StrykerJS's Vitest runner runs every project of the
 * config it is given, and the other two need builds (see vitest.config.ts).
 */
export default defineConfig(unitProject);
