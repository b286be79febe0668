import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOnnx, type OnnxGraph } from '../../src/core/face/onnx-graph.js';
import { TfjsGraph } from '../../src/core/face/tfjs-graph.js';
import { useWasmBackend } from '../../src/core/face/tfjs-backend.js';
import { nodeModelFiles } from '../../src/node/model-files.js';
import { ROOT } from '../cli/run-cli.js';

const model = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'models', name)));

describe('parseOnnx', () => {
  it('reads the BlazeFace back graph: its nodes, weights, input and outputs', () => {
    const graph = parseOnnx(model('face_detection_back_256x256_barracuda.onnx'));
    expect(graph.inputs).toEqual(['input:0']);
    expect(graph.outputs).toEqual(['Identity:0', 'Identity_1:0', 'Identity_2:0', 'Identity_3:0']);
    const ops = new Map<string, number>();
    for (const node of graph.nodes) ops.set(node.op, (ops.get(node.op) ?? 0) + 1);
    expect(Object.fromEntries(ops)).toEqual({
      Transpose: 5,
      Conv: 69,
      Relu: 33,
      Add: 31,
      MaxPool: 3,
      ConstantOfShape: 2,
      Concat: 2,
      Reshape: 4,
    });
    const first = graph.nodes.find((node) => node.op === 'Conv')!;
    expect(first.attributes).toMatchObject({ kernel_shape: [5, 5], strides: [2, 2], pads: [1, 1, 2, 2] });
    const weights = graph.initializers.get(first.inputs[1]!)!;
    expect(weights.dims).toEqual([24, 3, 5, 5]);
    expect(weights.data).toBeInstanceOf(Float32Array);
    expect(weights.data).toHaveLength(24 * 3 * 5 * 5);
    expect(Math.max(...(weights.data as Float32Array).map(Math.abs))).toBeLessThan(100);
    // An int64 shape: the last Reshape's, [1, anchors, 16].
    const reshape = graph.nodes.filter((node) => node.op === 'Reshape').at(-1)!;
    expect(graph.initializers.get(reshape.inputs[1]!)!.data).toEqual([1, expect.any(Number), expect.any(Number)]);
  });

  it('rejects bytes that are not an ONNX model', () => {
    expect(() => parseOnnx(new TextEncoder().encode('not a model at all'))).toThrow(Error);
    expect(() => parseOnnx(new Uint8Array(0))).toThrow(/no graph/);
    const bytes = model('face_detection_front_128x128_barracuda.onnx');
    expect(() => parseOnnx(bytes.subarray(0, bytes.length / 2))).toThrow(/truncated/);
    // A varint that never ends is refused after 10 bytes, not read on.
    expect(() => parseOnnx(new Uint8Array(100_000).fill(0xff))).toThrow(/longer than 10 bytes/);
  });
});

describe('TfjsGraph', () => {
  const graphOf = (op: string, attributes: OnnxGraph['nodes'][number]['attributes'] = {}): OnnxGraph => ({
    nodes: [{ op, inputs: ['x'], outputs: ['y'], attributes }],
    initializers: new Map(),
    inputs: ['x'],
    outputs: ['y'],
  });

  it('names an operation it does not run', async () => {
    await useWasmBackend(nodeModelFiles().wasmPaths.tfjs);
    expect(() => new TfjsGraph(graphOf('Softmax'))).toThrow(/Softmax is not supported/);
    expect(() => new TfjsGraph(graphOf('Transpose', { perm: [0, 1, 3, 2] }))).toThrow(/permutation 0,1,3,2/);
  });

  it('runs Transpose and Relu, and refuses pads that are neither same nor valid', async () => {
    await useWasmBackend(nodeModelFiles().wasmPaths.tfjs);
    const graph: OnnxGraph = {
      nodes: [
        { op: 'Transpose', inputs: ['x'], outputs: ['t'], attributes: { perm: [0, 3, 1, 2] } },
        { op: 'MaxPool', inputs: ['t'], outputs: ['p'], attributes: { kernel_shape: [2, 2], strides: [2, 2] } },
        { op: 'Relu', inputs: ['p'], outputs: ['r'], attributes: {} },
        { op: 'Transpose', inputs: ['r'], outputs: ['y'], attributes: { perm: [0, 2, 3, 1] } },
      ],
      initializers: new Map(),
      inputs: ['x'],
      outputs: ['y'],
    };
    // 1 × 2 × 2 × 2 (NHWC): the max of each channel over the 2 × 2 block, then clipped at 0.
    const { y } = new TfjsGraph(graph).run(new Float32Array([1, -5, 3, -6, -2, -7, 0, -8]), [1, 2, 2, 2]);
    expect(Array.from(y!)).toEqual([3, 0]);
    graph.nodes[1]!.attributes.pads = [1, 0, 0, 0];
    expect(() => new TfjsGraph(graph).run(new Float32Array(8), [1, 2, 2, 2])).toThrow(/neither 'same' nor 'valid'/);
  });
});
