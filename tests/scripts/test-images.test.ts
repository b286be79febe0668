import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const sha256 = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** Every generated file (the images and labels.json) by name, with its hash. */
async function hashes(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((name) => /\.(jpe?g|png|webp|pdf|json)$/.test(name)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await sha256(join(dir, name))])));
}

describe('the test-image generator (npm run images)', () => {
  let out: string | undefined;
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('writes exactly the committed test-images/, byte for byte', async () => {
    out = await mkdtemp(join(tmpdir(), 'idp-images-'));
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/test-images/main.mjs')], {
      env: { ...process.env, TEST_IMAGES_OUT: out },
    });
    expect(await hashes(out)).toEqual(await hashes(join(ROOT, 'test-images')));
  }, 300_000);
});
