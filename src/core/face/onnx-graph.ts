/**
 * Reads an ONNX model file (a protobuf `ModelProto`) into its graph: the nodes in order, the
 * weights, the input and output names. Only what a small convolutional network such as BlazeFace
 * uses: float and int64 tensors, int / float / string / list attributes. Written out here, a few
 * dozen lines of protobuf wire format, so running a face model in the browser does not need a
 * protobuf library or onnxruntime's 3.5 MB WebAssembly.
 */

/** One operation of the graph. */
export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  attributes: Record<string, number | number[] | string>;
}

/** A constant tensor of the graph (a weight, a shape). */
export interface OnnxTensor {
  dims: number[];
  data: Float32Array | number[];
}

export interface OnnxGraph {
  /** In an order where every node comes after the nodes it reads from (ONNX requires it). */
  nodes: OnnxNode[];
  initializers: Map<string, OnnxTensor>;
  /** The graph's inputs that are not initializers. */
  inputs: string[];
  outputs: string[];
}

/** ONNX `TensorProto.DataType` values read here. */
const FLOAT = 1;
const INT64 = 7;

/**
 * The graph of an ONNX model file.
 * @throws Error when the bytes are not a protobuf message holding a graph, or a tensor has a type
 * other than float32 or int64.
 */
export function parseOnnx(bytes: Uint8Array): OnnxGraph {
  const graph = fieldsOf(bytes).find((field) => field.number === 7)?.bytes;
  if (graph === undefined) throw new Error('not an ONNX model: no graph');
  const nodes: OnnxNode[] = [];
  const initializers = new Map<string, OnnxTensor>();
  const declaredInputs: string[] = [];
  const outputs: string[] = [];
  for (const field of fieldsOf(graph)) {
    if (field.number === 1) nodes.push(nodeOf(field.bytes!));
    else if (field.number === 5) {
      const { name, tensor } = tensorOf(field.bytes!);
      initializers.set(name, tensor);
    } else if (field.number === 11) declaredInputs.push(nameOf(field.bytes!));
    else if (field.number === 12) outputs.push(nameOf(field.bytes!));
  }
  return { nodes, initializers, inputs: declaredInputs.filter((name) => !initializers.has(name)), outputs };
}

/** One protobuf field: varints as bigint (int64 may be negative), length-delimited as bytes. */
interface Field {
  number: number;
  varint?: bigint;
  fixed32?: number;
  bytes?: Uint8Array;
}

