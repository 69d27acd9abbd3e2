/**
 * The share screen's QR code: the SVG path drawn from uqr's matrix, rasterised
 * and read back by an independent decoder (jsQR), gives the app's address.
 */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { modulesPath } from '../../src/ui/qr';
import { appAddress } from '../../src/ui/pages/SharePage';

const PIXELS = 4;

/** Paints the path's rectangles (M x y h w v1 h-w z) black on white, PIXELS per module. */
function rasterise(path: string, modules: number): { data: Uint8ClampedArray; size: number } {
  const size = modules * PIXELS;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = +y! * PIXELS; py < (+y! + 1) * PIXELS; py++) {
      for (let px = +x! * PIXELS; px < (+x! + +w!) * PIXELS; px++) {
        const i = (py * size + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, size };
}

const decode = (text: string) => {
  const qr = encode(text, { ecc: 'M', border: 4 });
  const { data, size } = rasterise(modulesPath(qr.data), qr.size);
  return jsQR(data, size, size)?.data;
};

describe('the QR code for sharing the app', () => {
  it('draws each run of dark modules in a row as one rectangle', () => {
    expect(
      modulesPath([
        [true, true, false],
        [false, false, true],
      ]),
    ).toBe('M0 0h2v1h-2zM2 1h1v1h-1z');
    expect(modulesPath([[false, false]])).toBe('');
  });

  it('is the app address with a trailing slash and nothing else', () => {
    expect(appAddress('https://pathway.example.org')).toBe('https://pathway.example.org/');
  });

  for (const origin of ['http://127.0.0.1:4173', 'https://pathway.example.org']) {
    it(`decodes to ${appAddress(origin)}`, () => {
      expect(decode(appAddress(origin))).toBe(appAddress(origin));
    });
  }

  it('would notice a wrong drawing: a blank path does not decode', () => {
    const qr = encode(appAddress('http://127.0.0.1:4173'), { ecc: 'M', border: 4 });
    const blank = rasterise('', qr.size);
    expect(jsQR(blank.data, blank.size, blank.size)).toBeNull();
  });
});
