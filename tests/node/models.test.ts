import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR } from '../../src/node/model-files.js';

/** `file` → sha256, from the table in models/README.md. */
function documentedHashes(): Map<string, string> {
  const readme = readFileSync(join(MODELS_DIR, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm)];
  return new Map(rows.map((row) => [row[1]!, row[2]!]));
}

describe('models/', () => {
  const hashes = documentedHashes();
  it('documents every model file', () => {
    expect([...hashes.keys()].sort()).toEqual([
      'face_detection_back_256x256_barracuda.onnx',
      'face_detection_front_128x128_barracuda.onnx',
      'facemesh-detection-full.bin',
      'facemesh-detection-full.json',
      'facemesh-detection-short.bin',
      'facemesh-detection-short.json',
    ]);
  });
  it.each([...hashes])('%s matches its documented sha256', (file, hash) => {
    expect(
      createHash('sha256')
        .update(readFileSync(join(MODELS_DIR, file)))
        .digest('hex'),
    ).toBe(hash);
  });
});
