import { describe, expect, it } from 'vitest';
import { matchManifest } from '../../src/demo/manifest-match.js';

const entries = [
  { file: 'doc_good/a.jpg', label: 'doc_good' },
  { file: 'face_one/b.jpg', label: 'face_one' },
  { file: 'face_many/b.jpg', label: 'face_many' },
  { file: './nested/deep/c.png', label: 'doc_glare' },
];

describe('matchManifest (the demo page matches picked files to manifest rows by path suffix)', () => {
  it('matches a name, a path below the picked folder, and a longer path', () => {
    const [name, folder, longer, windows] = matchManifest(entries, [
      'a.jpg',
      'face_one/b.jpg',
      'corpus/nested/deep/c.png',
      'deep\\c.png',
    ]);
    expect(name?.label).toBe('doc_good');
    expect(folder?.label).toBe('face_one');
    expect(longer?.label).toBe('doc_glare');
    expect(windows?.label).toBe('doc_glare');
  });

  it('matches nothing on a tie, a different folder, or an unknown name', () => {
    expect(matchManifest(entries, ['b.jpg', 'other/a.jpg', 'z.jpg'])).toEqual([undefined, undefined, undefined]);
  });
});
