import type { CaptureKind } from '../codes.js';
import { checksFor } from '../checks/index.js';
import { createFaceDetector, type FaceDetectorConfig } from './factory.js';
import type { FaceDetector, ModelFiles } from './types.js';

/**
 * Whether a check of `kind` needs a face detector: selfies always; documents (for `no_portrait`)
 * unless the caller turned faces off with `false`.
 */
export function wantsFaceDetector(kind: CaptureKind, faces: Partial<FaceDetectorConfig> | false | undefined): boolean {
  const needsFaces = checksFor(kind).some((check) => check.needsFaces === true);
  return needsFaces && (kind === 'selfie' || faces !== false);
}

/**
 * One detector per configuration, created on first use and kept for the next images (a worker
 * thread's or a Web Worker's). A failed creation is forgotten, so the next call tries again.
 */
export function faceDetectorCache(
  files: () => ModelFiles,
): (config: Partial<FaceDetectorConfig>) => Promise<FaceDetector> {
  const detectors = new Map<string, Promise<FaceDetector>>();
  return (config) => {
    const key = JSON.stringify(config);
    let detector = detectors.get(key);
    if (detector === undefined) {
      detector = createFaceDetector(files(), config);
      detectors.set(key, detector);
      detector.catch(() => detectors.delete(key));
    }
    return detector;
  };
}
