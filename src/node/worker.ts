/** Piscina worker entry: scores one file per task, in a worker thread. */
import sharp from 'sharp';
import type { Report } from '../core/types.js';
import type { PreparedRequest } from '../host/request.js';
import { checkFile } from './analyze-file.js';

// Parallelism comes from the pool's threads; libvips threads on top would oversubscribe the CPU.
sharp.concurrency(1);
// A batch reads each file once: libvips' cache of recent operations only holds memory (300 files,
// 2 workers: peak RSS 644 MB with it, 579 MB without).
sharp.cache(false);

/** One scoring task: a file and the request the pool's caller prepared. */
export interface ScoreTask {
  file: string;
  request: PreparedRequest;
}

export default function scoreTask({ file, request }: ScoreTask): Promise<Report> {
  return checkFile(file, request);
}
