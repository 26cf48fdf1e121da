/**
 * The reader behind the 朗读 control (components/ReadAloud.astro), loaded only when a reader clicks it:
 * collects the main text of the page, hands it to speechSynthesis in short utterances, and runs the
 * play / pause / resume / stop buttons.
 */
import { speechChunks } from '../lib/speech-text.ts';
import { pickChineseVoice } from '../lib/voices.ts';

/** Not read: the page's chrome inside the body (breadcrumb, controls), hidden and decorative parts. */
const SKIP = '[data-pagefind-ignore], [data-read-aloud], [hidden], [aria-hidden="true"], script, style, template, svg';
/** Elements whose text is read as one unit, with a pause after it. */
const BLOCK = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, blockquote, pre, summary';

/** The readable text of `root` in reading order, one string per block (heading, paragraph, list item…). */
export function readableBlocks(root: HTMLElement): string[] {
  const blocks: string[] = [];
  let current: Element | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const skipped = node.parentElement?.closest(SKIP);
      return skipped && root.contains(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement?.closest(BLOCK) ?? root;
    const text = node.textContent ?? '';
    if (block === current && blocks.length > 0) blocks[blocks.length - 1] += text;
    else if (text.trim() !== '') {
      blocks.push(text);
      current = block;
    }
  }
  return blocks;
}

type State = 'idle' | 'playing' | 'paused';

export function attachReader(box: HTMLElement, body: HTMLElement) {
  const synth = window.speechSynthesis;
  const play = box.querySelector<HTMLButtonElement>('[data-read-aloud-play]')!;
  const stop = box.querySelector<HTMLButtonElement>('[data-read-aloud-stop]')!;
  const label = {
    idle: play.textContent ?? '',
    playing: play.dataset['pause'] ?? '',
    paused: play.dataset['resume'] ?? '',
  };
  let state: State = 'idle';
  // Each reading gets a number, so the end of a cancelled one cannot reset the controls of the next.
  let reading = 0;

  function show(next: State) {
    state = next;
    box.dataset['state'] = next;
    play.textContent = label[next];
    stop.hidden = next === 'idle';
  }

  function start() {
    synth.cancel();
    const id = ++reading;
    const voice = pickChineseVoice(synth.getVoices());
    const chunks = speechChunks(readableBlocks(body));
    chunks.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice ? voice.lang.replace(/_/g, '-') : 'zh-CN';
      if (voice) utterance.voice = voice;
      utterance.rate = 0.9; // a little slower than the engines' default, for older listeners
      if (i === chunks.length - 1) utterance.addEventListener('end', () => id === reading && show('idle'));
      synth.speak(utterance);
    });
    show('playing');
  }

  function toggle() {
    if (state === 'idle') start();
    else if (state === 'playing') {
      synth.pause();
      show('paused');
    } else {
      synth.resume();
      show('playing');
    }
  }

  function halt() {
    reading++;
    synth.cancel();
    show('idle');
  }

  play.addEventListener('click', toggle);
  stop.addEventListener('click', () => {
    halt();
    play.focus(); // the stop button disappears: keep keyboard focus on the control
  });
  // Leaving the page must not leave the browser talking.
  addEventListener('pagehide', halt);
  return { toggle };
}
