import type { CaptureKind } from '../core/codes.js';
import type { FaceDetectorConfig } from '../core/face/factory.js';
import type { OptionsInput } from '../core/options.js';
import type { Report } from '../core/types.js';
import { createScoringPool } from '../node/pool.js';
import { createProgress } from './progress.js';

export interface BatchItem {
  file: string;
  kind: CaptureKind;
}

/**
 * Scores every item in a worker pool. `onReport` is called in input order as soon as the report
 * and all before it are ready, so streamed output stays in order. Never rejects for bad files.
 */
export async function scoreBatch(
  items: readonly BatchItem[],
  settings: { concurrency: number; options: OptionsInput; faces?: Partial<FaceDetectorConfig>; progressLabel: string },
  onReport: (report: Report, index: number) => void = () => {},
): Promise<Report[]> {
  const pool = createScoringPool({ concurrency: settings.concurrency });
  const progress = createProgress(items.length, settings.progressLabel);
  const reports: Report[] = new Array(items.length);
  let nextToEmit = 0;
  try {
    await Promise.all(
      items.map(async (item, index) => {
        reports[index] = await pool.score(item.file, {
          kind: item.kind,
          options: settings.options,
          faces: settings.faces,
        });
        progress.tick();
        while (nextToEmit < items.length && reports[nextToEmit] !== undefined) {
          onReport(reports[nextToEmit]!, nextToEmit);
          nextToEmit++;
        }
      }),
    );
  } finally {
    progress.stop();
    await pool.close();
  }
  return reports;
}
