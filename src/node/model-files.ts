import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelFiles } from '../core/face/types.js';

const require = createRequire(import.meta.url);

/** The package's `models/` folder (next to `dist/` and `src/`). */
export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

/**
 * Model files from the package's own `models/` folder and wasm binaries from the runtimes' own
 * npm packages: nothing is downloaded.
 */
export function nodeModelFiles(modelsDir: string = MODELS_DIR): ModelFiles {
  return {
    load: async (name) => new Uint8Array(await readFile(join(modelsDir, name))),
    loadText: (name) => readFile(join(modelsDir, name), 'utf8'),
    wasmPaths: {
      tfjs: packageDist('@tensorflow/tfjs-backend-wasm', 'tfjs-backend-wasm.wasm'),
      onnx: packageDist('onnxruntime-web', 'ort-wasm-simd-threaded.wasm'),
    },
  };
}

/**
 * The `dist/` folder (with a trailing `/`) of a runtime package, checked to hold `file`. Found from
 * the package's entry point, which lives in `dist/` for both runtimes (their exports hide
 * `package.json`).
 */
function packageDist(name: string, file: string): string {
  const entry = require.resolve(name);
  const marker = `${sep}dist${sep}`;
  const folder = entry.slice(0, entry.lastIndexOf(marker) + marker.length);
  if (!existsSync(join(folder, file))) throw new Error(`${name}: ${file} not found in ${folder}`);
  return folder;
}
