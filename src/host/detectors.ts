import { createFaceDetector, type FaceDetectorConfig } from '../core/face/factory.js';
import type { FaceDetector, ModelFiles } from '../core/face/types.js';

/** Gives the face detector for a configuration. */
export type DetectorSource = (config: Readonly<Partial<FaceDetectorConfig>>) => Promise<FaceDetector>;

/**
 * One detector per configuration, created on first use and kept for the next images (a worker
 * thread's or a Web Worker's). A failed creation is forgotten, so the next call tries again.
 */
export function faceDetectorCache(files: () => ModelFiles): DetectorSource {
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
