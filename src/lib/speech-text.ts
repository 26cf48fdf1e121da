/**
 * How the reader cuts a page's text into utterances that speech engines read reliably (some stop
 * silently partway through a long one). Pure; used by src/scripts/read-aloud.ts.
 */

/** Longest utterance: some engines stop silently partway through long ones. */
export const MAX_UTTERANCE = 120;

/**
 * Blocks of text (a heading, a paragraph, a list item each) as utterances of at most `max` characters:
 * whole sentences where they fit, joined while they fit; a longer sentence is cut at commas, then hard.
 */
export function speechChunks(blocks: readonly string[], max = MAX_UTTERANCE): string[] {
  const chunks: string[] = [];
  for (const block of blocks) {
    const text = block.replace(/\s+/g, ' ').trim();
    const pieces = text
      .split(/(?<=[。！？；!?;])/)
      .flatMap((sentence) =>
        sentence.length <= max
          ? [sentence]
          : sentence.split(/(?<=[，、：,:])/).flatMap((clause) => clause.match(new RegExp(`[^]{1,${max}}`, 'g')) ?? []),
      );
    let current = '';
    for (const piece of pieces) {
      if (current && (current + piece).length > max) {
        chunks.push(current.trim());
        current = '';
      }
      current += piece;
    }
    if (current.trim()) chunks.push(current.trim());
  }
  return chunks;
}
