/**
 * A placeholder number never reaches a reader unmarked. Sample data writes its phones with a 0 right
 * after the area code (0123-0000000): no real local number starts with 0, so such a number cannot be
 * anyone's. The site marks them 示例 while site.yaml says they are samples (sampleIdentity for the
 * organizer's phone, sampleDirectory for the directory and lectures); once a switch is off, or where an
 * editor types one into a page, nothing would mark it, so the content check stops the build instead.
 */
import type { ContentProblem } from './cross-check.ts';

/** An area-code number whose local part starts with 0: a placeholder, never a real number. */
const PLACEHOLDER_PHONE = /\b0\d{2,3}-0\d{6,7}\b/g;

export const isPlaceholderPhone = (value: string): boolean => new RegExp(`^${PLACEHOLDER_PHONE.source}$`).test(value);

/** Every string in parsed YAML that is a placeholder number, with its field path. */
export function placeholderPhonePaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return isPlaceholderPhone(value.trim()) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderPhonePaths(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => placeholderPhonePaths(v, [...path, k]));
  return [];
}

/** Why a placeholder in a data file would show unmarked: the switch that marks it is off. */
export const switchedOffMessage = (phone: string, flag: 'sampleIdentity' | 'sampleDirectory') =>
  flag === 'sampleIdentity'
    ? `“${phone}”是示例号码（区号后面是 0，不是任何人的电话），可是 site.yaml 里 sampleIdentity 是 false，网页和打印的宣传单上都不会标“示例”。应当换成主办单位真实的电话；还没有真实电话时，把 sampleIdentity 改回 true`
    : `“${phone}”是示例号码（区号后面是 0，不是任何人的电话），可是 site.yaml 里 sampleDirectory 是 false，名录和讲座页面不会标“示例”。应当换成核实过的真实电话；名录还是示例时，把 sampleDirectory 改回 true`;

/** Placeholder numbers typed into a page: printed as they are, so a line that has one says 示例 too. */
export function bodyPlaceholderPhones(file: string, body: string, bodyLine: number): ContentProblem[] {
  return body.split('\n').flatMap((text, i) =>
    text.includes('示例')
      ? []
      : [...text.matchAll(PLACEHOLDER_PHONE)].map((m) => ({
          file,
          line: bodyLine + i,
          field: '（正文）',
          message: `正文里的“${m[0]}”是示例号码（区号后面是 0，不是任何人的电话），印出来没有“示例”字样。应当写真实的号码；要写主办单位的电话时用 <ServiceCard phone="district" />（还是示例时会自动标“示例”）`,
        })),
  );
}
