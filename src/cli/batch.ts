import type { Report } from '../core/types.js';
import type { PreparedRequest } from '../host/request.js';
import { createScoringPool } from '../node/pool.js';
import { createProgress } from './progress.js';

export interface BatchItem {
  file: string;
  /** Usually one request shared by every file of its kind. */
  request: PreparedRequest;
}

/**
 * Scores every item in a worker pool. `onReport` is called in input order as soon as the report
 * and all before it are ready, so streamed output stays in order. Never rejects for bad files.
 */
export async function scoreBatch(
  items: readonly BatchItem[],
  settings: { concurrency: number; progressLabel: string },
  onReport: (report: Report, index: number) => void = () => {},
): Promise<Report[]> {
  const pool = createScoringPool({ concurrency: settings.concurrency });
  const progress = createProgress(items.length, settings.progressLabel);
  const reports: Report[] = new Array(items.length);
  let nextToEmit = 0;
  try {
    await Promise.all(
      items.map(async (item, index) => {
        reports[index] = await pool.score(item.file, item.request);
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
