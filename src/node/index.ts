/**
 * id-precheck for Node: decode files with sharp and score them with the same core as the browser.
 */
export * from '../index.js';
export { analyzeFile, measureFile } from './analyze-file.js';
export { decodeImage, type DecodeOptions, type DecodeResult } from './decode.js';
export { readExif, type MetadataBlocks } from './exif.js';
export { MODELS_DIR, nodeModelFiles } from './model-files.js';
export { createScoringPool, type ScoringPool, type ScoringPoolOptions } from './pool.js';
