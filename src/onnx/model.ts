/**
 * pitc's own small model of an ONNX file, decoded from the protobuf messages (read-model.ts):
 * only what the importer uses, in plain types. Tensors are converted as they are read (f16 to
 * f32); int64 stays exact (BigInt64Array) until a use decides (a shape operand, or an i32
 * weight after a range check).
 */

/** Element types pitc reads; others are named in `OnnxValueInfo.unsupported`. */
export type OnnxElemType = 'f32' | 'i32' | 'i64' | 'bool';

export type OnnxTensorData = Float32Array | Int32Array | BigInt64Array | Uint8Array;

/** A constant tensor: an initializer, a Constant node's value, or a value computed at import. */
export interface OnnxTensor {
  readonly dtype: OnnxElemType;
  readonly shape: readonly number[];
  readonly data: OnnxTensorData;
}

/** One dim of a declared shape: a size, a symbolic name (dim_param), or unknown. */
export type OnnxDimDecl = number | string | undefined;

/** A graph input or output as declared. */
export interface OnnxValueInfo {
  readonly name: string;
  /** Undefined when the type is one pitc does not read (then `unsupported` names it). */
  readonly elem?: OnnxElemType;
  readonly unsupported?: string;
  /** Undefined when the model gives no shape at all. */
  readonly shape?: readonly OnnxDimDecl[];
}

export type OnnxAttr =
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'ints'; readonly values: readonly number[] }
  | { readonly kind: 'floats'; readonly values: readonly number[] }
  | { readonly kind: 'tensor'; readonly value: OnnxTensor }
  /** Graphs, sparse tensors, type protos, lists of strings: read by no operator pitc supports. */
  | { readonly kind: 'other'; readonly type: string };

export interface OnnxNode {
  /** Position in the graph's node list, from 0. */
  readonly index: number;
  /** The node's name ('' when the model gives none). */
  readonly name: string;
  readonly opType: string;
  /** '' for the default ONNX domain. */
  readonly domain: string;
  /** Value names; '' stands for an omitted optional input or output. */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: ReadonlyMap<string, OnnxAttr>;
}

export interface OnnxModel {
  readonly irVersion: number;
  /** The default domain's operator set version. */
  readonly opset: number;
  readonly producer: string;
  readonly graphName: string;
  readonly inputs: readonly OnnxValueInfo[];
  readonly outputs: readonly OnnxValueInfo[];
  readonly initializers: ReadonlyMap<string, OnnxTensor>;
  /** Initializers of a type pitc does not read, by name: an error only where a node uses one. */
  readonly unsupportedInitializers: ReadonlyMap<string, string>;
  readonly nodes: readonly OnnxNode[];
}

/** How the node is named in messages: `node 3 'attn/MatMul' (MatMul)`. */
export function describeNode(node: OnnxNode): string {
  return `node ${node.index}${node.name ? ` '${node.name}'` : ''} (${node.domain && node.domain !== 'ai.onnx' ? `${node.domain}.` : ''}${node.opType})`;
}

export function elementCountOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}
