import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** The `dist/` folder of a runtime package (its entry point lives there; its exports hide package.json). */
function packageDist(name: string): string {
  const entry = require.resolve(name);
  return join(entry.slice(0, entry.lastIndexOf('/dist/')), 'dist');
}

/**
 * Emits what the worker fetches at run time next to the bundle, so a site self-hosts everything:
 * `models/` (face models), `tfjs/` (TensorFlow.js wasm backend) and `pdfjs/` (pdf.js's parsing
 * worker, and the standard fonts, cMaps and wasm image decoders it fetches only for a PDF that
 * needs them); onnxruntime's wasm is emitted by the bundler itself under `assets/`.
 */
function runtimeAssets(): Plugin {
  const pdfjs = dirname(require.resolve('pdfjs-dist/package.json'));
  const folders: [string, string, RegExp][] = [
    ['models', 'models', /\.(onnx|json|bin)$/],
    ['tfjs', packageDist('@tensorflow/tfjs-backend-wasm'), /\.wasm$/],
    ['pdfjs', pdfjs, /^LICENSE$/],
    ['pdfjs', join(pdfjs, 'build'), /^pdf\.worker\.min\.mjs$/],
    ['pdfjs/standard_fonts', join(pdfjs, 'standard_fonts'), /\.(pfb|ttf)$|^LICENSE/],
    ['pdfjs/cmaps', join(pdfjs, 'cmaps'), /\.bcmap$/],
    ['pdfjs/wasm', join(pdfjs, 'wasm'), /\.wasm$|^LICENSE/],
  ];
  return {
    name: 'id-precheck-runtime-assets',
    apply: 'build',
    generateBundle() {
      for (const [target, source, pattern] of folders) {
        for (const file of readdirSync(source).filter((name) => pattern.test(name))) {
          // pdf.js' worker as `.js`: a server that does not know `.mjs` would send it with a type
          // that browsers refuse for a module worker.
          const name = file.replace(/\.mjs$/, '.js');
          this.emitFile({ type: 'asset', fileName: `${target}/${name}`, source: readFileSync(join(source, file)) });
        }
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  // The browser bundle (part of `npm run build`): dist/browser/id-precheck.js and widget.js with the
  // worker and its assets as plain files a KYC site serves from its own origin.
  // `--mode demo` (a second pass of `npm run build`) adds the QA demo page, dist/browser/demo/: built
  // apart, so the code only it needs (the eval, CSV) never joins a chunk the widget loads, and
  // using the very same worker and assets (same content, same file names).
  // Relative asset URLs: the bundle finds its worker and wasm next to itself, wherever a site serves it.
  base: './',
  build: {
    outDir: 'dist/browser',
    emptyOutDir: mode !== 'demo',
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: (mode === 'demo'
        ? { demo: 'demo/index.html' }
        : { 'id-precheck': 'src/browser/index.ts', widget: 'src/widget/index.ts' }) as Record<string, string>,
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  resolve: {
    alias: [
      {
        find: '@mediapipe/face_detection',
        replacement: new URL('./src/browser/mediapipe-shim.ts', import.meta.url).pathname,
      },
      // The wasm-only onnxruntime build (no WebGPU/WebGL): one wasm file.
      { find: /^onnxruntime-web$/, replacement: 'onnxruntime-web/wasm' },
    ],
  },
  worker: { format: 'es', rollupOptions: { output: { entryFileNames: 'assets/[name]-[hash].js' } } },
  plugins: mode === 'demo' ? [] : [runtimeAssets()],
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // CLI and corpus tests start worker pools and score hundreds of photos.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: run test files one after another so pools do not fight for them.
    fileParallelism: false,
  },
}));