function fieldsOf(bytes: Uint8Array): Field[] {
  const fields: Field[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let position = 0;
  const varint = (): bigint => {
    let value = 0n;
    let shift = 0n;
    for (;;) {
      if (position >= bytes.length) throw new Error('truncated protobuf varint');
      const byte = bytes[position++]!;
      value |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return value;
      shift += 7n;
      if (shift > 63n) throw new Error('protobuf varint longer than 10 bytes');
    }
  };
  while (position < bytes.length) {
    const tag = Number(varint());
    const number = tag >>> 3;
    const wireType = tag & 7;
    if (wireType === 0) fields.push({ number, varint: BigInt.asIntN(64, varint()) });
    else if (wireType === 2) {
      const length = Number(varint());
      if (position + length > bytes.length) throw new Error('truncated protobuf field');
      fields.push({ number, bytes: bytes.subarray(position, position + length) });
      position += length;
    } else if (wireType === 5) {
      if (position + 4 > bytes.length) throw new Error('truncated protobuf field');
      fields.push({ number, fixed32: view.getFloat32(position, true) });
      position += 4;
    } else if (wireType === 1) {
      if (position + 8 > bytes.length) throw new Error('truncated protobuf field');
      position += 8;
    } else throw new Error(`unsupported protobuf wire type ${wireType}`);
  }
  return fields;
}

/** The UTF-8 decoder of browsers, workers and Node; declared here because the core has no DOM or Node types. */
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** The name of a `ValueInfoProto`. */
function nameOf(bytes: Uint8Array): string {
  const name = fieldsOf(bytes).find((field) => field.number === 1)?.bytes;
  return name === undefined ? '' : text(name);
}

/** Packed (length-delimited) or repeated varints, as numbers. */
function integers(fields: Field[], number: number): number[] {
  const values: number[] = [];
  for (const field of fields) {
    if (field.number !== number) continue;
    if (field.varint !== undefined) values.push(Number(field.varint));
    else if (field.bytes !== undefined) {
      // Packed: a run of varints, read as fields of a message with tag "field 1, varint" each.
      const packed = new Uint8Array(field.bytes.length * 2);
      let length = 0;
      for (let i = 0; i < field.bytes.length; i++) {
        if (i === 0 || field.bytes[i - 1]! < 0x80) packed[length++] = 0x08;
        packed[length++] = field.bytes[i]!;
      }
      for (const value of fieldsOf(packed.subarray(0, length))) values.push(Number(value.varint));
    }
  }
  return values;
}

function nodeOf(bytes: Uint8Array): OnnxNode {
  const node: OnnxNode = { op: '', inputs: [], outputs: [], attributes: {} };
  for (const field of fieldsOf(bytes)) {
    if (field.number === 1) node.inputs.push(text(field.bytes!));
    else if (field.number === 2) node.outputs.push(text(field.bytes!));
    else if (field.number === 4) node.op = text(field.bytes!);
    else if (field.number === 5) {
      const attribute = fieldsOf(field.bytes!);
      const name = text(attribute.find((f) => f.number === 1)!.bytes!);
      // AttributeProto: f = 2, i = 3, s = 4, t = 5, floats = 7, ints = 8; type 1 FLOAT, 2 INT,
      // 3 STRING, 4 TENSOR, 6 FLOATS, 7 INTS. Old exporters leave the type out: then the field tells.
      const has = (number: number) => attribute.some((f) => f.number === number);
      const inferred =
        [
          [8, 7],
          [7, 6],
          [5, 4],
          [4, 3],
          [3, 2],
          [2, 1],
        ].find(([number]) => has(number!))?.[1] ?? 0;
      const type = Number(attribute.find((f) => f.number === 20)?.varint ?? 0n) || inferred;
      if (type === 1) node.attributes[name] = attribute.find((f) => f.number === 2)?.fixed32 ?? 0;
      else if (type === 2) node.attributes[name] = Number(attribute.find((f) => f.number === 3)?.varint ?? 0n);
      else if (type === 3)
        node.attributes[name] = text(attribute.find((f) => f.number === 4)?.bytes ?? new Uint8Array());
      else if (type === 4) {
        const tensor = attribute.find((f) => f.number === 5)?.bytes;
        node.attributes[name] = tensor === undefined ? [] : Array.from(tensorOf(tensor).tensor.data);
      } else if (type === 7) node.attributes[name] = integers(attribute, 8);
      else if (type === 6) node.attributes[name] = floats(attribute, 7);
      else throw new Error(`${node.op || 'a node'}: attribute ${name} of type ${type} is not supported`);
    }
  }
  return node;
}

function floats(fields: Field[], number: number): number[] {
  const values: number[] = [];
  for (const field of fields) {
    if (field.number !== number) continue;
    if (field.fixed32 !== undefined) values.push(field.fixed32);
    else if (field.bytes !== undefined) for (const value of littleEndianFloats(field.bytes)) values.push(value);
  }
  return values;
}

function littleEndianFloats(bytes: Uint8Array): Float32Array {
  if (bytes.length % 4 !== 0) throw new Error(`float data of ${bytes.length} bytes is not whole floats`);
  const values = new Float32Array(bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(4 * i, true);
  return values;
}

function tensorOf(bytes: Uint8Array): { name: string; tensor: OnnxTensor } {
  const fields = fieldsOf(bytes);
  const name = text(fields.find((f) => f.number === 8)?.bytes ?? new Uint8Array());
  const dims = integers(fields, 1);
  const type = Number(fields.find((f) => f.number === 2)?.varint ?? 0n);
  const raw = fields.find((f) => f.number === 9)?.bytes;
  if (type === FLOAT) {
    const data = raw !== undefined ? littleEndianFloats(raw) : Float32Array.from(floats(fields, 4));
    return { name, tensor: { dims, data } };
  }
  if (type === INT64) {
    let data: number[];
    if (raw !== undefined) {
      if (raw.length % 8 !== 0) throw new Error(`tensor ${name}: int64 data of ${raw.length} bytes`);
      const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
      data = Array.from({ length: raw.length / 8 }, (_, i) => Number(view.getBigInt64(8 * i, true)));
    } else data = integers(fields, 7);
    return { name, tensor: { dims, data } };
  }
  throw new Error(`tensor ${name}: data type ${type} is not supported (float32 and int64 are)`);
}
