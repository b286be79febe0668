import * as tf from '@tensorflow/tfjs-core';
import type { OnnxGraph, OnnxNode, OnnxTensor } from './onnx-graph.js';

/**
 * How a tensor's values are laid out. TensorFlow.js works in NHWC; the ONNX graphs converted from
 * TensorFlow transpose their NHWC input to NCHW, convolve, and transpose back before reshaping the
 * outputs. Here the data stays NHWC throughout, and `nchw` marks a tensor the graph thinks of as
 * NCHW: its transposes become no-ops, and its channel axis is 3, not 1.
 */
type Layout = 'nhwc' | 'nchw';

interface Value {
  tensor: tf.Tensor;
  layout: Layout;
}

/** One node compiled: reads the values it needs from the map and writes its outputs. */
type Step = (values: Map<string, Value>) => void;

/**
 * An ONNX graph run by TensorFlow.js (whichever backend is active): the operations of a
 * MobileNet-style network such as BlazeFace (Conv, plain and depthwise, with the following Relu
 * fused; Add, Relu, MaxPool, zero-padding of channels by ConstantOfShape + Concat, the layout
 * Transposes, Reshape). Weights are converted once, when it is made.
 * @throws Error naming the first operation or attribute it does not support.
 */
export class TfjsGraph {
  readonly #steps: Step[] = [];
  readonly #constants: tf.Tensor[] = [];
  readonly #input: string;
  readonly #outputs: string[];

  constructor(graph: OnnxGraph) {
    if (graph.inputs.length !== 1) throw new Error(`expected one graph input; got ${graph.inputs.length}`);
    this.#input = graph.inputs[0]!;
    this.#outputs = graph.outputs;
    // A graph output counts as a reader: a Conv whose output is one keeps it.
    const readers = new Map<string, number>(graph.outputs.map((name) => [name, 1]));
    for (const node of graph.nodes) for (const name of node.inputs) readers.set(name, (readers.get(name) ?? 0) + 1);
    const fusedRelus = new Set<OnnxNode>();
    try {
      this.#compileAll(graph, readers, fusedRelus);
    } catch (error) {
      this.dispose();
      throw error;
    }
  }

