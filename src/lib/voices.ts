/**
 * Which of the browser's speech-synthesis voices reads our pages: the read-aloud control shows only
 * where there is one. Kept apart from the rest of the reader because it runs on every content page.
 */

/** The part of SpeechSynthesisVoice we look at (a plain object in tests). */
export interface VoiceInfo {
  lang: string;
  localService: boolean;
}

/** Rank of a Mandarin voice by language tag: mainland first. Cantonese (zh-HK, yue) does not count. */
function mandarinRank(lang: string): number {
  const tag = lang.replace(/_/g, '-').toLowerCase();
  if (/^(zh|cmn)(-hans)?-cn$/.test(tag)) return 0;
  if (/^(zh|cmn)(-hans)?$/.test(tag)) return 1;
  if (/^(zh|cmn)(-hant)?-(tw|sg|my)$/.test(tag) || /^(zh|cmn)-hant$/.test(tag)) return 2;
  return -1;
}

/**
 * The Chinese (Mandarin) voice to read with, or undefined when the browser has none. Only voices on the
 * device count: an online voice would send the page to the browser vendor's service, which the site's
 * privacy promise rules out and many networks here cannot reach.
 */
export function pickChineseVoice<V extends VoiceInfo>(voices: readonly V[]): V | undefined {
  let best: V | undefined;
  let bestRank = Infinity;
  for (const voice of voices) {
    const rank = mandarinRank(voice.lang);
    if (rank >= 0 && voice.localService && rank < bestRank) {
      best = voice;
      bestRank = rank;
    }
  }
  return best;
}
