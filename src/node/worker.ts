/** Piscina worker entry: scores one file per task, in a worker thread. */
import sharp from 'sharp';
import type { AnalyzeRequest } from '../core/analyze.js';
import { checksFor } from '../core/checks/index.js';
import { createFaceDetector, type FaceDetectorConfig } from '../core/face/factory.js';
import type { FaceDetector } from '../core/face/types.js';
import type { Report } from '../core/types.js';
import { analyzeFile } from './analyze-file.js';
import { nodeModelFiles } from './model-files.js';

// Parallelism comes from the pool's threads; libvips threads on top would oversubscribe the CPU.
sharp.concurrency(1);

/** What a worker is asked to check: the request, less the detector, which each worker makes itself. */
export interface ScoreRequest extends Omit<AnalyzeRequest, 'faceDetector'> {
  /**
   * The face detector to use, or `false` for none. Selfies always get one (the default backend
   * when not given); documents get one, for the `no_portrait` check, unless this is `false`.
   */
  faces?: Partial<FaceDetectorConfig> | false;
}

/** One scoring task. */
export interface ScoreTask {
  file: string;
  request: ScoreRequest;
}

/** This thread's detectors, one per configuration, loaded on first use and kept for the next files. */
const detectors = new Map<string, Promise<FaceDetector>>();

function detectorFor(config: Partial<FaceDetectorConfig>): Promise<FaceDetector> {
  const key = JSON.stringify(config);
  let detector = detectors.get(key);
  if (detector === undefined) {
    detector = createFaceDetector(nodeModelFiles(), config);
    detectors.set(key, detector);
  }
  return detector;
}

export default async function scoreTask({ file, request }: ScoreTask): Promise<Report> {
  const { faces, ...rest } = request;
  const hasFaceChecks = checksFor(request.kind).some((check) => check.needsFaces === true);
  const wantsFaces = hasFaceChecks && (request.kind === 'selfie' || faces !== false);
  const faceDetector = wantsFaces ? await detectorFor(faces === false ? {} : (faces ?? {})) : undefined;
  return analyzeFile(file, { ...rest, faceDetector });
}
