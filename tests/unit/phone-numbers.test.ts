/**
 * Which phone numbers the content accepts, as a table: a landline with its area code (3 or 4 digits
 * starting with 0, then 7 or 8 digits), an 11-digit mobile number starting with 1, or a hotline of 3 to
 * 5 digits; and the near misses an editor types, which must be refused. The same table holds for the
 * content check (the Zod schema of every phone field) and for the editor's live check in VS Code (the
 * patterns of the generated JSON Schemas).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phoneNumber } from '../../src/schemas/fields.ts';
import { homeSchema } from '../../src/schemas/home.ts';

const ACCEPTED = [
  '0386-1234567', // area code of 4, number of 7
  '0386-12345678', // number of 8
  '010-12345678', // area code of 3
  '021-1234567',
  '13912345678', // mobile
  '19912345678',
  '110', // hotlines of 3 to 5 digits
  '12345',
  '12338',
  '96110',
];

const REFUSED = [
  '0386-123456', // 6 digits after the area code
  '0386-123456789', // 9 digits after the area code
  '0386-1234567890123',
  '03862-1234567', // area code of 5
  '09-1234567', // area code of 2
  '951-1234567', // area code without its 0
  '0386 1234567', // space instead of the hyphen
  '0386—1234567', // a dash that is not a hyphen
  '03861234567', // 11 digits starting with 0: a landline without its hyphen
  '1391234567', // mobile of 10
  '139123456789', // mobile of 12
  '23912345678', // 11 digits not starting with 1
  '12', // too short for a hotline
  '123456', // too long for a hotline
  '+86 13912345678',
  '139-1234-5678',
  '１３９１２３４５６７８', // full-width digits
  '0386-1234567 转 8001',
  '电话 12345',
  '12345\n',
  '',
];

/** Every phone field's pattern in the generated JSON Schemas (schemas/*.schema.json). */
function jsonSchemaPatterns(): { at: string; pattern: RegExp }[] {
  const found: { at: string; pattern: RegExp }[] = [];
  const walk = (node: unknown, at: string) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const here = `${at}/${key}`;
      if ((key === 'phone' || key === 'contact') && typeof value === 'object' && value !== null) {
        const pattern = (value as { pattern?: string }).pattern;
        if (pattern) found.push({ at: here, pattern: new RegExp(pattern, 'u') });
      }
      walk(value, here);
    }
  };
  for (const file of readdirSync('schemas').filter((f) => f.endsWith('.schema.json')))
    walk(JSON.parse(readFileSync(path.join('schemas', file), 'utf8')), file);
  return found;
}

describe('phone numbers', () => {
  const schema = phoneNumber('电话');

  it.each(ACCEPTED)('accepts %s', (number) => {
    expect(schema.safeParse(number).success).toBe(true);
  });

  it.each(REFUSED)('refuses %j', (number) => {
    expect(schema.safeParse(number).success).toBe(false);
  });

  it("holds a home's director to the same table", () => {
    const home = (phone: string) => ({
      id: 'heming-shiqiao',
      name: '石桥村儿童之家',
      town: 'heming',
      community: '石桥村',
      communityType: '村',
      address: '鹤鸣镇石桥村村委会一楼',
      hours: [{ days: [1, 2, 3, 4, 5], open: '16:30', close: '19:00' }],
      director: { name: '测试主任', phone },
      verified: '2026-11-20',
    });
    expect(homeSchema.safeParse(home('0386-1234567')).success).toBe(true);
    for (const number of REFUSED)
      expect(homeSchema.safeParse(home(number)).success, JSON.stringify(number)).toBe(false);
  });

  it('gives the editor in VS Code the same table, through every phone field of the generated JSON Schemas', () => {
    const patterns = jsonSchemaPatterns();
    // The director of a home, a lecture's contact, the site's phone, a town's supervisor and work station.
    expect(patterns.length).toBeGreaterThanOrEqual(5);
    for (const { at, pattern } of patterns) {
      for (const number of ACCEPTED) expect(pattern.test(number), `${at} ${number}`).toBe(true);
      for (const number of REFUSED) expect(pattern.test(number), `${at} ${JSON.stringify(number)}`).toBe(false);
    }
  });
});
