import { createWriteStream } from 'node:fs';
import type { PreparedRequest } from '../host/request.js';
import { scoreBatch } from './batch.js';
import { collectFiles } from './files.js';
import { formatCsv, formatJson, formatJsonLine, type ScoredFile } from '../report/formats.js';
import { formatTable, type OutputFormat } from './formats.js';

export interface ScoreSettings {
  /** Prepared once for the whole batch. */
  request: PreparedRequest;
  format: OutputFormat;
  output?: string;
  concurrency: number;
}

/** `id-precheck score`: returns the process exit code (0 all pass or warn, 1 some fail). */
export async function runScore(paths: readonly string[], settings: ScoreSettings): Promise<number> {
  const files = await collectFiles(paths);
  if (files.length === 0) {
    process.stderr.write('id-precheck: no image files found\n');
    return 2;
  }
  const out = settings.output ? await openFileOutput(settings.output) : stdoutOutput;
  const results: ScoredFile[] = [];
  await scoreBatch(
    files.map((file) => ({ file, request: settings.request })),
    { concurrency: settings.concurrency, progressLabel: 'scoring' },
    (report, index) => {
      const result: ScoredFile = { file: files[index]!, ...report };
      results.push(result);
      if (settings.format === 'jsonl') out.write(formatJsonLine(result));
    },
  );
  if (settings.format === 'json') out.write(formatJson(results));
  if (settings.format === 'csv') out.write(formatCsv(results));
  if (settings.format === 'table') out.write(formatTable(results));
  await out.close();
  return results.some((result) => result.verdict === 'fail') ? 1 : 0;
}

interface Output {
  write(text: string): void;
  /** Resolves once everything is written; rejects with the first write error. */
  close(): Promise<void>;
}

const stdoutOutput: Output = { write: (text) => void process.stdout.write(text), close: async () => {} };

/**
 * Opens `--output` before any work, so a bad path fails before scoring, and keeps the first write
 * error (a full disk) to report it when the output is closed.
 */
function openFileOutput(path: string): Promise<Output> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path);
    let failure: Error | undefined;
    stream.on('error', (error) => {
      failure ??= new Error(`cannot write ${path}: ${error.message}`);
      reject(failure);
    });
    stream.once('open', () =>
      resolve({
        write: (text) => void (failure ?? stream.write(text)),
        close: () =>
          new Promise<void>((done, fail) => {
            if (failure) return fail(failure);
            stream.end(() => (failure ? fail(failure) : done()));
          }),
      }),
    );
  });
}
