/**
 * The device key as a QR code, for a central office to scan and pin: the content is
 * `panitia-device:<fingerprint without spaces>:<public key base64>`, rendered here in the main
 * process to an SVG document, so the renderer needs no library and no network.
 */
import QRCode from 'qrcode';

/** What the QR code of a device key says. */
export function deviceQrContent(fingerprint: string, publicKey: string): string {
  return `panitia-device:${fingerprint.replaceAll(' ', '')}:${publicKey}`;
}

// The SVG of a key never changes: draw each once per process.
const drawn = new Map<string, string>();

/** The SVG document of the QR code of a device key (error correction M, a four-module margin). */
export async function deviceQrSvg(fingerprint: string, publicKey: string): Promise<string> {
  const content = deviceQrContent(fingerprint, publicKey);
  const cached = drawn.get(content);
  if (cached) return cached;
  const svg = await QRCode.toString(content, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  drawn.set(content, svg);
  return svg;
}
