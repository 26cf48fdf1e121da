/**
 * The shipped nginx config (deploy/nginx.conf) serving the built dist/ with real nginx on loopback:
 * a temporary prefix directory and a generated nginx.conf that includes the shipped file and the
 * build's nginx-site.conf exactly as the README tells a deployer to. Under BASE_PATH the site sits at
 * that sub-path of the web root, as in a portal.
 */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalizeBasePath } from '../../src/lib/env.ts';

const base = normalizeBasePath(process.env['BASE_PATH']);
const dist = path.resolve('dist');
const NGINX = process.env['NGINX_PATH'] ?? 'nginx';

let prefix = '';
let nginx: ChildProcess | undefined;
let origin = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  for (const dir of ['logs', 'tmp']) mkdirSync(path.join(prefix, dir));
  // At "/" the web root is dist/ itself; under a sub-path, dist/ is that folder of a bigger web root.
  let root = dist;
  if (base !== '/') {
    root = path.join(prefix, 'www');
    mkdirSync(path.join(root, path.dirname(base.slice(1, -1))), { recursive: true });
    symlinkSync(dist, path.join(root, base.slice(1, -1)));
  }
  const port = await freePort();
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
# One process as the current user: no worker user to switch to, nothing left behind.
master_process off;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        include ${path.join(root, base, 'nginx-site.conf')};
        include ${path.resolve('deploy/nginx.conf')};
    }
}
`,
  );
  const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  expect(check.status, `nginx -t:\n${check.stderr}`).toBe(0);
  nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (chunk) => (stderr += chunk));
  origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx 退出了：${stderr}`);
    try {
      await fetch(origin);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx 没有在端口 ${port} 上响应：${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const get = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(origin + pathname, { headers, redirect: 'manual' });

function headerPolicyFromBuild(): string {
  const conf = readFileSync(path.join(dist, 'nginx-site.conf'), 'utf8');
  return /set \$wcnrbh_csp "([^"]*)";/.exec(conf)![1]!;
}

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toBe(headerPolicyFromBuild());
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  const permissions = response.headers.get('permissions-policy') ?? '';
  expect(permissions).toContain('geolocation=(self)');
  for (const denied of ['camera=()', 'microphone=()', 'payment=()']) expect(permissions).toContain(denied);
  expect(response.headers.get('server')).toBe('nginx');
}

test('pages come with the security headers, a short cache and gzip', async () => {
  for (const page of ['', 'homes/', 'lectures/', 'search/?q=%E7%95%99%E5%AE%88']) {
    const response = await get(base + page, { 'Accept-Encoding': 'gzip' });
    expect(response.status, page).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(await response.text()).toContain('<meta http-equiv="content-security-policy"');
  }
});

test('hashed assets are cached for a year as immutable, and compressed', async () => {
  const css = readdirSync(path.join(dist, '_astro')).find((f) => f.endsWith('.css'));
  const response = await get(`${base}_astro/${css}`, { 'Accept-Encoding': 'gzip' });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(response.headers.get('content-encoding')).toBe('gzip');
  expectSecurityHeaders(response);
});

test("the search index's content-named files are cached for a year; the files that name them are checked each time", async () => {
  const files = readdirSync(path.join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' }).map(
    (f) => `pagefind/${f.split(path.sep).join('/')}`,
  );
  // A rebuilt index gets new names for these, so a year in the reader's cache is safe.
  const hashed = ['.pf_meta', '.pf_index', '.pf_fragment'].map((end) => files.find((f) => f.endsWith(end))!);
  // These keep their names across builds: cached for good, a reader would search last month's index.
  const named = ['pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'search/terms.json', 'homes/homes.xlsx'];
  for (const file of hashed) {
    const response = await get(base + file);
    expect(response.status, file).toBe(200);
    expect(response.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
  }
  for (const file of named) {
    const response = await get(base + file);
    expect(response.status, file).toBe(200);
    expect(response.headers.get('cache-control'), file).toBe('no-cache');
  }
});

test('every kind of file the site ships gets its content type', async () => {
  const expected: [RegExp, string][] = [
    [/\.xml$/, 'application/xml; charset=utf-8'],
    [/\.txt$/, 'text/plain; charset=utf-8'],
    [/\.svg$/, 'image/svg+xml; charset=utf-8'],
    [/\.js$/, 'text/javascript; charset=utf-8'],
    [/\.ics$/, 'text/calendar; charset=utf-8'],
    [/\.pdf$/, 'application/pdf'],
    [/\.xlsx$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [/\.wasm$/, 'application/wasm'],
    [/\.json$/, 'application/json; charset=utf-8'],
    [/\.(pf_meta|pf_index|pf_fragment|pagefind)$/, 'application/octet-stream'],
  ];
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('.html'));
  let checked = 0;
  for (const [pattern, type] of expected) {
    // One file of each kind the build made (PDFs, calendars and the search index come from their steps).
    const file = files.find((f) => pattern.test(f));
    if (!file) continue;
    const response = await get(base + file.split(path.sep).join('/'));
    expect(response.status, file).toBe(200);
    expect(response.headers.get('content-type'), file).toBe(type);
    checked++;
  }
  expect(checked).toBeGreaterThanOrEqual(3);
});

test('an unknown address gets the 404 page with the same headers; the generated config is not served', async () => {
  for (const missing of ['no-such-page/', 'nginx-site.conf']) {
    const response = await get(base + missing);
    expect(response.status, missing).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('没有找到这个页面');
  }
});

test('a section address without its trailing slash redirects within the site', async () => {
  const response = await get(`${base}homes`);
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe(`${base}homes/`);
});

test('in Chromium, pages under both the header and the <meta> policy run without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    // Warnings too: Chromium warns about a Permissions-Policy feature it does not know.
    if (m.type() === 'error' || m.type() === 'warning') violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const target of ['', 'homes/', 'search/?q=%E5%84%BF%E7%AB%A5']) {
    const response = await page.goto(origin + base + target);
    expect(response?.headers()['content-security-policy']).toBe(headerPolicyFromBuild());
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
  expect(existsSync(path.join(prefix, 'nginx.pid'))).toBe(true);
});