  #compileAll(graph: OnnxGraph, readers: Map<string, number>, fusedRelus: Set<OnnxNode>): void {
    graph.nodes.forEach((node, index) => {
      if (fusedRelus.has(node)) return;
      const next = graph.nodes[index + 1];
      const fuseRelu =
        node.op === 'Conv' &&
        next?.op === 'Relu' &&
        next.inputs[0] === node.outputs[0] &&
        readers.get(node.outputs[0]!) === 1;
      if (fuseRelu) fusedRelus.add(next);
      this.#steps.push(this.#compile(node, graph.initializers, fuseRelu ? next.outputs[0]! : undefined));
    });
  }

  /** Runs the graph on an NHWC input; the outputs' values by name. */
  run(input: Float32Array, shape: readonly number[]): Record<string, Float32Array> {
    const outputs = tf.tidy(() => {
      const values = new Map<string, Value>([[this.#input, { tensor: tf.tensor(input, [...shape]), layout: 'nhwc' }]]);
      for (const step of this.#steps) step(values);
      return this.#outputs.map((name) => values.get(name)!.tensor);
    });
    try {
      return Object.fromEntries(this.#outputs.map((name, i) => [name, outputs[i]!.dataSync() as Float32Array]));
    } finally {
      for (const tensor of outputs) tensor.dispose();
    }
  }

  dispose(): void {
    for (const tensor of this.#constants) tensor.dispose();
    this.#constants.length = 0;
  }

  #keep<T extends tf.Tensor>(tensor: T): T {
    this.#constants.push(tensor);
    return tensor;
  }

  #compile(node: OnnxNode, initializers: Map<string, OnnxTensor>, fusedReluOutput: string | undefined): Step {
    const { op, inputs, outputs, attributes } = node;
    const [output] = outputs as [string];
    if (attributes.auto_pad !== undefined && attributes.auto_pad !== 'NOTSET') {
      throw new Error(`${op}: auto_pad ${String(attributes.auto_pad)} is not supported (explicit pads are)`);
    }
    const constant = (name: string | undefined): OnnxTensor => {
      const found = name === undefined ? undefined : initializers.get(name);
      if (found === undefined) throw new Error(`${op}: ${String(name)} is not a constant`);
      return found;
    };
    const read = (values: Map<string, Value>, name: string, layout?: Layout): tf.Tensor => {
      const value = values.get(name);
      if (value === undefined) throw new Error(`${op}: ${name} has no value`);
      if (layout !== undefined && value.layout !== layout)
        throw new Error(`${op}: ${name} is ${value.layout}, not ${layout}`);
      return value.tensor;
    };
    switch (op) {
      case 'Transpose': {
        const perm = String(attributes.perm);
        const [from, to]: Layout[] = perm === '0,3,1,2' ? ['nhwc', 'nchw'] : perm === '0,2,3,1' ? ['nchw', 'nhwc'] : [];
        if (from === undefined) throw new Error(`Transpose: permutation ${perm} is not supported`);
        return (values) => values.set(output, { tensor: read(values, inputs[0]!, from), layout: to! });
      }
      case 'Conv':
        return this.#conv(node, constant, fusedReluOutput ?? output, fusedReluOutput !== undefined, read);
      case 'Relu':
        return (values) =>
          values.set(output, { tensor: tf.relu(read(values, inputs[0]!)), layout: values.get(inputs[0]!)!.layout });
      case 'Add':
        return (values) => {
          const { layout } = values.get(inputs[0]!) ?? { layout: 'nhwc' };
          values.set(output, { tensor: tf.add(read(values, inputs[0]!), read(values, inputs[1]!, layout)), layout });
        };
      case 'MaxPool': {
        const kernel = attributes.kernel_shape as [number, number];
        const strides = (attributes.strides as [number, number] | undefined) ?? [1, 1];
        return (values) => {
          const x = read(values, inputs[0]!, 'nchw') as tf.Tensor4D;
          const pad = padding(x, kernel, strides, attributes.pads as number[] | undefined, op);
          values.set(output, { tensor: tf.maxPool(x, kernel, strides, pad), layout: 'nchw' });
        };
      }
      case 'ConstantOfShape': {
        const value = attributes.value as number[] | undefined;
        if (value !== undefined && value.some((v) => v !== 0)) {
          throw new Error('ConstantOfShape: only the value 0 is supported');
        }
        const [n, c, h, w] = constant(inputs[0]).data as number[];
        const zeros = this.#keep(tf.zeros([n!, h!, w!, c!]));
        return (values) => values.set(output, { tensor: zeros, layout: 'nchw' });
      }
      case 'Concat': {
        return (values) => {
          const { layout } = values.get(inputs[0]!) ?? { layout: 'nhwc' };
          const parts = inputs.map((name) => read(values, name, layout));
          const rank = parts[0]!.rank;
          const axis = ((attributes.axis as number) + rank) % rank;
          const nhwcAxis = layout === 'nchw' ? [0, 3, 1, 2][axis]! : axis;
          values.set(output, { tensor: tf.concat(parts, nhwcAxis), layout });
        };
      }
      case 'Reshape': {
        const shape = constant(inputs[1]).data as number[];
        return (values) => {
          const x = read(values, inputs[0]!, 'nhwc');
          values.set(output, {
            tensor: tf.reshape(
              x,
              shape.map((size, i) => (size === 0 ? x.shape[i]! : size)),
            ),
            layout: 'nhwc',
          });
        };
      }
      default:
        throw new Error(`ONNX operation ${op} is not supported`);
    }
  }

  /** A Conv node: plain (group 1) or depthwise (one filter per channel), bias and a following Relu fused. */
  #conv(
    node: OnnxNode,
    constant: (name: string | undefined) => OnnxTensor,
    output: string,
    relu: boolean,
    read: (values: Map<string, Value>, name: string, layout?: Layout) => tf.Tensor,
  ): Step {
    const { inputs, attributes } = node;
    const weights = constant(inputs[1]);
    const [outChannels, inPerGroup, kh, kw] = weights.dims as [number, number, number, number];
    const group = (attributes.group as number | undefined) ?? 1;
    const strides = (attributes.strides as [number, number] | undefined) ?? [1, 1];
    const dilations = (attributes.dilations as number[] | undefined) ?? [1, 1];
    if (dilations.some((d) => d !== 1)) throw new Error('Conv: dilations are not supported');
    const w = weights.data as Float32Array;
    const bias =
      inputs[2] === undefined ? undefined : this.#keep(tf.tensor1d(constant(inputs[2]).data as Float32Array));
    const activation = relu ? 'relu' : 'linear';
    if (group === 1) {
      // ONNX [out, in, kh, kw] → TensorFlow.js [kh, kw, in, out].
      const filter = new Float32Array(w.length);
      for (let o = 0; o < outChannels; o++) {
        for (let i = 0; i < inPerGroup; i++) {
          for (let k = 0; k < kh * kw; k++)
            filter[(k * inPerGroup + i) * outChannels + o] = w[(o * inPerGroup + i) * kh * kw + k]!;
        }
      }
      const kept = this.#keep(tf.tensor4d(filter, [kh, kw, inPerGroup, outChannels]));
      return (values) => {
        const x = read(values, inputs[0]!, 'nchw') as tf.Tensor4D;
        const pad = padding(x, [kh, kw], strides, attributes.pads as number[] | undefined, 'Conv');
        const y = tf.fused.conv2d({ x, filter: kept, strides, pad, ...(bias ? { bias } : {}), activation });
        values.set(output, { tensor: y, layout: 'nchw' });
      };
    }
    if (group !== outChannels || inPerGroup !== 1) throw new Error(`Conv: group ${group} is neither 1 nor depthwise`);
    // ONNX [channels, 1, kh, kw] → TensorFlow.js [kh, kw, channels, 1].
    const filter = new Float32Array(w.length);
    for (let c = 0; c < outChannels; c++)
      for (let k = 0; k < kh * kw; k++) filter[k * outChannels + c] = w[c * kh * kw + k]!;
    const kept = this.#keep(tf.tensor4d(filter, [kh, kw, outChannels, 1]));
    return (values) => {
      const x = read(values, inputs[0]!, 'nchw') as tf.Tensor4D;
      const pad = padding(x, [kh, kw], strides, attributes.pads as number[] | undefined, 'Conv');
      const y = tf.fused.depthwiseConv2d({ x, filter: kept, strides, pad, ...(bias ? { bias } : {}), activation });
      values.set(output, { tensor: y, layout: 'nchw' });
    };
  }
}

/**
 * ONNX's explicit pads ([top, left, bottom, right]) as TensorFlow's `same` or `valid`, which
 * graphs converted from TensorFlow always use: `same` puts the odd pixel at the bottom and right.
 * @throws Error for pads that are neither.
 */
function padding(
  x: tf.Tensor4D,
  kernel: readonly number[],
  strides: readonly number[],
  pads: readonly number[] = [0, 0, 0, 0],
  op: string,
): 'same' | 'valid' {
  if (pads.every((pad) => pad === 0)) return 'valid';
  const same = [1, 2].flatMap((axis) => {
    const size = x.shape[axis]!;
    const stride = strides[axis - 1]!;
    const total = Math.max(0, (Math.ceil(size / stride) - 1) * stride + kernel[axis - 1]! - size);
    return [Math.floor(total / 2), total - Math.floor(total / 2)];
  });
  // `same` as [top, bottom, left, right] against ONNX's [top, left, bottom, right].
  if (same[0] === pads[0] && same[1] === pads[2] && same[2] === pads[1] && same[3] === pads[3]) return 'same';
  throw new Error(
    `${op}: pads ${pads.join(',')} are neither 'same' nor 'valid' for a ${x.shape[1]}×${x.shape[2]} input`,
  );
}
