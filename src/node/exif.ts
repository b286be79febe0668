import exifr from 'exifr';
import type { ExifSummary } from '../core/types.js';

/**
 * The EXIF/XMP fields the metadata checks use. Files without metadata (screenshots, most scans,
 * messenger re-encodes) give `undefined`; corrupt metadata is treated the same, never an error.
 */
export async function readExif(bytes: Uint8Array): Promise<ExifSummary | undefined> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      tiff: true,
      exif: true,
      xmp: true,
      icc: false,
      iptc: false,
      jfif: false,
      translateValues: false,
      reviveValues: false,
    });
  } catch {
    return undefined;
  }
  if (!tags) return undefined;
  const summary: ExifSummary = {};
  const text = (key: string): string | undefined => {
    const value = tags[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const make = text('Make');
  const model = text('Model');
  const software = text('Software');
  const creatorTool = text('CreatorTool');
  const dateTime = exifDateToIso(text('DateTimeOriginal') ?? text('CreateDate') ?? text('ModifyDate'));
  if (make) summary.make = make;
  if (model) summary.model = model;
  if (software) summary.software = software;
  if (creatorTool) summary.creatorTool = creatorTool;
  if (dateTime) summary.dateTime = dateTime;
  if (typeof tags.Orientation === 'number') summary.orientation = tags.Orientation;
  return Object.keys(summary).length > 0 ? summary : undefined;
}

/** EXIF's `YYYY:MM:DD HH:MM:SS` (no time zone) as ISO 8601 local time, without guessing a zone. */
function exifDateToIso(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}`;
}
