/** Piscina worker entry: scores one file per task, in a worker thread. */
import sharp from 'sharp';
import type { AnalyzeRequest } from '../core/analyze.js';
import { faceDetectorCache, wantsFaceDetector } from '../core/face/cache.js';
import type { FaceDetectorConfig } from '../core/face/factory.js';
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
const detectorFor = faceDetectorCache(() => nodeModelFiles());

export default async function scoreTask({ file, request }: ScoreTask): Promise<Report> {
  const { faces, ...rest } = request;
  const faceDetector = wantsFaceDetector(request.kind, faces)
    ? await detectorFor(faces === false ? {} : (faces ?? {}))
    : undefined;
  return analyzeFile(file, { ...rest, faceDetector });
}
