/**
 * QR codes made at build time as inline SVG (never fetched from a QR service), so a printed page or
 * notice leads a reader's phone back to its address. The markup is kept small because it travels inside
 * the page's HTML and counts toward its byte budget.
 */
import QRCode from 'qrcode';
import { escapeAttribute } from 'entities/escape';

export interface QrOptions {
  /** Error correction: "M" survives the smudges of an office printer; "L" is a few bytes smaller. */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** Class on the <svg>, for sizing it from CSS. */
  className?: string;
  /** Accessible name; without one the code is decorative (aria-hidden) and the address is printed as text beside it. */
  label?: string;
  /** Quiet zone in modules; 0 (the default) when CSS gives the code its white space. */
  margin?: number;
}

/** An inline <svg> QR code for `text`, with no background and by default no quiet zone. */
export async function qrSvg(text: string, opts: QrOptions = {}): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: opts.level ?? 'M',
    margin: opts.margin ?? 0,
    // A transparent background makes the library leave out its background path: fewer bytes.
    color: { dark: '#000', light: '#0000' },
  });
  const a11y = opts.label ? `role="img" aria-label="${escapeAttribute(opts.label)}"` : 'aria-hidden="true"';
  const cls = opts.className ? ` class="${escapeAttribute(opts.className)}"` : '';
  return svg
    .trim()
    .replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, `<svg${cls} ${a11y}`)
    .replace('stroke="#000000"', 'stroke="#000"');
}
