// @ts-check
// Family "pdf": PDFs whose first page is checked. Good photos put on a page as a scan app or a
// "save as PDF" would (one page, several pages, thousands of pages), a page too large to draw at
// its size, an image too large to decode, and files that cannot be drawn: a password, no PDF
// structure at all, a download cut short. Written with pdf-lib (fixed metadata, no dates) or by
// hand where pdf-lib cannot (encryption), so every run writes the same bytes.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import {
  PDFDocument,
  PDFName,
  PDFRawStream,
  StandardFonts,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { addEntry, findEntry } from './labels.mjs';
import { OUT_DIR } from './settings.mjs';

/** Photos are placed at this resolution, as a phone's scan app does: a 1600 × 1200 photo is a 7.7 × 5.8 in page. */
const PHOTO_DPI = 150;
/** An A4 page in points. */
const A4 = /** @type {[number, number]} */ ([595, 842]);

/** A new PDF with fixed metadata: pdf-lib would otherwise stamp the time of the run. */
async function newPdf() {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setProducer('id-precheck test-images');
  pdf.setCreator('scripts/test-images/pdf.mjs');
  return pdf;
}

/**
 * Appends a page holding the good photo `from`, filling it at {@link PHOTO_DPI}.
 * @param {PDFDocument} pdf
 * @param {string} from
 */
async function addPhotoPage(pdf, from) {
  const image = await pdf.embedJpg(await readFile(path.join(OUT_DIR, from)));
  const [width, height] = [(image.width * 72) / PHOTO_DPI, (image.height * 72) / PHOTO_DPI];
  pdf.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
}

/**
 * Appends an A4 page of text in a standard font (not embedded: drawn from pdf.js's font files).
 * @param {PDFDocument} pdf
 * @param {string} line
 */
async function addTextPage(pdf, line) {
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage(A4).drawText(line, { x: 60, y: 760, size: 18, font });
}

/**
 * Writes `bytes` as `file` and records it.
 * @param {string} file
 * @param {Uint8Array} bytes
 * @param {Omit<import('./labels.mjs').EntryOptions, 'file' | 'kind'>} entry
 */
async function writePdf(file, bytes, entry) {
  await writeFile(path.join(OUT_DIR, file), bytes);
  addEntry({ file, kind: 'document', ...entry });
}

/** @param {PDFDocument} pdf */
const save = (pdf) => pdf.save({ useObjectStreams: false });

/** One page holding a good photo; several pages (the first a good photo); thousands of pages. */
async function makePhotoPdfs() {
  const single = await newPdf();
  await addPhotoPage(single, 'doc_good_wood_card_01.jpg');
  await writePdf('pdf_one_page_01.pdf', await save(single), {
    label: 'doc_good',
    corners: findEntry('doc_good_wood_card_01.jpg').corners,
    notes: `doc_good_wood_card_01.jpg filling one page at ${PHOTO_DPI} dpi, as a scan app saves a photo`,
  });

  const several = await newPdf();
  await addPhotoPage(several, 'doc_good_table_card_02.jpg');
  await addPhotoPage(several, 'doc_blur_gaussian_01.jpg');
  await addTextPage(several, 'Page 3: a letter in Helvetica, not embedded');
  await writePdf('pdf_pages_02.pdf', await save(several), {
    label: 'doc_good',
    corners: findEntry('doc_good_table_card_02.jpg').corners,
    notes: 'three pages: doc_good_table_card_02.jpg (checked), a blurred card, a page of text; only the first counts',
  });

  const many = await newPdf();
  await addPhotoPage(many, 'doc_good_keyboard_card_03.jpg');
  for (let page = 2; page <= 3000; page++) many.addPage(A4);
  await writePdf('pdf_many_pages_03.pdf', await save(many), {
    label: 'doc_good',
    corners: findEntry('doc_good_keyboard_card_03.jpg').corners,
    notes: 'doc_good_keyboard_card_03.jpg on the first of 3000 pages (the others empty): only page 1 is read',
  });
}

