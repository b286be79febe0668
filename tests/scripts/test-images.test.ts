import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { GENERATOR_EXIT_FILE } from '../global-setup.js';

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
  it('writes exactly the committed test-images/, byte for byte', async () => {
    // Started by tests/global-setup.ts when the run began, so it works beside the other test files.
    const out = inject('generatedImagesDir');
    const exitFile = join(out, GENERATOR_EXIT_FILE);
    while (!existsSync(exitFile)) await sleep(500);
    const exit = JSON.parse(await readFile(exitFile, 'utf8')) as { code: number | null; stderr: string };
    expect({ code: exit.code, stderr: exit.code === 0 ? '' : exit.stderr }).toEqual({ code: 0, stderr: '' });
    expect(await hashes(out)).toEqual(await hashes(join(ROOT, 'test-images')));
  }, 600_000);
});
