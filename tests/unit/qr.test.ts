import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr.ts';

/** Reads the library's "M x y h n" runs back into the set of dark modules, offset by the quiet zone. */
function darkModules(svg: string, margin: number): Set<string> {
  const path = /<path stroke="#000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i++) dark.add(`${x + i - margin},${Math.floor(y) - margin}`);
      x += Number(a);
    }
  }
  return dark;
}

describe('QR codes', () => {
  it('makes a small inline SVG with no background and no quiet zone', async () => {
    const svg = await qrSvg('https://wcnrbh.example.gov.cn/zt/wcnrbh/handouts/where-to-get-help/', { className: 'qr' });
    expect(svg).toMatch(/^<svg class="qr" aria-hidden="true" viewBox="0 0 (\d+) \1"/);
    expect(svg).not.toContain('xmlns');
    expect(svg).not.toContain('fill="#fff');
    expect(svg.length).toBeLessThan(3000);
  });

  it('can be labelled, and escapes the label', async () => {
    expect(await qrSvg('x', { label: '扫码打开 "本页"' })).toContain(
      'role="img" aria-label="扫码打开 &quot;本页&quot;"',
    );
  });

  it('adds a quiet zone when asked', async () => {
    const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    expect(size(await qrSvg('https://a.cn/', { margin: 2 }))).toBe(size(await qrSvg('https://a.cn/')) + 4);
  });

  it('encodes more text in a bigger code', async () => {
    const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    expect(size(await qrSvg('https://a.cn/'))).toBeLessThan(size(await qrSvg(`https://a.cn/${'x'.repeat(120)}/`)));
  });

  it('encodes the text: every dark module of the code and no other', async () => {
    const text = 'https://wcnrbh.example.gov.cn/zt/wcnrbh/lectures/2026-12-13-sangtian-liuwan/';
    const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const expected = new Set<string>();
    for (let row = 0; row < code.modules.size; row++) {
      for (let col = 0; col < code.modules.size; col++) if (code.modules.get(row, col)) expected.add(`${col},${row}`);
    }
    expect(expected.size).toBeGreaterThan(100);
    expect(darkModules(await qrSvg(text, { label: '讲座详情', margin: 2 }), 2)).toEqual(expected);
  });
});

describe('QR code options', () => {
  it('uses error correction M unless asked otherwise', async () => {
    const text = 'https://wcnrbh.example.gov.cn/zt/wcnrbh/handouts/where-to-get-help/';
    expect(await qrSvg(text)).toBe(await qrSvg(text, { level: 'M' }));
    expect(await qrSvg(text)).not.toBe(await qrSvg(text, { level: 'H' }));
  });

  it('escapes the class and hides a code without a label from screen readers', async () => {
    const svg = await qrSvg('x', { className: 'qr "big"', label: '' });
    expect(svg).toMatch(/^<svg class="qr &quot;big&quot;" aria-hidden="true" viewBox=/);
    expect(svg).not.toContain('role=');
  });
});

describe('QR code markup', () => {
  it('starts with its accessible name and ends with the svg, with one path and no background', async () => {
    const svg = await qrSvg('x', { label: '讲座详情' });
    expect(svg).toMatch(/^<svg role="img" aria-label="讲座详情" viewBox=/);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<path/g)).toHaveLength(1);
  });
});
