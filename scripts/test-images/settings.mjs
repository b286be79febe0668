// @ts-check
// Where the images go and the camera constants every family shares.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The folder the images and labels.json are written to: test-images/, or `TEST_IMAGES_OUT` (the
 * test that checks the generator's output is byte-identical to the committed files sets it).
 */
export const OUT_DIR = process.env.TEST_IMAGES_OUT
  ? path.resolve(process.env.TEST_IMAGES_OUT)
  : path.join(ROOT, 'test-images');
/**
 * 86 with mozjpeg: visually the same as 88, and keeps the committed folder near 3 MB
 * (88 gives ~3.5 MB for this set).
 */
export const JPEG_QUALITY = 86;
/** Gaussian blur sigma (px) standing in for phone-camera optics / processing. */
export const OPTICS_BLUR = 0.75;
/** Sensor noise sigma (grey levels, per channel) of the normal photos. */
export const SENSOR_NOISE = 2.2;
/** The size of most photos: a 4:3 phone photo in landscape. */
export const PHOTO_SIZE = { width: 1600, height: 1200 };
