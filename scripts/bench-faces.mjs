#!/usr/bin/env node
// Face-detector benchmark: for each backend, model load time (first detector in this process, so
// it includes compiling the wasm runtime), detection time per image at the analysis size over the
// corpus selfie labels (one pass, and the pipeline's face step with its tiled second look), and the whole selfie scoring (read + decode + checks + faces) of a 12 MP
// JPEG after warm-up. One image at a time on the main thread. Writes bench-results/faces.json.
//   npm run bench [-- --corpus ../shared/corpus --repeat 3]    (run after scripts/bench.mjs)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { analyzeFile, createFaceDetector, decodeImage, nodeModelFiles } from '../dist/node/index.js';
import { findFaces } from '../dist/core/face/find.js';
import { resizeToMaxSide } from '../dist/core/imageops/resize.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    repeat: { type: 'string', default: '3' },
    'twelve-mp-runs': { type: 'string', default: '15' },
  },
});
const DOCUMENT_LABELS = new Set(['doc_good']);
const SELFIE_LABELS = new Set([
  'face_one',
  'face_many',
  'face_none',
  'selfie_dark',
  'selfie_blur',
  'face_small',
  'face_cut_off',
]);

/** Rows of the corpus manifest with one of `labels` (a plain CSV: quoted fields, no embedded newlines). */
function corpusFiles(corpus, labels) {
  const lines = readFileSync(join(corpus, 'manifest.csv'), 'utf8').trim().split('\n').slice(1);
  return lines
    .map((line) => line.match(/^"([^"]*)","([^"]*)"/))
    .filter((match) => match && labels.has(match[2]))
    .map((match) => join(corpus, match[1]));
}

const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
const round = (ms) => Math.round(ms * 100) / 100;
const stats = (list) => ({
  p50: round(quantile(list, 0.5)),
  p95: round(quantile(list, 0.95)),
  max: round(Math.max(...list)),
});

// Rasters at the analysis size, decoded once, so only detection is timed.
async function analysisRasters(files) {
  const rasters = [];
  for (const file of files) {
    const decoded = await decodeImage(readFileSync(file), { maxPixels: 150_000_000, maxSide: 2048 });
    if (decoded.ok) rasters.push(resizeToMaxSide(decoded.raster, 1024));
  }
  return rasters;
}
const rasters = await analysisRasters(corpusFiles(values.corpus, SELFIE_LABELS));
const documents = await analysisRasters(corpusFiles(values.corpus, DOCUMENT_LABELS));

// A 12 MP (4000 x 3000) selfie: a corpus portrait upscaled, with camera-like JPEG settings.
const twelveMp = join(tmpdir(), 'id-precheck-bench-12mp.jpg');
await sharp(join(values.corpus, 'face_one/deepface_img2.jpg'))
  .resize(4000, 3000, { fit: 'cover' })
  .jpeg({ quality: 90 })
  .toFile(twelveMp);

const backends = {};
for (const backend of ['onnx', 'tfjs']) {
  let started = performance.now();
  const detector = await createFaceDetector(nodeModelFiles(), { backend });
  const loadMs = performance.now() - started;
  started = performance.now();
  await detector.detect(rasters[0]);
  const firstDetectMs = performance.now() - started;

  // One detector pass, and the pipeline's face step (plus the tiled second look on small faces).
  const detect = [];
  const find = [];
  for (let run = 0; run < Number(values.repeat); run++) {
    for (const raster of rasters) {
      started = performance.now();
      await detector.detect(raster);
      detect.push(performance.now() - started);
      started = performance.now();
      await findFaces(detector, raster, 'selfie', 0.6);
      find.push(performance.now() - started);
    }
  }

  // The portrait search on good documents (whole picture; tiles when no face is found there).
  const portrait = [];
  for (const raster of documents) {
    started = performance.now();
    await findFaces(detector, raster, 'document', 0.6);
    portrait.push(performance.now() - started);
  }

  const request = { kind: 'selfie', faces: { backend } }; // analyzeFile's own detector of this backend
  for (let i = 0; i < 3; i++) await analyzeFile(twelveMp, request); // warm-up
  const whole = [];
  const faces = [];
  for (let run = 0; run < Number(values['twelve-mp-runs']); run++) {
    started = performance.now();
    const report = await analyzeFile(twelveMp, request);
    whole.push(performance.now() - started);
    faces.push(report.timings.faceDetection);
  }
  await detector.dispose();
  backends[backend] = {
    loadMs: round(loadMs),
    firstDetectMs: round(firstDetectMs),
    detectMs: stats(detect),
    findFacesMs: stats(find),
    documentPortraitMs: stats(portrait),
    twelveMpSelfieMs: stats(whole),
    twelveMpFacesMs: stats(faces),
  };
  console.error(backend, JSON.stringify(backends[backend]));
}

const result = {
  date: new Date().toISOString(),
  node: process.version,
  selfieImages: rasters.length,
  documentImages: documents.length,
  runs: Number(values.repeat),
  analysisSize: 1024,
  backends,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/faces.json', JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
