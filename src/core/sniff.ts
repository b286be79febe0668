import type { InputError } from './codes.js';
/**
 * Recognises an image container from its first bytes, so that a text file renamed `.jpg` or a
 * HEIC photo is reported as what it is instead of as a decoder failure.
 */

/**
 * Formats decoded in both the browser and Node, so both give the same verdict. A PDF's first page
 * is drawn (pdf.js, loaded only when a PDF comes: `src/host/pdf.ts`).
 */
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'pdf'] as const;
export type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number];

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/** The container format, `unknown` when the bytes match no image or document format we know. */
export function sniffFormat(bytes: Uint8Array): string {
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp') {
    // ISO-BMFF: the major brand, then compatible brands up to the box size. AVIF files may carry
    // `mif1` as major brand and `avif` only among the compatible ones.
    const boxSize = Math.min(
      bytes.length,
      ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0,
    );
    const brands = [ascii(8, 12)];
    for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(offset, offset + 4));
    if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
    if (brands.some((brand) => HEIF_BRANDS.includes(brand))) return 'heic';
    return 'mp4';
  }
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(0, 2) === 'BM') return 'bmp';
  if (ascii(0, 4) === '%PDF') return 'pdf';
  if (ascii(0, 4) === '8BPS') return 'psd';
  if ((bytes[0] === 0xff && bytes[1] === 0x0a) || ascii(4, 8) === 'JXL ') return 'jxl';
  if (/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(ascii(0, 256).replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) {
    return 'svg';
  }
  return 'unknown';
}

/** Whether `format` (from {@link sniffFormat}) is one we decode and check. */
export function isAcceptedFormat(format: string): format is AcceptedFormat {
  return (ACCEPTED_FORMATS as readonly string[]).includes(format);
}

/**
 * Whether the bytes of a `format` file (from {@link sniffFormat}) encode the pixels losslessly:
 * PNG and GIF always, WebP when its image chunk is `VP8L`. JPEG and AVIF count as lossy (AVIF can
 * be lossless, but cameras and screenshot tools do not write it that way).
 */
export function isLosslessEncoding(bytes: Uint8Array, format: string): boolean {
  if (format === 'png' || format === 'gif') return true;
  if (format !== 'webp') return false;
  // RIFF chunks after the 12-byte header: a 4-byte tag, a little-endian size, the payload (padded
  // to even). A simple file has one image chunk; an extended one (VP8X) has it after others.
  for (let offset = 12; offset + 8 <= bytes.length;) {
    const tag = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    if (tag === 'VP8L') return true;
    if (tag === 'VP8 ') return false;
    const size =
      (bytes[offset + 4]! | (bytes[offset + 5]! << 8) | (bytes[offset + 6]! << 16) | (bytes[offset + 7]! << 24)) >>> 0;
    offset += 8 + size + (size & 1);
  }
  return false;
}

/**
 * The first gate of every decoder: the bytes' accepted format, or the input error for an empty
 * file, a file that is no image, or an image format that is not accepted.
 */
export function checkEncodedInput(
  bytes: Uint8Array,
): { ok: true; format: AcceptedFormat } | { ok: false; format?: string; error: InputError } {
  if (bytes.byteLength === 0) return { ok: false, error: { code: 'unreadable', detail: 'the file is empty' } };
  const format = sniffFormat(bytes);
  if (format === 'unknown') {
    return {
      ok: false,
      format,
      error: { code: 'unsupported_format', detail: 'not an image: the content matches no image format' },
    };
  }
  if (!isAcceptedFormat(format)) {
    return {
      ok: false,
      format,
      error: { code: 'unsupported_format', detail: `${format} is not accepted; use ${ACCEPTED_FORMATS.join(', ')}` },
    };
  }
  return { ok: true, format };
}
