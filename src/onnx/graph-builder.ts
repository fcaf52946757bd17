/**
 * A small typed builder for ONNX models: graph inputs and outputs, initializers (constant tensors
 * stored in the model) and nodes, checked as they are added (unique names, every node input
 * defined before use), then encoded as ONNX file bytes.
 *
 *   const g = new OnnxGraphBuilder('ffn');
 *   const x = g.input('x', 'f32', ['T', 768]);
 *   const h = g.node('MatMul', [x, g.initializer('w1', w1)]);
 *   g.output(g.node('Relu', [h], {}, 'y'), 'f32', ['T', 3072]);
 *   const bytes = g.toModel();
 */
import type { HostTensor } from '../../ir/tensor.js';
import { encodeModel, OnnxAttributeType, OnnxDataType, type ModelInit } from './proto.js';

/** Element types the builder writes: pitc's three, plus int64 for shape and axis operands. */
export type OnnxElementType = HostTensor['dtype'] | 'i64';

/** An attribute value, tagged because ONNX distinguishes 1 (INT) from 1.0 (FLOAT). */
export type OnnxAttribute =
  | { readonly int: number }
  | { readonly float: number }
  | { readonly ints: readonly number[] }
  | { readonly floats: readonly number[] }
  | { readonly string: string };

/** A dim: a size, or a symbolic name (an ONNX `dim_param`). */
export type OnnxDim = number | string;

export interface OnnxModelOptions {
  /** Default-domain operator set version (default 21). */
  readonly opset?: number;
  /** ONNX IR version of the file (default 10, the one opset 21 goes with). */
  readonly irVersion?: number;
}

const DATA_TYPES: Record<OnnxElementType, OnnxDataType> = {
  f32: OnnxDataType.FLOAT,
  i32: OnnxDataType.INT32,
  bool: OnnxDataType.BOOL,
  i64: OnnxDataType.INT64,
};

type GraphInit = NonNullable<ModelInit['graph']>;
type ValueInfoInit = NonNullable<GraphInit['input']>[number];
type NodeInit = NonNullable<GraphInit['node']>[number];
type TensorInit = NonNullable<GraphInit['initializer']>[number];
type AttributeInit = NonNullable<NodeInit['attribute']>[number];

export class OnnxGraphBuilder {
  private readonly inputs: ValueInfoInit[] = [];
  private readonly outputs: ValueInfoInit[] = [];
  private readonly initializers: TensorInit[] = [];
  private readonly nodes: NodeInit[] = [];
  /** Every value name defined so far (inputs, initializers, node outputs). */
  private readonly defined = new Set<string>();
  private counter = 0;

  constructor(readonly name: string) {}

  /** A graph input fed at run time; returns its name. */
  input(name: string, type: OnnxElementType, shape: readonly OnnxDim[]): string {
    this.define(name);
    this.inputs.push(valueInfo(name, type, shape));
    return name;
  }

  /** A constant tensor stored in the model (raw little-endian bytes); returns its name. */
  initializer(name: string, tensor: HostTensor): string {
    return this.constant(name, tensor.dtype, tensor.shape, tensor.data);
  }

  /** A constant f32 scalar (rank 0), e.g. a scale or a -inf fill. */
  scalar(name: string, value: number): string {
    return this.constant(name, 'f32', [], Float32Array.of(value));
  }

  /** A constant 1-D int64 tensor: the shape and axes operands of Reshape, Unsqueeze, ReduceSum. */
  int64s(name: string, values: readonly (number | bigint)[]): string {
    return this.constant(name, 'i64', [values.length], BigInt64Array.from(values, (v) => BigInt(v)));
  }

  /**
   * A node of the default domain; returns the name of its (single) output, `output` or a fresh
   * one. An empty input name stands for an omitted optional input, as in ONNX.
   */
  node(opType: string, inputs: readonly string[], attributes: Readonly<Record<string, OnnxAttribute>> = {}, output?: string): string {
    return this.nodeWithOutputs(opType, inputs, attributes, [output ?? this.fresh(opType)])[0] as string;
  }

