/**
 * QR codes made at build time by the `qrcode` library, as SVG: dark on white, error correction M,
 * the quiet zone of 4 modules kept. No external service and no QR code library in the browser.
 */
import QRCode from 'qrcode';
import { html } from '../domain/verwijzers';

/** The bare SVG of the code for `url` (as a file, or for an `<img>`). */
export async function qrSvgBestand(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}

/** The SVG to inline in a page: an image with an accessible name (e.g. "QR-code naar …"). */
export async function qrSvg(url: string, naam: string, klasse = 'qr'): Promise<string> {
  const svg = await qrSvgBestand(url);
  return svg.replace('<svg ', `<svg role="img" aria-label="${html(naam)}" class="${html(klasse)}" `);
}
