import type { ExifSummary } from './types.js';

/** exifr options for the EXIF tags {@link summariseMetadata} reads: raw values, no XMP/ICC/IPTC parsing. */
export const EXIF_PARSE_OPTIONS = {
  translateValues: false,
  reviveValues: false,
  xmp: false,
  icc: false,
  iptc: false,
} as const;

/**
 * The EXIF/XMP fields the metadata checks use, from parsed EXIF tags (exifr's raw output) and the
 * XMP packet's text. Shared by the Node and browser decoders. `undefined` when nothing is known.
 */
export function summariseMetadata(
  tags: Record<string, unknown> | undefined,
  xmp: string | undefined,
): ExifSummary | undefined {
  const summary: ExifSummary = {};
  const text = (key: string): string | undefined => {
    const value = tags?.[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const make = text('Make');
  const model = text('Model');
  const software = text('Software');
  const creatorTool = xmp ? xmpCreatorTool(xmp) : undefined;
  const dateTime = exifDateToIso(text('DateTimeOriginal') ?? text('CreateDate') ?? text('ModifyDate'));
  if (make) summary.make = make;
  if (model) summary.model = model;
  if (software) summary.software = software;
  if (creatorTool) summary.creatorTool = creatorTool;
  if (dateTime) summary.dateTime = dateTime;
  if (typeof tags?.Orientation === 'number') summary.orientation = tags.Orientation;
  return Object.keys(summary).length > 0 ? summary : undefined;
}

/** `xmp:CreatorTool` (or the older `xap:` prefix), written as an attribute or as an element. */
function xmpCreatorTool(xml: string): string | undefined {
  const match =
    xml.match(/\b\w+:CreatorTool\s*=\s*(?:"([^"]*)"|'([^']*)')/) ??
    xml.match(/<(\w+):CreatorTool>([^<]*)<\/\1:CreatorTool>/);
  const raw = match ? (match[0].startsWith('<') ? match[2] : (match[1] ?? match[2])) : undefined;
  const value = raw ? decodeXmlEntities(raw).trim() : '';
  return value ? value : undefined;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi,
    (_, name: string, dec?: string, hex?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : XML_ENTITIES[name.toLowerCase()]!,
  );
}

/** EXIF's `YYYY:MM:DD HH:MM:SS` (no time zone) as ISO 8601 local time, without guessing a zone. */
function exifDateToIso(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}`;
}
