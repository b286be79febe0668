import * as tf from '@tensorflow/tfjs-core';
// Registers the wasm backend with tfjs-core.
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

let wasmReady: Promise<boolean> | undefined;

/**
 * Makes TensorFlow.js' WebAssembly backend (XNNPACK, SIMD where the engine has it) the thread's
 * backend, once per thread, its binary found at `wasmPath` (a folder path in Node, a URL prefix in
 * a browser, ending in `/`). Resolves to whether it could be instantiated.
 */
export function useWasmBackend(wasmPath: string): Promise<boolean> {
  wasmReady ??= (async () => {
    setWasmPaths(wasmPath);
    const ready = await tf.setBackend('wasm').catch(() => false);
    // A failure is not kept: the next detector tries again.
    if (!ready) wasmReady = undefined;
    return ready;
  })();
  return wasmReady;
}