/** A page far larger than any print, and a page whose one image is far above `maxPixels`. */
async function makeHugePdfs() {
  const huge = await newPdf();
  const font = await huge.embedFont(StandardFonts.Helvetica);
  // 200,000 points (2.8 km) square: pdf.js has no limit of its own; the raster stays at maxSide.
  huge.addPage([200_000, 200_000]).drawText('ID', { x: 20_000, y: 100_000, size: 80_000, font });
  await writePdf('pdf_huge_page_04.pdf', await save(huge), {
    label: 'pdf_drawn',
    corners: null,
    notes: 'one 200,000 × 200,000 pt page with a letter on it: drawn at most maxSide on its longer side',
  });

  // 20,000 × 20,000 gray pixels (400 MP, above the default maxPixels of 150 MP) of zeros: 390 KB
  // deflated, 400 MB decoded. pdf.js leaves it out (maxImageSize) instead of decoding it.
  const giant = await newPdf();
  const side = 20_000;
  const stream = PDFRawStream.of(
    giant.context.obj({
      Type: 'XObject',
      Subtype: 'Image',
      Width: side,
      Height: side,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
      Filter: 'FlateDecode',
    }),
    deflateSync(Buffer.alloc(side * side), { level: 9 }),
  );
  const imageRef = giant.context.register(stream);
  const page = giant.addPage(A4);
  page.node.setXObject(PDFName.of('Giant'), imageRef);
  page.pushOperators(...drawXObject('Giant', A4));
  await writePdf('pdf_giant_image_05.pdf', await save(giant), {
    label: 'pdf_drawn',
    corners: null,
    notes: 'an A4 page filled by one 20,000 × 20,000 gray image (400 MP, 390 KB deflated): left out, not decoded',
  });
}

/**
 * The operators that paint the image XObject `name` over a whole `[width, height]` page.
 * @param {string} name
 * @param {[number, number]} size
 */
function drawXObject(name, [width, height]) {
  return [
    pushGraphicsState(),
    concatTransformationMatrix(width, 0, 0, height, 0, 0),
    drawObject(name),
    popGraphicsState(),
  ];
}

/**
 * A PDF that opens only with a password: the standard security handler (RC4, 40 bit, revision 2)
 * with an owner and a user password, made by hand (pdf-lib does not encrypt). The /U entry is not
 * the empty password's, so a reader must ask for one; no content is needed to tell that.
 */
function encryptedPdf() {
  const hex = (/** @type {number} */ seed) =>
    Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) & 0xff).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(7)}> /U <${hex(11)}> /P -3904 >>`,
  ];
  return handWrittenPdf(objects, `/Encrypt 4 0 R /ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>]`);
}

/**
 * A PDF file of `objects` (numbered from 1) with a cross-reference table and a trailer whose
 * catalog is object 1, plus `trailerExtra`.
 * @param {string[]} objects
 * @param {string} trailerExtra
 */
function handWrittenPdf(objects, trailerExtra) {
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = text.length;
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

/** Files no reader can draw: a password, a PDF header over bytes that are no PDF, a download cut short. */
async function makeUnreadablePdfs() {
  await writePdf('pdf_encrypted_06.pdf', encryptedPdf(), {
    label: 'pdf_unreadable',
    corners: null,
    notes: 'a one-page PDF protected by a user password (standard security handler, RC4 40 bit)',
    extra: { passwordProtected: true },
  });
  const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + ((i * i) >> 3)) & 0xff);
  await writePdf('pdf_corrupt_07.pdf', Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n'), ...noise]), {
    label: 'pdf_unreadable',
    corners: null,
    notes: 'a PDF header followed by 4000 bytes that are no PDF objects',
  });
  const whole = await readFile(path.join(OUT_DIR, 'pdf_one_page_01.pdf'));
  await writePdf('pdf_truncated_08.pdf', whole.subarray(0, Math.round(whole.length * 0.1)), {
    label: 'pdf_unreadable',
    corners: null,
    notes: "the first 10 % of pdf_one_page_01.pdf, as a download cut short: the page's photo is not in it",
  });
}

/** The PDFs, after the good photos they hold. */
export async function makePdfs() {
  await makePhotoPdfs();
  await makeHugePdfs();
  await makeUnreadablePdfs();
}
