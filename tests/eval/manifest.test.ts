import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/eval/manifest.js';
import { parseManifest } from '../../src/eval/parse-manifest.js';

async function manifest(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'idp-manifest-'));
  const path = join(dir, 'manifest.csv');
  await writeFile(path, text);
  return path;
}

describe('readManifest', () => {
  it('reads file, label, faces and corners; resolves files against the manifest; accepts BOM and CRLF', async () => {
    const path = await manifest(
      '\uFEFFfile,label,faces,corners,notes\r\na/b.jpg,face_many,3,,x\r\nc.png,doc_good,,1 2 3 4 5 6 7 8,"a, quoted note"\r\n',
    );
    const rows = await readManifest(path);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ path: join(path, '..', 'a/b.jpg'), file: 'a/b.jpg', label: 'face_many', faces: 3 });
    expect(rows[1]!.corners).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows[1]!.faces).toBeUndefined();
  });

  it('names the line of a malformed row', async () => {
    await expect(readManifest(await manifest('file,label\nok.jpg,doc_good\n\nbad.jpg,\n'))).rejects.toThrow(
      /:4: every row/,
    );
    await expect(readManifest(await manifest('file,label,faces\nx.jpg,face_many,two\n'))).rejects.toThrow(
      /:2: bad faces/,
    );
    await expect(readManifest(await manifest('file,label,corners\nx.jpg,doc_good,1 2 3\n'))).rejects.toThrow(/corners/);
  });
});

describe('parseManifest', () => {
  it('reads the same rows from text, without resolving paths (the demo page matches them to dropped files)', () => {
    const rows = parseManifest('file,label,faces\ndoc_good/a.jpg,doc_good,\nface_many/b.jpg,face_many,2\n');
    expect(rows).toEqual([
      { file: 'doc_good/a.jpg', label: 'doc_good' },
      { file: 'face_many/b.jpg', label: 'face_many', faces: 2 },
    ]);
  });

  it('names the source it was given in its errors', () => {
    expect(() => parseManifest('file,label\nx.jpg,\n', 'dropped.csv')).toThrow(/^dropped\.csv:2: every row/);
  });
});
