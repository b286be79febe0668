// @ts-check
// Family "metadata": good photos re-saved with an editor named in EXIF Software or XMP
// CreatorTool (`edited`), and with a phone camera's own EXIF (must pass). Pixels are unchanged.

import path from 'node:path';
import sharp from 'sharp';
import { addEntry, findEntry } from './labels.mjs';
import { JPEG_QUALITY, OUT_DIR } from './settings.mjs';

/** @import { Exif } from 'sharp' */
/** @import { ExpectGroup } from './labels.mjs' */

/**
 * The good photo `from` re-saved as `file` with `exif` and/or `xmp`.
 * @typedef {object} MetadataCase
 * @property {string} from
 * @property {string} file
 * @property {ExpectGroup} label
 * @property {ExpectGroup} expect
 * @property {Exif} [exif]
 * @property {string} [xmp]
 */

/** @type {MetadataCase[]} */
const METADATA_CASES = [
  {
    from: 'doc_good_wood_card_01.jpg',
    file: 'doc_edited_photoshop_01.jpg',
    label: 'doc_edited',
    expect: 'doc_edited',
    exif: { IFD0: { Software: 'Adobe Photoshop 25.0 (Windows)' } },
  },
  {
    from: 'doc_good_table_card_02.jpg',
    file: 'doc_edited_snapseed_02.jpg',
    label: 'doc_edited',
    expect: 'doc_edited',
    exif: { IFD0: { Make: 'Google', Model: 'Pixel 7', Software: 'Snapseed 2.0' } },
  },
  {
    from: 'doc_good_keyboard_card_03.jpg',
    file: 'doc_edited_gimp_xmp_03.jpg',
    label: 'doc_edited',
    expect: 'doc_edited',
    xmp: '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="GIMP 2.10"/></rdf:RDF></x:xmpmeta>',
  },
  {
    from: 'doc_good_lightdesk_card_04.jpg',
    file: 'doc_good_camera_exif_11.jpg',
    label: 'doc_good',
    expect: 'doc_camera_exif',
    exif: {
      IFD0: { Make: 'Google', Model: 'Pixel 8', Software: 'HDR+ 1.0.540104767zd' },
      IFD2: { DateTimeOriginal: '2026:03:14 09:26:53' },
    },
  },
];

/**
 * Re-saves one good photo with its metadata.
 * @param {MetadataCase} metadata
 */
async function makeMetadataVariant({ from, file, label, expect, exif, xmp }) {
  let image = sharp(path.join(OUT_DIR, from));
  if (exif) image = image.withExif(exif);
  if (xmp) image = image.withXmp(xmp);
  await image.jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toFile(path.join(OUT_DIR, file));
  addEntry({
    file,
    label,
    kind: 'document',
    corners: findEntry(from).corners,
    notes: `${from} re-saved with ${exif ? 'EXIF ' + JSON.stringify(exif) : 'XMP CreatorTool'}`,
    expect,
  });
}

/** The metadata variants of good photos. */
export async function makeMetadataVariants() {
  for (const metadata of METADATA_CASES) await makeMetadataVariant(metadata);
}
