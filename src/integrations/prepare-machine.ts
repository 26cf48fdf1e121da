/**
 * Makes this machine ready before the build or the tests, the way `playwright install --with-deps` does,
 * but only from Debian's packages: no step downloads a browser build (Playwright's own download cannot
 * reach its servers from the machines this project runs on, see README).
 *
 *   node src/integrations/prepare-machine.ts build   Chromium and the CJK fonts (the PDF step prints with them)
 *   node src/integrations/prepare-machine.ts test    those, plus nginx and poppler (the deployment and PDF tests)
 *
 * What is missing is installed with apt-get when this user may (root, or sudo without a password);
 * otherwise it stops at once and prints the exact command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_LAUNCH } from './chromium.ts';

export type Purpose = 'build' | 'test';

export interface SystemNeed {
  /** What it is, for people. */
  readonly what: string;
  /** Why the project needs it, said in the progress line. */
  readonly why: string;
  /** The Debian package that brings it. */
  readonly debianPackage: string;
  readonly neededFor: readonly Purpose[];
  readonly isPresent: () => boolean;
}

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Whether fontconfig knows a Chinese font whose family name contains `family`. */
function hasFont(family: string): boolean {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.toLowerCase().includes(family.toLowerCase());
}

export const SYSTEM_NEEDS: readonly SystemNeed[] = [
  {
    what: 'Chromium',
    why: '构建时把宣传单和讲座通知打印成 PDF，端到端测试也用它',
    debianPackage: 'chromium',
    neededFor: ['build', 'test'],
    isPresent: () => existsSync(CHROMIUM_LAUNCH.executablePath),
  },
  {
    what: '中文字体 Noto Sans CJK',
    why: 'PDF 和截图里的中文要用它显示',
    debianPackage: 'fonts-noto-cjk',
    neededFor: ['build', 'test'],
    isPresent: () => hasFont('Noto Sans CJK'),
  },
  {
    what: 'PDF 用的中文字体文泉驿正黑',
    why: 'Chromium 把它作为 TrueType 子集嵌进 PDF（Noto CJK 会变成大得多的 Type 3 字形），宣传单和通知因此小得多',
    debianPackage: 'fonts-wqy-zenhei',
    neededFor: ['build', 'test'],
    isPresent: () => hasFont('WenQuanYi Zen Hei'),
  },
  {
    what: 'nginx',
    why: '测试随网站提供的 nginx 配置（deploy/nginx.conf）',
    debianPackage: 'nginx',
    neededFor: ['test'],
    isPresent: () => onPath('nginx'),
  },
  {
    what: 'poppler-utils（pdftotext、pdffonts）',
    why: '测试逐页读出 PDF 里的文字和字体',
    debianPackage: 'poppler-utils',
    neededFor: ['test'],
    isPresent: () => onPath('pdftotext') && onPath('pdffonts'),
  },
];

/** How this user can install Debian packages: directly as root, through sudo without a password, or not at all. */
export type InstallRight = 'root' | 'sudo' | 'none';

export type Plan =
  | { readonly kind: 'ready' }
  | { readonly kind: 'install'; readonly needs: readonly SystemNeed[]; readonly commands: readonly string[][] }
  | { readonly kind: 'ask'; readonly needs: readonly SystemNeed[]; readonly command: string };

/**
 * What to do, from what is missing and what this user may do. A custom CHROMIUM_PATH that does not exist
 * is the user's own browser, not a package: installing Debian's would not put it there, so that is asked for.
 */
export function planMachine(missing: readonly SystemNeed[], right: InstallRight, hasApt: boolean): Plan {
  if (missing.length === 0) return { kind: 'ready' };
  const packages = missing.map((need) => need.debianPackage);
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...packages];
  if (right === 'none' || !hasApt) {
    return { kind: 'ask', needs: missing, command: `sudo apt-get update && sudo ${install.join(' ')}` };
  }
  const prefix = right === 'sudo' ? ['sudo', '-n'] : [];
  return {
    kind: 'install',
    needs: missing,
    commands: [
      [...prefix, 'apt-get', 'update', '-qq'],
      [...prefix, ...install],
    ],
  };
}

function installRight(): InstallRight {
  if (process.getuid?.() === 0) return 'root';
  if (onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return 'sudo';
  return 'none';
}

/** Checks the machine for a purpose and installs what is missing; returns false when the user must act. */
export function prepareMachine(purpose: Purpose): boolean {
  const wanted = SYSTEM_NEEDS.filter((need) => need.neededFor.includes(purpose));
  const missing = wanted.filter((need) => !need.isPresent());
  const customChromium = process.env['CHROMIUM_PATH'];
  if (customChromium && missing.some((need) => need.debianPackage === 'chromium')) {
    console.error(
      `找不到 CHROMIUM_PATH 指定的浏览器：${customChromium}。请改正这个路径，或去掉 CHROMIUM_PATH 使用 Debian 的 chromium。`,
    );
    return false;
  }
  const plan = planMachine(missing, installRight(), onPath('apt-get'));
  if (plan.kind === 'ready') return true;
  const list = plan.needs.map((need) => `  - ${need.what}：${need.why}（Debian 包 ${need.debianPackage}）`).join('\n');
  if (plan.kind === 'ask') {
    console.error(`这台机器还缺：\n${list}\n请先运行（Debian、Ubuntu）：\n  ${plan.command}\n然后再运行一次。`);
    return false;
  }
  console.log(`准备机器：用 apt-get 安装（只在第一次需要，约 1–3 分钟）：\n${list}`);
  for (const [command, ...args] of plan.commands) {
    const result = spawnSync(command!, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(`安装失败：${[command, ...args].join(' ')}（退出码 ${result.status}）`);
      return false;
    }
  }
  const stillMissing = plan.needs.filter((need) => !need.isPresent());
  if (stillMissing.length > 0) {
    console.error(`装好以后仍然找不到：${stillMissing.map((need) => need.what).join('、')}`);
    return false;
  }
  console.log('准备机器：已装好。');
  return true;
}

if (import.meta.main) {
  const purpose = process.argv[2];
  if (purpose !== 'build' && purpose !== 'test') {
    console.error('用法：node src/integrations/prepare-machine.ts build|test');
    process.exit(2);
  }
  if (!prepareMachine(purpose)) process.exit(1);
}
