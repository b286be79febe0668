import * as ort from 'onnxruntime-web';
import type { GraphEngine } from './onnx-detector.js';

/**
 * An ONNX graph run by onnxruntime-web on its WebAssembly backend, one thread: the checks already
 * use every core in parallel, and threads need cross-origin isolation in browsers. `wasmPath`:
 * where its wasm binary is (left out where a bundler placed it next to the code).
 */
export async function createOrtEngine(model: Uint8Array, wasmPath: string | undefined): Promise<GraphEngine> {
  // Global runtime settings, read when the first session starts the wasm runtime.
  if (wasmPath !== undefined) ort.env.wasm.wasmPaths = wasmPath;
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const session = await ort.InferenceSession.create(model, {
    executionProviders: ['wasm'],
    // The converted graphs carry unused initializers, which the runtime warns about at load.
    logSeverityLevel: 3,
  });
  return {
    inputNames: session.inputNames,
    outputNames: session.outputNames,
    async run(name, input, shape) {
      const outputs = await session.run({ [name]: new ort.Tensor('float32', input, [...shape]) });
      const data = Object.fromEntries(
        Object.entries(outputs).map(([key, tensor]) => [key, tensor.data as Float32Array]),
      );
      for (const tensor of Object.values(outputs)) tensor.dispose();
      return data;
    },
    dispose: () => session.release(),
  };
}
