// @ts-check
// The ground truth: what each image is and which issue codes the checks must (not) report for it,
// gathered while the images are drawn and written to test-images/labels.json at the end.

import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OUT_DIR } from './settings.mjs';

/** @typedef {{ mustInclude: string[], mustExclude: string[] }} Expectation */

/** What no good document photo may be reported for. */
const GOOD_DOCUMENT_EXCLUDES = [
  'grayscale',
  'too_dark',
  'overexposed',
  'low_resolution',
  'screenshot',
  'screen_recapture',
  'blurry',
  'glare',
  'shadow',
];

/** What the checks must and must not report, per group of images. */
const EXPECT = {
  doc_good: { mustInclude: [], mustExclude: [...GOOD_DOCUMENT_EXCLUDES, 'scan_or_copy'] },
  // A flatbed scan of a colour card cropped to it: a good document whose only scan trait the
  // pixels show is the missing background (see docs/checks/scan-or-copy.md), so either verdict.
  doc_good_scan: { mustInclude: [], mustExclude: GOOD_DOCUMENT_EXCLUDES },
  doc_copy: { mustInclude: ['scan_or_copy'], mustExclude: ['screenshot', 'screen_recapture'] },
  doc_copy_gray: { mustInclude: ['scan_or_copy', 'grayscale'], mustExclude: ['screenshot', 'screen_recapture'] },
  doc_camera_control: {
    mustInclude: [],
    mustExclude: ['scan_or_copy', 'grayscale', 'screenshot', 'screen_recapture', 'too_dark', 'overexposed'],
  },
  doc_color_on_white: { mustInclude: [], mustExclude: ['grayscale'] },
  doc_gray: { mustInclude: ['grayscale'], mustExclude: [] },
  doc_dark: { mustInclude: ['too_dark'], mustExclude: ['grayscale'] },
  doc_overexposed: { mustInclude: ['overexposed'], mustExclude: [] },
  doc_lowres: { mustInclude: ['low_resolution'], mustExclude: [] },
  doc_blur: { mustInclude: ['blurry'], mustExclude: ['cropped', 'document_not_found', 'too_far'] },
  doc_glare: { mustInclude: ['glare'], mustExclude: ['cropped', 'document_not_found'] },
  doc_shadow: { mustInclude: ['shadow'], mustExclude: ['cropped', 'document_not_found', 'glare'] },
  // A shadow beside pale print, where the glare check takes the lit part for a veil as well.
  doc_shadow_beside_veil: { mustInclude: ['shadow'], mustExclude: ['cropped', 'document_not_found'] },
  face_one: {
    mustInclude: [],
    mustExclude: [
      'too_dark',
      'overexposed',
      'low_resolution',
      'blurry',
      'no_face',
      'multiple_faces',
      'face_too_small',
      'face_cut_off',
    ],
  },
  selfie_dark: { mustInclude: ['too_dark'], mustExclude: ['overexposed'] },
  selfie_blur: { mustInclude: ['blurry'], mustExclude: [] },
  face_cut_off: { mustInclude: ['face_cut_off'], mustExclude: ['no_face', 'multiple_faces'] },
  face_small: { mustInclude: ['face_too_small'], mustExclude: ['no_face', 'multiple_faces'] },
  face_many: { mustInclude: ['multiple_faces'], mustExclude: ['no_face'] },
  face_none: { mustInclude: ['no_face'], mustExclude: ['multiple_faces'] },
  doc_edited: { mustInclude: ['edited'], mustExclude: [] },
  doc_camera_exif: {
    mustInclude: [],
    mustExclude: ['edited', 'grayscale', 'too_dark', 'overexposed', 'low_resolution', 'screenshot', 'screen_recapture'],
  },
  screen_ui: { mustInclude: ['screenshot'], mustExclude: [] },
  doc_frame_perspective: {
    mustInclude: [],
    mustExclude: ['cropped', 'document_not_found', 'too_far', 'blurry', 'glare'],
  },
  doc_frame_cut: { mustInclude: ['cropped'], mustExclude: ['document_not_found'] },
  doc_frame_thumb: { mustInclude: ['cropped'], mustExclude: ['document_not_found'] },
  doc_frame_covered: { mustInclude: ['cropped'], mustExclude: ['document_not_found'] },
  doc_frame_held: { mustInclude: [], mustExclude: ['cropped', 'document_not_found', 'too_far'] },
  doc_frame_far: { mustInclude: ['too_far'], mustExclude: ['cropped'] },
  // Fingers over a corner, along an edge near one or over an edge's middle onto the card; a hand
  // holding a card with its edges in view.
  doc_hand_corner: { mustInclude: ['cropped'], mustExclude: ['document_not_found'] },
  doc_hand_edge: { mustInclude: ['cropped'], mustExclude: ['document_not_found'] },
  doc_hand_middle: { mustInclude: ['cropped'], mustExclude: ['document_not_found'] },
  doc_hand_held: { mustInclude: [], mustExclude: ['cropped', 'document_not_found', 'too_far'] },
  // A corner just past the frame (flagged) or just inside it (passed).
  doc_edge_past: { mustInclude: ['cropped'], mustExclude: ['document_not_found'] },
  doc_edge_inside: { mustInclude: [], mustExclude: ['cropped', 'document_not_found', 'too_far'] },
  screen_moire: { mustInclude: ['screen_recapture'], mustExclude: ['screenshot'] },
  // A camera photo of a printed moiré-prone pattern (guilloche, fabric): not a screen.
  screen_control: { mustInclude: [], mustExclude: ['screenshot', 'screen_recapture'] },
  // PDFs drawn in spite of their size: any verdict, but a report of the page.
  pdf_drawn: { mustInclude: [], mustExclude: ['unreadable', 'too_large', 'unsupported_format'] },
  pdf_unreadable: { mustInclude: ['unreadable'], mustExclude: [] },
};