  /**
   * A node with several outputs (Split, TopK, LayerNormalization's statistics); '' leaves an
   * optional output out. Returns the output names.
   */
  nodeWithOutputs(opType: string, inputs: readonly string[], attributes: Readonly<Record<string, OnnxAttribute>>, outputs: readonly string[]): string[] {
    for (const input of inputs) {
      if (input !== '' && !this.defined.has(input)) throw new Error(`ONNX graph '${this.name}': node ${opType} reads '${input}', which is not defined yet`);
    }
    for (const out of outputs) if (out !== '') this.define(out);
    this.nodes.push({
      name: `${opType}_${this.nodes.length}`,
      opType,
      input: [...inputs],
      output: [...outputs],
      attribute: Object.entries(attributes).map(([name, value]) => attribute(name, value)),
    });
    return [...outputs];
  }

  /** Marks a defined value as a graph output with its type and shape. */
  output(name: string, type: OnnxElementType, shape: readonly OnnxDim[]): void {
    if (!this.defined.has(name)) throw new Error(`ONNX graph '${this.name}': output '${name}' is not defined`);
    this.outputs.push(valueInfo(name, type, shape));
  }

  /** The model as ONNX file bytes. */
  toModel(options: OnnxModelOptions = {}): Uint8Array {
    if (this.outputs.length === 0) throw new Error(`ONNX graph '${this.name}' has no output`);
    return encodeModel({
      irVersion: BigInt(options.irVersion ?? 10),
      producerName: 'pitc',
      opsetImport: [{ domain: '', version: BigInt(options.opset ?? 21) }],
      graph: { name: this.name, input: this.inputs, output: this.outputs, initializer: this.initializers, node: this.nodes },
    });
  }

  private constant(name: string, type: OnnxElementType, shape: readonly number[], data: ArrayBufferView): string {
    this.define(name);
    this.initializers.push({
      name,
      dims: shape.map((d) => BigInt(d)),
      dataType: DATA_TYPES[type],
      rawData: littleEndianBytes(data),
    });
    return name;
  }

  private define(name: string): void {
    if (name === '') throw new Error(`ONNX graph '${this.name}': a value needs a name`);
    if (this.defined.has(name)) throw new Error(`ONNX graph '${this.name}': '${name}' is defined twice`);
    this.defined.add(name);
  }

  private fresh(opType: string): string {
    let name: string;
    do name = `${opType.toLowerCase()}_${this.counter++}`;
    while (this.defined.has(name));
    return name;
  }
}

/** raw_data is little-endian, as typed arrays are on every platform Node runs on. */
function littleEndianBytes(data: ArrayBufferView): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  // a view of shared memory (a wasm program's output) is copied out
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
}

function valueInfo(name: string, type: OnnxElementType, shape: readonly OnnxDim[]): ValueInfoInit {
  const dim = shape.map((d) => ({ value: typeof d === 'number' ? { case: 'dimValue' as const, value: BigInt(d) } : { case: 'dimParam' as const, value: d } }));
  return { name, type: { value: { case: 'tensorType', value: { elemType: DATA_TYPES[type], shape: { dim } } } } };
}

function attribute(name: string, value: OnnxAttribute): AttributeInit {
  if ('int' in value) return { name, type: OnnxAttributeType.INT, i: BigInt(value.int) };
  if ('float' in value) return { name, type: OnnxAttributeType.FLOAT, f: value.float };
  if ('ints' in value) return { name, type: OnnxAttributeType.INTS, ints: value.ints.map((v) => BigInt(v)) };
  if ('floats' in value) return { name, type: OnnxAttributeType.FLOATS, floats: [...value.floats] };
  return { name, type: OnnxAttributeType.STRING, s: new TextEncoder().encode(value.string) };
}
