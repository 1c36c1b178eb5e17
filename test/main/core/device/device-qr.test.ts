import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { deviceQrContent, deviceQrSvg } from '../../../../src/main/core/device/device-qr';

const FINGERPRINT = 'a1b2 c3d4 e5f6 0718 293a 4b5c 6d7e 8f90';
const PUBLIC_KEY = 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=';

describe('device key QR code', () => {
  it('says panitia-device:<fingerprint without spaces>:<public key>', () => {
    expect(deviceQrContent(FINGERPRINT, PUBLIC_KEY)).toBe(
      `panitia-device:a1b2c3d4e5f60718293a4b5c6d7e8f90:${PUBLIC_KEY}`,
    );
  });

  it('is an SVG document of exactly that content, with no external reference', async () => {
    const svg = await deviceQrSvg(FINGERPRINT, PUBLIC_KEY);
    const expected = await QRCode.toString(
      `panitia-device:a1b2c3d4e5f60718293a4b5c6d7e8f90:${PUBLIC_KEY}`,
      { type: 'svg', errorCorrectionLevel: 'M', margin: 4 },
    );
    expect(svg).toBe(expected);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Only the SVG namespace: no link, script or image the renderer would have to fetch.
    expect(svg.match(/https?:\/\/[^"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(svg).not.toMatch(/<script|href=/);
    // A different key draws a different code.
    expect(await deviceQrSvg(FINGERPRINT, PUBLIC_KEY.replace('G', 'H'))).not.toBe(svg);
  });
});
