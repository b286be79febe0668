#!/usr/bin/env node
// @ts-check
// Renders a deterministic set of synthetic KYC test images into test-images/ together with
// test-images/labels.json.
//
//   npm run images        (== node scripts/test-images/main.mjs)
//
// Everything is drawn from scratch: ID cards / passport pages / letters are SVG documents rendered
// by librsvg inside sharp (no fonts: "text" is rows of small glyph-like bars, MRZ lines are rows
// of blocks), backgrounds are procedural textures, and the photo simulation (rotation, shadow,
// lighting, vignette, sensor noise, exposure errors...) is done on raw pixel buffers. Randomness
// comes only from a seeded PRNG (mulberry32), seeded per image by name, so the output is
// identical on every run. No real photos are used.
//
// The families of images, each a table of cases and the function that renders one:
//   photos.mjs     good photos and their gray / dark / overexposed / low-resolution versions
//   paper.mjs      flatbed scans, a photographed printout, letters with little colour
//   selfies.mjs    selfies and their versions, two people, nobody
//   metadata.mjs   good photos re-saved with an editor's or a camera's metadata
//   screens.mjs    screenshots and photos of a screen
//   screen-photos.mjs  phone photos of a screen's pixel grid through a simulated camera, printed controls
//   framing.mjs    documents in perspective, cut off, covered, far away
//   hands.mjs      cards held in a hand: fingers over a corner or an edge near it, held by the middle
//   blur.mjs       out-of-focus and shaken documents
//   glare.mjs      lamp glare, veiling glare, and good look-alikes
//   shadow.mjs     cast shadows, and evenly dim or unevenly lit good photos
//   copies.mjs     flatbed scans, a photocopy, a scanning app's page, and camera-photo controls
//   pdf.mjs        PDFs: good photos on one or many pages, huge pages and images, unreadable files
// The rest is shared: drawing (svg, card, passport, letter, face), scenes and sprites (scene,
// optics, sprites, perspective, textures, document, document-light), and bookkeeping (labels,
// random, numbers, colour, settings).

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { makeBlurVariants } from './blur.mjs';
import { makeCopies } from './copies.mjs';
import { makePhotos } from './photos.mjs';
import { makeFramingVariants } from './framing.mjs';
import { makeHandVariants } from './hands.mjs';
import { makeGlareVariants, makeGoodLookalikes, makeVeilVariants } from './glare.mjs';
import { removePreviousImages, writeLabels } from './labels.mjs';
import { makeMetadataVariants } from './metadata.mjs';
import { makePdfs } from './pdf.mjs';
import { makeColorOnWhite, makePrintoutPhoto, makeScans } from './paper.mjs';
import { makeScreenPhotos } from './screen-photos.mjs';
import { makeScreenVariants } from './screens.mjs';
import { makeSelfies } from './selfies.mjs';
import { makeShadowVariants, makeUnevenLight } from './shadow.mjs';
import { OUT_DIR, ROOT } from './settings.mjs';

/** This script's path from the repository's root, as labels.json names its generator. */
const GENERATOR = path
  .relative(ROOT, fileURLToPath(import.meta.url))
  .split(path.sep)
  .join('/');

sharp.cache(false);
sharp.concurrency(1);

async function main() {
  await mkdir(OUT_DIR, { recursive: true });
  await removePreviousImages();
  console.log(`writing to ${path.relative(ROOT, OUT_DIR)}/`);
  // Metadata and screen photos start from good photos, so those come first.
  await makePhotos();
  await makeScans();
  await makePrintoutPhoto();
  await makeColorOnWhite();
  await makeSelfies();
  await makeMetadataVariants();
  await makeScreenVariants();
  await makeScreenPhotos();
  await makeFramingVariants();
  await makeHandVariants();
  await makeBlurVariants();
  await makeGlareVariants();
  await makeVeilVariants();
  await makeGoodLookalikes();
  await makeShadowVariants();
  await makeUnevenLight();
  await makeCopies();
  await makePdfs();
  const count = await writeLabels(GENERATOR);
  console.log(`${count} images + labels.json`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