/** @typedef {keyof typeof EXPECT} ExpectGroup */

/** The order of the images in labels.json: by the first of these their file name starts with. */
const GROUP_ORDER = [
  'doc_good_',
  'doc_color_on_white',
  'doc_gray',
  'doc_dark',
  'doc_overexposed',
  'doc_lowres',
  'doc_blur',
  'doc_glare',
  'doc_copy',
  'selfie',
  'doc_edited',
  'screen_ui',
  'screen_moire',
  'screen_photo',
  'screen_control',
  'doc_frame',
  'doc_hand',
  'doc_edge',
  'pdf_',
];

/**
 * @typedef {object} EntryOptions
 * @property {string} file
 * @property {string} label
 * @property {'document' | 'selfie'} kind
 * @property {number[] | null} corners the document's corners [x0, y0, ... x3, y3], clockwise from its
 *   top-left; null when the document fills the frame or the image is not a photo of one
 * @property {string} notes how the image was made
 * @property {ExpectGroup} [expect=label] which row of EXPECT applies
 * @property {string} [pending] why the image cannot be judged correctly yet (a check it needs is
 *   planned); the labels test lists such rows as to-do instead of asserting them
 * @property {Record<string, unknown>} [extra] more ground truth (where its blur or glare is),
 *   written after `notes`
 */

/** @typedef {ReturnType<typeof toEntry>} Entry */

/**
 * @param {EntryOptions} options
 */
function toEntry({ file, label, kind, corners, notes, expect, pending, extra = {} }) {
  const group = expect ?? label;
  if (!(group in EXPECT)) throw new Error(`${file}: no expectation '${group}'`);
  const expectation = EXPECT[/** @type {ExpectGroup} */ (group)];
  return {
    file,
    label,
    kind,
    mustInclude: [...expectation.mustInclude],
    mustExclude: [...expectation.mustExclude],
    corners,
    notes,
    ...extra,
    ...(pending ? { pending } : {}),
  };
}

/** @type {Entry[]} */
const entries = [];

/**
 * Records an image written to OUT_DIR.
 * @param {EntryOptions} options
 */
export function addEntry(options) {
  entries.push(toEntry(options));
  console.log(`  ${options.file}`);
}

/**
 * The entry of an image recorded earlier.
 * @param {string} file
 */
export function findEntry(file) {
  const entry = entries.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} has not been made yet`);
  return entry;
}

/** Removes the images a previous run listed in labels.json (and nothing else). */
export async function removePreviousImages() {
  try {
    const previous = JSON.parse(await readFile(path.join(OUT_DIR, 'labels.json'), 'utf8'));
    for (const image of previous.images ?? []) {
      if (typeof image.file === 'string' && !image.file.includes('/') && !image.file.includes('\\')) {
        await rm(path.join(OUT_DIR, image.file), { force: true });
      }
    }
  } catch {
    // no previous labels.json
  }
}

/**
 * Writes labels.json: the entries grouped by GROUP_ORDER, in the order they were made within a group.
 * @param {string} generator the generator's path from the repository's root
 */
export async function writeLabels(generator) {
  /** @param {string} file */
  const rank = (file) => {
    const i = GROUP_ORDER.findIndex((group) => file.startsWith(group));
    return i < 0 ? GROUP_ORDER.length : i;
  };
  const images = [...entries].sort((a, b) => rank(a.file) - rank(b.file)); // stable
  // pretty-printed, but with each array of plain values on one line
  const json = JSON.stringify({ generator, images }, null, 2).replace(
    /\[([^[\]{}]*)\]/g,
    (_, /** @type {string} */ inner) => {
      const items = inner
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
      return `[${items.join(', ')}]`;
    },
  );
  await writeFile(path.join(OUT_DIR, 'labels.json'), json + '\n');
  return images.length;
}
