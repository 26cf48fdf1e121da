/**
 * The placeholder `npm run new` writes where an editor still has to fill something in. The content
 * check reports every one left, so a half-filled file can never be published.
 */
import type { ContentProblem } from './cross-check.ts';

export const PLACEHOLDER = '待填写';

/** Every string value still holding the placeholder, with its field path. */
export function placeholderPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderPaths(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}

/** Placeholders left in an MDX or Markdown body. */
export function bodyPlaceholders(file: string, body: string, bodyLine: number): ContentProblem[] {
  return body.split('\n').flatMap((text, i) =>
    text.includes(PLACEHOLDER)
      ? [
          {
            file,
            line: bodyLine + i,
            field: '（正文）',
            message: `正文里还有占位文字“${PLACEHOLDER}”，应当换成要发布的内容`,
          },
        ]
      : [],
  );
}
