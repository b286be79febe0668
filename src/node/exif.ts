import exifr from 'exifr';
import { EXIF_PARSE_OPTIONS, summariseMetadata } from '../core/metadata.js';
import type { ExifSummary } from '../core/types.js';

/** The metadata blocks sharp extracts from any container (JPEG, PNG, WebP, AVIF, …). */
export interface MetadataBlocks {
  /** Raw EXIF, usually starting with the `Exif\0\0` marker. */
  exif?: Uint8Array;
  /** XMP packet (XML). */
  xmp?: Uint8Array;
}

const EXIF_MARKER = 'Exif\0\0';

/**
 * The EXIF/XMP fields the metadata checks use. Files without metadata (screenshots, most scans,
 * messenger re-encodes) give `undefined`; corrupt metadata is treated the same, never an error.
 * Reads the blocks sharp already extracted, so every container sharp reads is covered.
 */
export async function readExif(blocks: MetadataBlocks): Promise<ExifSummary | undefined> {
  const tags = blocks.exif ? await parseTiff(blocks.exif) : undefined;
  const xmp = blocks.xmp ? Buffer.from(blocks.xmp).toString('utf8') : undefined;
  return summariseMetadata(tags, xmp);
}

async function parseTiff(exif: Uint8Array): Promise<Record<string, unknown> | undefined> {
  const block = Buffer.from(exif.buffer, exif.byteOffset, exif.byteLength);
  const tiff = block.subarray(0, EXIF_MARKER.length).toString('latin1') === EXIF_MARKER ? block.subarray(6) : block;
  try {
    return await exifr.parse(tiff, EXIF_PARSE_OPTIONS);
  } catch {
    return undefined;
  }
}
