import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

/**
 * A TypeScript file as an npm user writes it, against the packed package: if an entry shipped no
 * declarations, its imports would be `any` and the `@ts-expect-error` lines would fail as unused.
 */
const CONSUMER = `
import { analyze, prepareRequest, type IssueCode, type Report } from 'id-precheck';
import { analyzeFile, createScoringPool } from 'id-precheck/node';
import { createPrechecker, type BrowserPrecheckRequest, type Prechecker } from 'id-precheck/browser';

export async function inNode(): Promise<IssueCode[]> {
  const report: Report = await analyzeFile('id.jpg', { kind: 'document', options: { preset: 'strict' } });
  // @ts-expect-error: not a capture kind
  await analyzeFile('id.jpg', { kind: 'passport' });
  const pool = createScoringPool({ concurrency: 2 });
  await pool.score('selfie.jpg', prepareRequest({ kind: 'selfie', faces: { backend: 'tfjs' } }));
  // @ts-expect-error: the pool takes a prepared request
  await pool.score('selfie.jpg', { kind: 'selfie' });
  void analyze;
  return report.issues.map((issue) => issue.code);
}

export async function inBrowser(file: File, signal: AbortSignal): Promise<'pass' | 'warn' | 'fail'> {
  const prechecker: Prechecker = createPrechecker({ assetsUrl: '/static/id-precheck/' });
  const request: BrowserPrecheckRequest = { kind: 'selfie', signal, faces: { backend: 'onnx' } };
  const report = await prechecker.analyze(file, request);
  // @ts-expect-error: test hooks are not part of the public API
  prechecker.crashWorkerForTesting();
  // @ts-expect-error: a verdict is a word, not a number
  const wrong: number = report.verdict;
  void wrong;
  return report.verdict;
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
  files: ['consumer.ts'],
};

describe('the packed package, as an npm user installs it', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('type-checks a consumer of id-precheck, id-precheck/node and id-precheck/browser', async () => {
    dir = await mkdtemp(join(tmpdir(), 'idp-consumer-'));
    // `npm run build` ran in the global setup; packing must not build again.
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT }).toString(),
    ) as { filename: string }[];
    const modules = join(dir, 'node_modules');
    await mkdir(join(modules, 'id-precheck'), { recursive: true });
    execFileSync('tar', [
      '-xzf',
      join(dir, packed!.filename),
      '-C',
      join(modules, 'id-precheck'),
      '--strip-components=1',
    ]);
    // Its dependencies (and @types/node) as installed here: nothing is downloaded.
    for (const name of await readdir(join(ROOT, 'node_modules'))) {
      if (name !== 'id-precheck' && !name.startsWith('.'))
        await symlink(join(ROOT, 'node_modules', name), join(modules, name));
    }
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    await writeFile(join(dir, 'consumer.ts'), CONSUMER);
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 120_000);
});
