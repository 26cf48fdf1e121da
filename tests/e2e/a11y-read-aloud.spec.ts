/**
 * The 朗读 (read-aloud) control. Headless Chromium here has no speech voices, so besides checking the
 * real browser, these tests give the page a stand-in speechSynthesis (installed before the page's
 * scripts run) that reports the voices we choose and records what it is asked to say. That tests OUR
 * code — when the control shows, what text it hands to the browser, how play/pause/resume/stop drive
 * the synthesizer — not the browser's speech engine, which no test here can hear.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_OPTIONS, smallTargets } from '../support/a11y-checks.ts';
import { siteIdentity } from '../support/site-content.ts';
import { pickChineseVoice } from '../../src/lib/voices.ts';

const CONTENT_PAGE = 'law/family/';

interface Recorded {
  spoken: { text: string; lang: string; voice: string | undefined }[];
  calls: string[];
}

/** Installs the stand-in synthesizer. `voices` are there at once; `lateVoices` arrive with a voiceschanged event. */
async function fakeSpeech(
  page: Page,
  voices: { lang: string; localService: boolean }[],
  lateVoices: typeof voices = [],
) {
  await page.addInitScript(
    ({ voices, lateVoices }) => {
      const recorded = { spoken: [] as unknown[], calls: [] as string[] };
      let list = voices.map((v) => ({ ...v, name: `voice-${v.lang}`, voiceURI: v.lang, default: false }));
      class Utterance extends EventTarget {
        lang = '';
        voice: { name: string } | null = null;
        rate = 1;
        text: string;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      const queue: Utterance[] = [];
      class Synth extends EventTarget {
        getVoices = () => list;
        speak = (u: Utterance) => {
          queue.push(u);
          recorded.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
        };
        pause = () => recorded.calls.push('pause');
        resume = () => recorded.calls.push('resume');
        cancel = () => {
          recorded.calls.push('cancel');
          queue.length = 0;
        };
      }
      const synth = new Synth();
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.assign(window, {
        recorded,
        // The engine finishes everything queued: each utterance gets its end event.
        finishSpeaking: () => queue.splice(0).forEach((u) => u.dispatchEvent(new Event('end'))),
        voicesArrive: () => {
          list = [
            ...list,
            ...lateVoices.map((v) => ({ ...v, name: `voice-${v.lang}`, voiceURI: v.lang, default: false })),
          ];
          synth.dispatchEvent(new Event('voiceschanged'));
        },
      });
    },
    { voices, lateVoices },
  );
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recorded: Recorded }).recorded);
const control = (page: Page) => page.locator('[data-read-aloud]');

test('in this Chromium, the control shows exactly when the browser has a Chinese voice on the device', async ({
  page,
}) => {
  await page.goto(CONTENT_PAGE);
  // Voices may load late; give them a moment, then judge by the same rule the page uses.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        speechSynthesis.addEventListener('voiceschanged', resolve, { once: true });
        setTimeout(resolve, 1000);
      }),
  );
  const voices = await page.evaluate(() =>
    speechSynthesis.getVoices().map((v) => ({ lang: v.lang, localService: v.localService })),
  );
  if (pickChineseVoice(voices)) await expect(control(page)).toBeVisible();
  else await expect(control(page)).toBeHidden();
});

test('hidden without a Chinese voice; shown when one arrives late (voiceschanged)', async ({ page }) => {
  await fakeSpeech(
    page,
    [
      { lang: 'en-US', localService: true },
      { lang: 'zh-CN', localService: false },
    ],
    [{ lang: 'zh-CN', localService: true }],
  );
  await page.goto(CONTENT_PAGE);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(control(page)).toBeHidden();
  await page.evaluate(() => (window as unknown as { voicesArrive: () => void }).voicesArrive());
  await expect(control(page)).toBeVisible();
});

test('not offered on pages that are not content pages', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', localService: true }]);
  for (const path of ['./', 'law/', 'homes/', 'search/']) {
    await page.goto(path);
    await expect(control(page)).toBeHidden();
  }
});

test('reads the main content, not the chrome, and play/pause/resume/stop drive the synthesizer', async ({ page }) => {
  await fakeSpeech(page, [
    { lang: 'en-US', localService: true },
    { lang: 'zh-TW', localService: true },
    { lang: 'zh-CN', localService: true },
  ]);
  const lazy: string[] = [];
  page.on('request', (r) => r.url().includes('read-aloud.') && lazy.push(r.url()));
  await page.goto(CONTENT_PAGE);
  const play = control(page).getByRole('button', { name: '朗读' });
  const stop = control(page).getByRole('button', { name: '停止' });
  await expect(play).toBeVisible();
  await expect(stop).toBeHidden();
  expect(lazy, 'the reader loads only when asked for').toEqual([]);

  await play.click();
  const pause = control(page).getByRole('button', { name: '暂停' });
  await expect(pause).toBeVisible();
  await expect(stop).toBeVisible();
  expect(lazy).toHaveLength(1);

  const { spoken } = await recorded(page);
  expect(spoken.length).toBeGreaterThan(3);
  expect(spoken.every((u) => u.lang === 'zh-CN' && u.voice === 'voice-zh-CN' && u.text.length <= 120)).toBe(true);
  const said = spoken.map((u) => u.text).join('');
  // Every heading and paragraph of the article is said, in order...
  const article = await page.locator('main [data-pagefind-body]').evaluate((body) =>
    [...body.querySelectorAll('h1, h2, h3, p')]
      .filter((el) => !el.closest('[data-pagefind-ignore]'))
      .map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ''))
      .filter(Boolean),
  );
  expect(article.length).toBeGreaterThan(3);
  const compact = said.replace(/\s+/g, '');
  let from = 0;
  for (const text of article) {
    const at = compact.indexOf(text, from);
    expect(at, `「${text.slice(0, 30)}」`).toBeGreaterThanOrEqual(0);
    from = at + text.length;
  }
  // ...starting with the page's title, not the breadcrumb above it...
  expect(compact.startsWith(article[0]!)).toBe(true);
  // ...and nothing of the header, breadcrumb, controls or footer.
  for (const chrome of ['跳到正文', '全站搜索', '关怀版', '当前位置', '朗读', '停止', siteIdentity().icp, '主办单位'])
    expect(said).not.toContain(chrome);

  // Both buttons, shown only while reading, are targets a finger can hit on a phone (44 px at least).
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await smallTargets(page)).toEqual([]);

  await pause.click();
  const resume = control(page).getByRole('button', { name: '继续' });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(pause).toBeVisible();
  expect((await recorded(page)).calls).toEqual(['cancel', 'pause', 'resume']);

  expect(
    await new AxeBuilder({ page })
      .options(AXE_OPTIONS as never)
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).toEqual([]);

  await stop.click();
  await expect(play).toBeVisible();
  await expect(play).toBeFocused();
  await expect(stop).toBeHidden();
  expect((await recorded(page)).calls.at(-1)).toBe('cancel');

  // Reading to the end puts the control back to 朗读.
  await play.click();
  await expect(pause).toBeVisible();
  await page.evaluate(() => (window as unknown as { finishSpeaking: () => void }).finishSpeaking());
  await expect(play).toBeVisible();
  await expect(stop).toBeHidden();

  // Leaving the page while it reads stops the speech: the browser must not go on talking over the next page.
  await play.click();
  await expect(pause).toBeVisible();
  const callsBefore = (await recorded(page)).calls.length;
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
  expect((await recorded(page)).calls.slice(callsBefore)).toEqual(['cancel']);
  await expect(play).toBeVisible();
});
