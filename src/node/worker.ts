/** Piscina worker entry: scores one file per task, in a worker thread. */
import sharp from 'sharp';
import type { AnalyzeRequest } from '../core/analyze.js';
import type { Report } from '../core/types.js';
import { analyzeFile } from './analyze-file.js';

// Parallelism comes from the pool's threads; libvips threads on top would oversubscribe the CPU.
sharp.concurrency(1);

/** One scoring task. */
export interface ScoreTask {
  file: string;
  request: AnalyzeRequest;
}

export default function scoreTask(task: ScoreTask): Promise<Report> {
  return analyzeFile(task.file, task.request);
}
