import type { InputError, InputErrorCode } from '../core/codes.js';
import { DETAIL_SIDE } from '../core/detail.js';
import { checkEncodedInput, isLosslessEncoding, type AcceptedFormat } from '../core/sniff.js';
import type { ImageMeta, Raster } from '../core/types.js';
import type { PreparedRequest } from './request.js';

/** A decoded image, or why there is none: what every host's decoder returns. */
export type DecodeResult =
  | {
      ok: true;
      raster: Raster;
      meta: ImageMeta;
      /** The picture's centre at the file's own size (`detailBox`), when asked for (`detailSide`) and the raster is smaller. */
      detail?: Raster;
    }
  | { ok: false; error: InputError; meta: Partial<ImageMeta> };

/** What a decoder may produce for one request. */
export interface DecodeLimits {
  /** Inputs with more pixels than this are not analysed (`too_large`). */
  maxPixels: number;
  /** Longer side of the decoded raster; larger images are scaled down while decoding. */
  maxSide: number;
  /**
   * Side of the square at the picture's centre also decoded at the file's own resolution, when
   * the raster is scaled down (`DecodeResult.detail`); absent or 0: none.
   */
  detailSide?: number;
}

/** The decode limits of a request: the one place they are decided, for Node and the browser. */
export function decodeLimits(request: PreparedRequest): DecodeLimits {
  // Every kind is decoded straight to the analysis size, so a large JPEG is shrunk by its codec
  // (scaled inverse DCT) instead of decoded whole. Until 2026-12 documents were decoded at 2 ×
  // and area-averaged by the core; docs/speed.md "Decoding" gives the corpus drift of the change.
  // Documents (and `auto`, which may be one) also get the picture's centre at the file's own
  // size: a screen's pixel grid does not survive the shrink (screen_recapture, `moireNative`).
  const limits: DecodeLimits = { maxPixels: request.options.maxPixels, maxSide: request.options.analysisSize };
  return request.kind === 'selfie' ? limits : { ...limits, detailSide: DETAIL_SIDE };
}

/** A failed decode; `measured` carries the value and limit of a `too_large`. */
export function decodeFailure(
  code: InputErrorCode,
  detail: string,
  meta: Partial<ImageMeta>,
  measured: { score?: number; threshold?: number } = {},
): DecodeResult {
  return { ok: false, error: { code, detail, ...measured }, meta };
}

/** The first line of an error's message, for an input error's detail. */
export function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

/** The input error of an image of `meta`'s size, if it has one: no pixels, or more than the limit. */
export function sizeFailure(meta: ImageMeta, limits: DecodeLimits): DecodeResult | null {
  const pixels = meta.width * meta.height;
  if (pixels === 0) return decodeFailure('unreadable', 'the image has no pixels', meta);
  if (pixels <= limits.maxPixels) return null;
  return decodeFailure(
    'too_large',
    `${meta.width}x${meta.height} exceeds the limit of ${limits.maxPixels} pixels`,
    meta,
    {
      score: pixels,
      threshold: limits.maxPixels,
    },
  );
}

/**
 * What the bytes say before any decoder runs: their format and the meta known so far (size in
 * bytes, lossless encoding), or why they are not an image we accept (empty, not an image, HEIC…).
 */
export function sniffEncoded(
  bytes: Uint8Array,
): { ok: true; format: AcceptedFormat; meta: Partial<ImageMeta> } | Extract<DecodeResult, { ok: false }> {
  const input = checkEncodedInput(bytes);
  const meta: Partial<ImageMeta> = { bytes: bytes.byteLength };
  if (input.format) meta.format = input.format;
  if (!input.ok) return { ok: false, error: input.error, meta };
  return { ok: true, format: input.format, meta: { ...meta, lossless: isLosslessEncoding(bytes, input.format) } };
}
