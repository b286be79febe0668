import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/cli/files.js';

describe('collectFiles', () => {
  it('walks folders recursively in code-unit order, keeps images and PDFs (and image-named FIFOs), skips hidden entries, follows file links, and folder links only inside the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'idp-walk-'));
    await mkdir(join(root, 'sub'));
    await mkdir(join(root, '.hidden'));
    for (const name of [
      'b.JPG',
      'a.png',
      'Z.webp',
      'notes.txt',
      '.secret.jpg',
      'sub/c.jpeg',
      'sub/scan.PDF',
      '.hidden/d.jpg',
    ]) {
      await writeFile(join(root, name), 'x');
    }
    await symlink(join(root, 'a.png'), join(root, 'sub', 'link.png'));
    await symlink(root, join(root, 'sub', 'loop'));
    const outside = await mkdtemp(join(tmpdir(), 'idp-outside-'));
    await writeFile(join(outside, 'elsewhere.jpg'), 'x');
    await symlink(outside, join(root, 'sub', 'out'));
    await symlink(join(outside, 'elsewhere.jpg'), join(root, 'sub', 'out-file.jpg'));
    execFileSync('mkfifo', [join(root, 'pipe.jpg')]);
    const files = await collectFiles([root, join(root, 'notes.txt'), join(root, 'missing.jpg')]);
    expect(files.map((file) => file.slice(root.length + 1))).toEqual([
      'Z.webp',
      'a.png',
      'b.JPG',
      'pipe.jpg',
      'sub/c.jpeg',
      'sub/link.png',
      'sub/out-file.jpg',
      'sub/scan.PDF',
      'notes.txt',
      'missing.jpg',
    ]);
  });
});
