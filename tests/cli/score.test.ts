import { mkdtemp, readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES, isInputErrorCode } from '../../src/core/codes.js';
import { ROOT, runCli } from './run-cli.js';

/** What the CLI checks in a folder of test-images: the photos and the PDFs. */
const IMAGE = /\.(jpe?g|png|webp|pdf)$/i;

/**
 * Names of a few test-images, each the first of its group: documents good and faulty, selfies, a
 * PDF and an unreadable one. The tests of the output formats score these: the kind and report of
 * every test-image are the first test's (and tests/cli/test-images.test.ts's) business.
 */
const SAMPLE = [/^doc_good_/, /^doc_blur_/, /^doc_glare_/, /^doc_gray_/, /^selfie_like_01\./, /^selfie_two_/];
SAMPLE.push(/^pdf_one_page_/, /^pdf_corrupt_/);

describe('id-precheck score', () => {
  let imageCount = 0;
  /** A folder of the sample's copies, by its absolute path. */
  let sample = '';
  const sampleCount = SAMPLE.length;
  beforeAll(async () => {
    const names = (await readdir(join(ROOT, 'test-images'))).filter((name) => IMAGE.test(name)).sort();
    imageCount = names.length;
    expect(imageCount).toBeGreaterThan(10);
    sample = await mkdtemp(join(tmpdir(), 'idp-sample-'));
    for (const pattern of SAMPLE) {
      const name = names.find((candidate) => pattern.test(candidate));
      expect(name, `a test-image matching ${pattern}`).toBeDefined();
      await copyFile(join(ROOT, 'test-images', name!), join(sample, name!));
    }
  });
  afterAll(async () => {
    if (sample) await rm(sample, { recursive: true, force: true });
  });

  it('prints one JSON report per image, with the path as given, each of the kind auto chose', async () => {
    const { code, stdout } = await runCli(['score', 'test-images', '--format', 'json']);
    expect([0, 1]).toContain(code);
    const results = JSON.parse(stdout) as Record<string, unknown>[];
    expect(results).toHaveLength(imageCount);
    for (const result of results) {
      expect(result.file).toMatch(/^test-images\//);
      expect(result).toHaveProperty('verdict');
      expect(result).toHaveProperty('issues');
      // A file that cannot be read (the encrypted and broken PDFs) has its format, and no measurements.
      const codes = (result.issues as { code: string }[]).map((issue) => issue.code);
      if (codes.some(isInputErrorCode)) expect(result).toHaveProperty('image.format');
      else {
        expect(result).toHaveProperty('scores.lumaP95');
        expect(result).toHaveProperty('image.width');
        expect(result).toHaveProperty('timings.analyze');
      }
      for (const issue of result.issues as { code: string }[]) expect(Object.values(ISSUE_CODES)).toContain(issue.code);
    }
    expect(results.map((result) => result.file)).toEqual([...results.map((result) => result.file)].sort());

    // Kind auto, the default: each photo is taken as a selfie or a document by what is in it.
    const { images } = JSON.parse(await readFile(join(ROOT, 'test-images/labels.json'), 'utf8')) as {
      images: { file: string; label: string; kind: string }[];
    };
    const chosen = new Map(
      results.map((result) => [result.file, result as { kind: string; scores: Record<string, number> }]),
    );
    for (const image of images) {
      const result = chosen.get(`test-images/${image.file}`)!;
      if (result.kind === 'auto') continue; // unreadable: no kind was chosen
      // A "selfie" without a face shows a scene, not a person: auto takes it as a document.
      const expected = image.label === 'face_none' ? 'document' : image.kind;
      expect(result.kind, image.file).toBe(expected);
      expect(result.scores.autoSelfie, image.file).toBe(expected === 'selfie' ? 1 : 0);
    }
    expect(images.filter((image) => image.kind === 'selfie').length).toBeGreaterThan(5);
  }, 300_000); // one run over all of test-images (130 files): 30 s in CI, 100 s on a loaded machine

  it('writes JSONL and CSV, to stdout or --output', async () => {
    const jsonl = await runCli(['score', sample, '--format', 'jsonl', '--concurrency', '1']);
    const lines = jsonl.stdout.trim().split('\n');
    expect(lines).toHaveLength(sampleCount);
    expect(JSON.parse(lines[0]!)).toHaveProperty('file');

    const out = join(await mkdtemp(join(tmpdir(), 'idp-')), 'scores.csv');
    const csv = await runCli(['score', sample, '--format', 'csv', '--output', out]);
    expect(csv.stdout).toBe('');
    const rows = parse(await readFile(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(sampleCount);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['file', 'kind', 'verdict', 'issues', 'lumaP95', 'colourFraction']),
    );
    expect(rows.every((row) => ['pass', 'warn', 'fail'].includes(row.verdict!))).toBe(true);
  });

  it('prints a readable table with a summary', async () => {
    const { stdout } = await runCli(['score', sample]);
    expect(stdout).toMatch(/VERDICT\s+KIND\s+FILE/);
    expect(stdout).toMatch(new RegExp(`PASS\\s+selfie\\s+${sample}/selfie_like_01\\.jpg`)); // a temporary folder: [\w/-]
    expect(stdout).toMatch(new RegExp(`${sampleCount} files: \\d+ pass, \\d+ warn, \\d+ fail`));
  });

  it('gives each bad file its own error report and still scores the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'idp-bad-'));
    const good = join(
      ROOT,
      'test-images',
      (await readdir(join(ROOT, 'test-images'))).find((name) => name.startsWith('doc_good'))!,
    );
    const goodBytes = await readFile(good);
    await writeFile(join(dir, 'a-empty.jpg'), Buffer.alloc(0));
    await writeFile(join(dir, 'b-text.jpg'), 'this is a text file, not a photo\n');
    await writeFile(join(dir, 'c-truncated.jpg'), goodBytes.subarray(0, Math.floor(goodBytes.length / 3)));
    await copyFile(good, join(dir, 'd-good.jpg'));
    await writeFile(join(dir, 'e-good.png'), await sharp(goodBytes).png().toBuffer());
    const { code, stdout } = await runCli(['score', dir, '--format', 'json']);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { file: string; verdict: string; issues: { code: string }[] }[];
    expect(results.map((result) => result.file.split('/').pop())).toEqual([
      'a-empty.jpg',
      'b-text.jpg',
      'c-truncated.jpg',
      'd-good.jpg',
      'e-good.png',
    ]);
    expect(results[0]!.issues.map((issue) => issue.code)).toEqual(['unreadable']);
    expect(results[1]!.issues.map((issue) => issue.code)).toEqual(['unsupported_format']);
    expect(results[2]!.issues.map((issue) => issue.code)).toEqual(['unreadable']);
    for (const result of results.slice(3)) expect(result.verdict).not.toBe('fail');
  });

  it('scores selfies and reports a missing path as unreadable', async () => {
    const { code, stdout } = await runCli(['score', 'no/such/file.jpg', '--kind', 'selfie', '--format', 'json']);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as { kind: string; issues: { code: string }[] }[];
    expect(result!.kind).toBe('selfie');
    expect(result!.issues[0]!.code).toBe('unreadable');
  });

  it('exits 0 when every file passes, 2 on usage errors', async () => {
    const good = (await readdir(join(ROOT, 'test-images'))).find((name) => name.startsWith('doc_good'))!;
    expect((await runCli(['score', join('test-images', good)])).code).toBe(0);
    expect((await runCli(['score'])).code).toBe(2);
    expect((await runCli(['score', 'test-images', '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['score', 'test-images', '--concurrency', '0'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const help = await runCli(['score', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--kind');
  });

  it('refuses an unwritable --output before scoring (exit 2) and survives a closed pipe', async () => {
    const bad = await runCli(['score', sample, '--output', '/nonexistent/dir/out.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot write /nonexistent/dir/out.json');
    const { execFile } = await import('node:child_process');
    const piped = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        'bash',
        [
          '-c',
          `node bin/id-precheck.js score ${sample} --format jsonl | head -c 50 > /dev/null; echo "\${PIPESTATUS[0]}" >&2`,
        ],
        { cwd: ROOT },
        (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
      );
    });
    expect(piped.stderr).not.toContain('EPIPE');
    const full = await runCli(['score', sample, '--format', 'jsonl', '--output', '/dev/full']);
    expect(full.code).toBe(2);
    expect(full.stderr).toMatch(/cannot write \/dev\/full: ENOSPC/);
    expect(piped.stderr.trim().split('\n').pop()).toMatch(/^[01]$/);
  });
});

describe('threshold overrides', () => {
  it('--options reads thresholds from a JSON file (as the QA page exports them); --preset and --set go over it', async () => {
    // 160 x 120: below every preset's warning size; fails balanced and strict (150, 300), only warns lenient (120).
    const file = join('test-images', 'doc_lowres_table_card_01.jpg');
    const dir = await mkdtemp(join(tmpdir(), 'idp-options-'));
    const options = join(dir, 'options.json');
    await writeFile(options, JSON.stringify({ preset: 'lenient', exposure: { darkP95: 255 } }));
    const issuesWith = async (...flags: string[]): Promise<string[]> => {
      const { stdout } = await runCli(['score', file, '--format', 'json', '--options', options, ...flags]);
      return (JSON.parse(stdout)[0].issues as { code: string; severity: string }[]).map(
        (issue) => `${issue.code}:${issue.severity}`,
      );
    };
    expect(await issuesWith()).toEqual(expect.arrayContaining(['too_dark:fail', 'low_resolution:warn']));
    expect(await issuesWith('--preset', 'strict')).toEqual(
      expect.arrayContaining(['too_dark:fail', 'low_resolution:fail']),
    );
    expect(await issuesWith('--set', 'exposure.darkP95=0')).not.toContain('too_dark:fail');

    await writeFile(join(dir, 'bad.json'), '{ "blur": { "maxEdgeWidth": 99 } }');
    const outOfRange = await runCli(['score', file, '--options', join(dir, 'bad.json')]);
    expect(outOfRange.code).toBe(2);
    expect(outOfRange.stderr).toContain('blur.maxEdgeWidth');
    await writeFile(join(dir, 'broken.json'), '{ "blur": ');
    const broken = await runCli(['score', file, '--options', join(dir, 'broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not JSON');
    expect((await runCli(['score', file, '--options', join(dir, 'missing.json')])).stderr).toContain('cannot read');
  });

  it('--set moves one threshold on top of the preset; a wrong name or value is a usage error', async () => {
    const good = (await readdir(join(ROOT, 'test-images'))).find((name) => name.startsWith('doc_good'))!;
    const file = join('test-images', good);
    const strictDark = await runCli(['score', file, '--format', 'json', '--set', 'exposure.darkP95=255']);
    expect(strictDark.code).toBe(1);
    expect(JSON.parse(strictDark.stdout)[0].issues[0]).toMatchObject({ code: 'too_dark', threshold: 255 });
    expect((await runCli(['score', file, '--set', 'exposure.nope=1'])).code).toBe(2);
    expect((await runCli(['score', file, '--set', 'constructor.prototype.polluted=1'])).code).toBe(2);
    expect((await runCli(['score', file, '--set', 'exposure.darkP95= '])).code).toBe(2);
    expect((await runCli(['score', '--help'])).stdout).toContain('exposure.darkP95=80');
    expect((await runCli(['score', file, '--set', 'exposure.darkP95=abc'])).code).toBe(2);
    expect((await runCli(['score', file, '--set', 'exposure.darkP95=999'])).stderr).toContain('between 0 and 255');
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('id-precheck eval', () => {
  it('prints accuracy per label and per check, and exits 1 when a listed image cannot be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'idp-eval-'));
    const manifest = join(dir, 'manifest.csv');
    const images = join(ROOT, 'test-images');
    const names = (await readdir(images)).filter((name) => /^doc_(good|gray)_/.test(name));
    await writeFile(
      manifest,
      [
        'file,label',
        ...names.map((name) => `${join(images, name)},${name.startsWith('doc_good') ? 'doc_good' : 'doc_gray'}`),
        'missing.jpg,doc_gray',
        'x.jpg,id_in_hand',
      ].join('\n'),
    );
    const text = await runCli(['eval', manifest]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/doc_good\s+n=\d+\s+correct=\d+\s+100\.0%/);
    expect(text.stdout).toMatch(/id_in_hand\s+n=1\s+not evaluated \(capture kind planned\)/);
    expect(text.stdout).toContain('missing.jpg: unreadable');
    const json = JSON.parse((await runCli(['eval', manifest, '--json'])).stdout);
    expect(json.labels.doc_gray.n).toBe(names.filter((name) => name.startsWith('doc_gray')).length + 1);
    // A row of a capture kind that does not exist yet is not read, so its missing file is no error.
    expect(json.errors.map((error: { file: string }) => error.file)).toEqual(['missing.jpg']);
    expect(json.checks.grayscale.falseReject.doc_good.hits).toBe(0);
  });
});
