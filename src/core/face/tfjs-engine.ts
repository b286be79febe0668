import { parseOnnx } from './onnx-graph.js';
import type { GraphEngine } from './onnx-detector.js';
import { useWasmBackend } from './tfjs-backend.js';
import { TfjsGraph } from './tfjs-graph.js';

/**
 * An ONNX graph run by TensorFlow.js on its WebAssembly backend (see {@link TfjsGraph}), its
 * binary at `wasmPath`: a 140 KB download (gzipped) where onnxruntime-web's is 3.5 MB.
 * @throws Error when the wasm backend cannot start, or the graph has an operation it does not run.
 */
export async function createTfjsEngine(model: Uint8Array, wasmPath: string): Promise<GraphEngine> {
  if (!(await useWasmBackend(wasmPath)))
    throw new Error(`TensorFlow.js' wasm backend did not start (from ${wasmPath})`);
  const parsed = parseOnnx(model);
  const graph = new TfjsGraph(parsed);
  return {
    inputNames: parsed.inputs,
    outputNames: parsed.outputs,
    run: (_name, input, shape) => Promise.resolve(graph.run(input, shape)),
    dispose: () => {
      graph.dispose();
      return Promise.resolve();
    },
  };
}
