/**
 * Every UI string is read through t() from one Chinese dictionary, so wording stays consistent and
 * reviewable in one file (the approach Starlight takes with its translations).
 */
import dictionary from '../i18n/zh-CN.json' with { type: 'json' };

export type UiKey = keyof typeof dictionary;

export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
