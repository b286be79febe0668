import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { analyze, inputErrorReport, type AnalyzeRequest } from '../core/analyze.js';
import { resolveOptions } from '../core/options.js';
import type { Report } from '../core/types.js';
import { decodeImage } from './decode.js';

/** How much larger than the analysis size images are decoded (the core area-averages the rest). */
const DECODE_OVERSAMPLING = 2;

/**
 * Reads, decodes and checks one image file (a path) or its bytes. Never throws for bad input:
 * a missing, empty, corrupt, foreign or oversized file comes back as a report with an input
 * error code. Throws only for invalid `request` options.
 */
export async function analyzeFile(input: string | Uint8Array, request: AnalyzeRequest): Promise<Report> {
  const options = resolveOptions(request.options);
  const started = performance.now();
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    try {
      bytes = await readFile(input);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      return inputErrorReport(request.kind, { code: 'unreadable', detail: `cannot read the file: ${reason}` });
    }
  } else {
    bytes = input;
  }
  const decoded = await decodeImage(bytes, {
    maxPixels: options.maxPixels,
    maxSide: options.analysisSize * DECODE_OVERSAMPLING,
  });
  const timings = { ...request.timings, decode: performance.now() - started };
  if (!decoded.ok) return inputErrorReport(request.kind, decoded.error, decoded.meta, timings);
  return analyze(decoded.raster, decoded.meta, { ...request, options, timings });
}
