import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
// sharp must be loaded by the main thread before worker threads load it (glibc Linux).
import 'sharp';
import { inputErrorReport } from '../core/report.js';
import type { Report } from '../core/types.js';
import type { PreparedRequest } from '../host/request.js';
import type { ScoreTask } from './worker.js';

/** A pool of worker threads that score image files in parallel. */
export interface ScoringPool {
  /**
   * Scores one file with a request from `prepareRequest` (validated once, however many files
   * share it); resolves to a report even when the worker dies on it.
   */
  score(file: string, request: PreparedRequest): Promise<Report>;
  close(): Promise<void>;
}

export interface ScoringPoolOptions {
  /** Worker threads. @default one per core */
  concurrency?: number;
  /** The worker module; tests put a crashing wrapper here. @default this package's worker */
  workerScript?: URL;
}

/** Starts a pool of worker threads that score files with `analyzeFile`. */
export function createScoringPool({
  concurrency = availableParallelism(),
  workerScript = new URL('./worker.js', import.meta.url),
}: ScoringPoolOptions = {}): ScoringPool {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer; got ${concurrency}`);
  }
  const pool = new Piscina<ScoreTask, Report>({
    filename: workerScript.href,
    minThreads: concurrency,
    maxThreads: concurrency,
    idleTimeout: 1000,
  });
  return {
    async score(file, request) {
      try {
        return await pool.run({ file, request });
      } catch (error) {
        // A worker that crashed (out of memory, native fault) costs this file, never the batch.
        const message = error instanceof Error ? error.message : String(error);
        return inputErrorReport(request.kind, { code: 'unreadable', detail: `analysis failed: ${message}` });
      }
    },
    close: () => pool.close(),
  };
}
