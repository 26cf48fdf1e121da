/**
 * The content check (src/check/check-content.ts) inside Astro, so no build can skip it: `astro build`
 * runs it before any content is loaded and stops with the full report — every problem, as
 * "文件:行 字段 — 问题，应当…" — when there is one; `astro dev` prints the report and keeps serving,
 * and prints it again whenever a content file changes. Validating in an integration hook is how Astro's
 * own integrations refuse bad input (https://docs.astro.build/en/reference/integrations-reference/).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatReport, type CheckResult } from '../check/check-content.ts';
import { readBuildEnv } from '../lib/env.ts';

async function timedCheck(root: string, contentDir: string): Promise<{ result: CheckResult; seconds: string }> {
  const started = performance.now();
  const result = await checkContent(root, contentDir);
  return { result, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

/** Logs the report: problems as errors (a build) or warnings (dev, which keeps serving). */
function log(
  logger: AstroIntegrationLogger,
  { result, seconds }: { result: CheckResult; seconds: string },
  level: 'error' | 'warn',
) {
  if (result.problems.length === 0) logger.info(`${formatReport(result)}（用时 ${seconds} 秒）`);
  else logger[level](`\n${formatReport(result)}`);
}

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  const { contentDir } = readBuildEnv(process.env);
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        const checked = await timedCheck(root, contentDir);
        log(logger, checked, command === 'build' ? 'error' : 'warn');
        if (command === 'build' && checked.result.problems.length > 0) {
          const error = new AstroError(
            `内容检查发现 ${checked.result.problems.length} 处问题，构建已停止。`,
            '问题逐条列在上面（文件:行 字段 — 问题，应当…）；改好后运行 npm run check:content 确认，再构建。',
          );
          // The report above is what the editor needs; a stack trace into this file is not.
          error.stack = '';
          throw error;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = path.resolve(root, contentDir) + path.sep;
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(watched)) return;
          clearTimeout(timer);
          timer = setTimeout(async () => log(logger, await timedCheck(root, contentDir), 'warn'), 200);
        });
      },
    },
  };
}
