import { scannerToolOf } from './scanner-tools.js';

/**
 * Software that, named in a photo's metadata (EXIF Software, XMP CreatorTool), means the file went
 * through an image editor: the `edited` check flags it with the tool's name.
 *
 * Kept as data so it can be reviewed and extended without touching the check. Each entry is a
 * case-insensitive pattern matched against the metadata text, and the name shown in reports.
 * Phone camera apps, operating-system re-encoders and scanner drivers are *not* editors: they are
 * listed in {@link NOT_EDITORS} or `scanner-tools.ts` and win over a match here (e.g. "Adobe Scan" is a scanner app,
 * "Photos 9.0" on macOS only re-encodes).
 */
export interface EditingTool {
  /** Name shown in reports. */
  name: string;
  pattern: RegExp;
}

export const EDITING_TOOLS: readonly EditingTool[] = [
  // More specific names first: "Adobe Photoshop Lightroom Classic" is Lightroom.
  { name: 'Adobe Photoshop Express', pattern: /photoshop express|ps express/i },
  { name: 'Adobe Lightroom', pattern: /lightroom/i },
  { name: 'Adobe Photoshop', pattern: /photoshop/i },
  { name: 'Adobe Illustrator', pattern: /illustrator/i },
  { name: 'Adobe Firefly', pattern: /firefly/i },
  { name: 'GIMP', pattern: /\bgimp\b/i },
  { name: 'Affinity Photo', pattern: /affinity photo/i },
  { name: 'Pixelmator', pattern: /pixelmator/i },
  { name: 'Paint.NET', pattern: /paint\.net/i },
  { name: 'Photopea', pattern: /photopea/i },
  { name: 'Krita', pattern: /\bkrita\b/i },
  { name: 'Corel PaintShop / PHOTO-PAINT', pattern: /paintshop|photo-paint|corel/i },
  { name: 'Capture One', pattern: /capture one/i },
  { name: 'darktable', pattern: /darktable/i },
  { name: 'RawTherapee', pattern: /rawtherapee/i },
  { name: 'Luminar', pattern: /luminar/i },
  { name: 'Snapseed', pattern: /snapseed/i },
  { name: 'Canva', pattern: /\bcanva\b/i },
  { name: 'Meitu', pattern: /meitu|美图/i },
  { name: 'PicsArt', pattern: /picsart/i },
  { name: 'Facetune', pattern: /facetune/i },
  { name: 'VSCO', pattern: /\bvsco\b/i },
  { name: 'Fotor', pattern: /\bfotor\b/i },
  { name: 'PhotoDirector', pattern: /photodirector/i },
  { name: 'PhotoScape', pattern: /photoscape/i },
  { name: 'Polarr', pattern: /polarr/i },
  { name: 'Prisma', pattern: /\bprisma\b/i },
  { name: 'Picsart AI / Remini', pattern: /remini/i },
  { name: 'BeautyPlus', pattern: /beautyplus/i },
  { name: 'AirBrush', pattern: /airbrush/i },
  { name: 'Microsoft Paint', pattern: /^(ms|microsoft) ?paint\b|^paint$/i },
  { name: 'ImageMagick', pattern: /imagemagick/i },
];

/**
 * Software that writes metadata without editing the picture: camera firmware and apps, OS
 * photo pipelines, scanner apps. Matching one of these clears the file even if an editor pattern
 * matches too.
 */
export const NOT_EDITORS: readonly RegExp[] = [
  /^(ios|ipados|android)?\s*\d+(\.\d+)*\s*$/i, // iOS writes its version number, e.g. "17.2"
  /camera|hdr\+|google|samsung|huawei|xiaomi|miui|oneplus|oppo|vivo|motorola|sony|pixel/i,
  /^(Windows Photo|Microsoft Windows Photo|Photos \d)/i, // OS photo viewers re-encoding on rotate
];

/** The editing tool named by `software`, or null when it names none (or a non-editor). */
export function editingToolOf(software: string): string | null {
  const text = software.trim();
  if (text === '' || NOT_EDITORS.some((pattern) => pattern.test(text)) || scannerToolOf(text) !== null) return null;
  return EDITING_TOOLS.find((tool) => tool.pattern.test(text))?.name ?? null;
}
