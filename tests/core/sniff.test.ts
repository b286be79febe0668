import { describe, expect, it } from 'vitest';
import { ACCEPTED_FORMATS, isAcceptedFormat, sniffFormat } from '../../src/core/sniff.js';

/** Bytes from a mix of numbers and ASCII strings. */
function bytes(...parts: (number | string)[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') out.push(part);
    else for (const ch of part) out.push(ch.charCodeAt(0));
  }
  return new Uint8Array(out);
}

/** An ISO-BMFF `ftyp` box with the given major brand. */
const ftyp = (brand: string): Uint8Array => bytes(0, 0, 0, 0x18, 'ftyp', brand, 0, 0, 0, 0, 'mif1', 'miaf');

describe('sniffFormat', () => {
  const cases: [string, Uint8Array, string][] = [
    ['jpeg (JFIF)', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'JFIF', 0), 'jpeg'],
    ['jpeg (EXIF)', bytes(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 'Exif', 0, 0), 'jpeg'],
    ['png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'IHDR'), 'png'],
    ['gif87a', bytes('GIF87a', 1, 0, 1, 0), 'gif'],
    ['gif89a', bytes('GIF89a', 1, 0, 1, 0), 'gif'],
    ['webp', bytes('RIFF', 0x24, 0, 0, 0, 'WEBP', 'VP8 '), 'webp'],
    ['avif', ftyp('avif'), 'avif'],
    ['avif sequence', ftyp('avis'), 'avif'],
    ['heic', ftyp('heic'), 'heic'],
    ['heix', ftyp('heix'), 'heic'],
    ['heif mif1', ftyp('mif1'), 'heic'],
    ['mp4', bytes(0, 0, 0, 0x18, 'ftyp', 'isom', 0, 0, 0, 0, 'isom', 'mp41'), 'mp4'],
    ['tiff little-endian', bytes('II', 0x2a, 0, 8, 0, 0, 0), 'tiff'],
    ['tiff big-endian', bytes('MM', 0, 0x2a, 0, 0, 0, 8), 'tiff'],
    ['bmp', bytes('BM', 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0), 'bmp'],
    ['pdf', bytes('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'), 'pdf'],
    ['psd', bytes('8BPS', 0, 1, 0, 0, 0, 0, 0, 0), 'psd'],
    ['jxl codestream', bytes(0xff, 0x0a, 0xfa, 0x1f), 'jxl'],
    ['jxl container', bytes(0, 0, 0, 0x0c, 'JXL ', 0x0d, 0x0a, 0x87, 0x0a), 'jxl'],
    ['svg', bytes('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'), 'svg'],
    [
      'svg with xml prolog',
      bytes('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      'svg',
    ],
    ['svg with leading whitespace', bytes('\n  <svg>\n</svg>'), 'svg'],
    ['svg with a UTF-8 BOM', bytes(0xef, 0xbb, 0xbf, '<svg xmlns="http://www.w3.org/2000/svg"/>'), 'svg'],
    ['empty', new Uint8Array(0), 'unknown'],
    ['text', bytes('hello, this is not an image'), 'unknown'],
    ['html', bytes('<!DOCTYPE html><html><body>hi</body></html>'), 'unknown'],
    ['xml that is not svg', bytes('<?xml version="1.0"?><root/>'), 'unknown'],
    ['an element that only starts with svg', bytes('<svgfoo>'), 'unknown'],
    ['one byte', bytes(0xff), 'unknown'],
    ['two jpeg bytes', bytes(0xff, 0xd8), 'unknown'],
    ['RIFF that is not WebP', bytes('RIFF', 0x24, 0, 0, 0, 'WAVE', 'fmt '), 'unknown'],
    ['truncated PNG signature', bytes(0x89, 'PNG'), 'unknown'],
    ['zeros', new Uint8Array(64), 'unknown'],
  ];

  for (const [name, input, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      expect(sniffFormat(input)).toBe(expected);
    });
  }

  it('looks at the start of a larger buffer only', () => {
    const big = new Uint8Array(1 << 20);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(sniffFormat(big)).toBe('png');
    expect(sniffFormat(new Uint8Array(1 << 20))).toBe('unknown');
  });

  it('honours the view of a subarray', () => {
    const buffer = bytes('xxxx', 'GIF89a', 1, 0, 1, 0);
    expect(sniffFormat(buffer.subarray(4))).toBe('gif');
  });
});

describe('isAcceptedFormat', () => {
  it('accepts the formats both the browser and Node decode', () => {
    expect([...ACCEPTED_FORMATS].sort()).toEqual(['avif', 'gif', 'jpeg', 'pdf', 'png', 'webp']);
    for (const format of ['jpeg', 'png', 'gif', 'webp', 'avif', 'pdf']) expect(isAcceptedFormat(format)).toBe(true);
  });

  it('rejects everything else', () => {
    for (const format of ['heic', 'mp4', 'tiff', 'bmp', 'psd', 'jxl', 'svg', 'unknown', '', 'JPEG', 'jpg']) {
      expect(isAcceptedFormat(format)).toBe(false);
    }
  });

  it('agrees with sniffFormat on real signatures', () => {
    expect(isAcceptedFormat(sniffFormat(bytes(0xff, 0xd8, 0xff, 0xdb)))).toBe(true);
    expect(isAcceptedFormat(sniffFormat(ftyp('avif')))).toBe(true);
    expect(isAcceptedFormat(sniffFormat(ftyp('heic')))).toBe(false);
    expect(isAcceptedFormat(sniffFormat(bytes('%PDF-1.7')))).toBe(true);
  });
});

describe('sniffFormat on ISO-BMFF compatible brands', () => {
  const ftyp = (major: string, compatible: string[]): Uint8Array => {
    const text = major + '\0\0\0\0' + compatible.join('');
    const size = 8 + text.length;
    return Uint8Array.from([0, 0, 0, size, ...Array.from('ftyp' + text, (c) => c.charCodeAt(0))]);
  };
  it('finds avif among the compatible brands of a mif1 file', () => {
    expect(sniffFormat(ftyp('mif1', ['mif1', 'avif', 'miaf']))).toBe('avif');
    expect(sniffFormat(ftyp('mif1', ['mif1', 'heic']))).toBe('heic');
  });
});
