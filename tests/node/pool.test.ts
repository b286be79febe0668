import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prepareRequest } from '../../src/host/request.js';
import { createScoringPool } from '../../src/node/pool.js';
import { ROOT } from '../cli/run-cli.js';

const GOOD = join(ROOT, 'test-images/doc_good_wood_card_01.jpg');

describe('scoring pool', () => {
  it('turns a worker that dies into a report for that file; the next files still score', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'idp-pool-'));
    const script = join(dir, 'crashing-worker.mjs');
    const realWorker = pathToFileURL(join(ROOT, 'dist/node/worker.js')).href;
    await writeFile(
      script,
      `import score from '${realWorker}';\n` +
        `export default function (task) { if (task.file.includes('crash')) process.exit(3); return score(task); }\n`,
    );
    const pool = createScoringPool({ concurrency: 1, workerScript: pathToFileURL(script) });
    try {
      const reports = await Promise.all(
        [GOOD, '/tmp/crash-me.jpg', GOOD].map((file) => pool.score(file, prepareRequest({ kind: 'document' }))),
      );
      expect(reports.map((report) => report.verdict)).toEqual(['pass', 'fail', 'pass']);
      expect(reports[1]!.issues[0]).toMatchObject({ code: 'unreadable' });
      expect(reports[1]!.issues[0]!.detail).toMatch(/^analysis failed/);
    } finally {
      await pool.close();
    }
  });

  it('refuses a non-positive thread count', () => {
    expect(() => createScoringPool({ concurrency: 0 })).toThrow(RangeError);
  });
});
