import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr.ts';

describe('QR codes', () => {
  it('makes a small inline SVG with no background and no quiet zone', async () => {
    const svg = await qrSvg('https://wcnrbh.example.gov.cn/zt/wcnrbh/handouts/where-to-get-help/', { className: 'qr' });
    expect(svg).toMatch(/^<svg class="qr" aria-hidden="true" viewBox="0 0 (\d+) \1"/);
    expect(svg).not.toContain('xmlns');
    expect(svg).not.toContain('fill="#fff');
    expect(svg.length).toBeLessThan(3000);
  });

  it('can be labelled, and escapes the label', async () => {
    expect(await qrSvg('x', { label: '扫码打开 "本页"' })).toContain('role="img" aria-label="扫码打开 &quot;本页&quot;"');
  });

  it('adds a quiet zone when asked', async () => {
    const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    expect(size(await qrSvg('https://a.cn/', { margin: 2 }))).toBe(size(await qrSvg('https://a.cn/')) + 4);
  });

  it('encodes more text in a bigger code', async () => {
    const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    expect(size(await qrSvg('https://a.cn/'))).toBeLessThan(size(await qrSvg(`https://a.cn/${'x'.repeat(120)}/`)));
  });
});
