import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { CaptureKind } from '../core/codes.js';
import type { OptionsInput } from '../core/options.js';
import { scoreBatch } from './batch.js';
import { collectFiles } from './files.js';
import { formatCsv, formatJson, formatJsonLine, formatTable, type OutputFormat, type ScoredFile } from './formats.js';

export interface ScoreSettings {
  kind: CaptureKind;
  format: OutputFormat;
  output?: string;
  concurrency: number;
  options: OptionsInput;
}

/** `id-precheck score`: returns the process exit code (0 all pass or warn, 1 some fail). */
export async function runScore(paths: readonly string[], settings: ScoreSettings): Promise<number> {
  const files = await collectFiles(paths);
  if (files.length === 0) {
    process.stderr.write('id-precheck: no image files found\n');
    return 2;
  }
  const out: Writable = settings.output ? await openOutput(settings.output) : process.stdout;
  const results: ScoredFile[] = [];
  await scoreBatch(
    files.map((file) => ({ file, kind: settings.kind })),
    { concurrency: settings.concurrency, options: settings.options, progressLabel: 'scoring' },
    (report, index) => {
      const result: ScoredFile = { file: files[index]!, ...report };
      results.push(result);
      if (settings.format === 'jsonl') out.write(formatJsonLine(result));
    },
  );
  if (settings.format === 'json') out.write(formatJson(results));
  if (settings.format === 'csv') out.write(formatCsv(results));
  if (settings.format === 'table') out.write(formatTable(results));
  if (out !== process.stdout)
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  return results.some((result) => result.verdict === 'fail') ? 1 : 0;
}

/** Opens `--output` before any work, so a bad path is a usage error, not a crash after the batch. */
function openOutput(path: string): Promise<Writable> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path);
    stream.once('open', () => resolve(stream));
    stream.once('error', (error) => reject(new Error(`cannot write ${path}: ${error.message}`)));
  });
}
