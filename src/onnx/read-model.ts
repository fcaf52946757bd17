/**
 * ONNX file bytes → OnnxModel (model.ts), or diagnostics saying why not: bytes that are not a
 * ModelProto (random data, a truncated file), an IR version or operator set outside what pitc
 * reads, initializers it cannot read. Never throws for a bad file.
 */
import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import type { Span } from '../../ir/core/span.js';
import type { OnnxAttr, OnnxDimDecl, OnnxModel, OnnxNode, OnnxTensor, OnnxValueInfo } from './model.js';
import { decodeModel, OnnxAttributeType, type AttributeProto, type ModelProto, type ValueInfoProto } from './proto.js';
import { dataTypeName, elemTypeOf, readTensor, type ExternalDataReader } from './tensor-data.js';

/** IR versions (ONNX 1.10–1.16) and default-domain operator sets pitc reads. */
export const IR_VERSIONS = { min: 7, max: 10 } as const;
export const OPSETS = { min: 13, max: 21 } as const;

/** Protobuf messages are limited to 2 GiB; a larger file is not a model (its weights go in external data). */
export const MAX_MODEL_BYTES = 2 ** 31 - 1;

export interface ReadResult {
  readonly model?: OnnxModel;
  readonly diagnostics: readonly Diagnostic[];
}

/** A diagnostic about the whole file (no line to point at): `model.onnx: error PIT3201: ...`. */
export function fileDiagnostic(code: Parameters<typeof diagnostic>[0], message: string, file: string): Diagnostic {
  const span: Span = { file, start: 0, end: 0 };
  return diagnostic(code, message, span);
}

export function readOnnxModel(bytes: Uint8Array, file: string, external?: ExternalDataReader): ReadResult {
  const fail = (code: Parameters<typeof diagnostic>[0], message: string): ReadResult => ({ diagnostics: [fileDiagnostic(code, message, file)] });
  if (bytes.length === 0) return fail('PIT3201', 'not an ONNX model: the file is empty');
  if (bytes.length > MAX_MODEL_BYTES) return fail('PIT3201', `not an ONNX model: ${bytes.length} bytes is more than a protobuf message can hold (2 GiB); large weights belong in external data`);
  let proto: ModelProto;
  try {
    proto = decodeModel(bytes);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return fail('PIT3201', `not an ONNX model: the bytes are not a valid ModelProto encoding (${why}); a truncated file fails this way too`);
  }
  const graph = proto.graph;
  // arbitrary bytes sometimes decode: a model has an IR version and a graph with outputs
  if (proto.irVersion === 0n || !graph || graph.output.length === 0) {
    return fail('PIT3201', 'not an ONNX model: no IR version, graph or graph output (a file of another kind, or a truncated one)');
  }
  const irVersion = Number(proto.irVersion);
  if (irVersion < IR_VERSIONS.min || irVersion > IR_VERSIONS.max) {
    return fail('PIT3202', `ONNX IR version ${irVersion} is not supported: pitc reads IR versions ${IR_VERSIONS.min} to ${IR_VERSIONS.max} (re-export with onnx.version_converter or an exporter option)`);
  }
  const defaultImport = proto.opsetImport.find((o) => o.domain === '' || o.domain === 'ai.onnx');
  if (!defaultImport) return fail('PIT3202', 'the model imports no version of the default ONNX operator set');
  const opset = Number(defaultImport.version);
  if (opset < OPSETS.min || opset > OPSETS.max) {
    return fail('PIT3202', `operator set ${opset} is not supported: pitc reads default-domain opsets ${OPSETS.min} to ${OPSETS.max} (export with e.g. torch.onnx.export(..., opset_version=${OPSETS.max - 1}))`);
  }

  const diagnostics: Diagnostic[] = [];
  const initializers = new Map<string, OnnxTensor>();
  const unsupported = new Map<string, string>();
  for (const init of graph.initializer) {
    const read = readTensor(init, `initializer '${init.name}'`, external);
    if ('code' in read) {
      // a type pitc does not read is an error only where a node uses the initializer
      if (read.code === 'PIT3206') unsupported.set(init.name, dataTypeName(init.dataType));
      else diagnostics.push(fileDiagnostic(read.code, read.message, file));
      continue;
    }
    initializers.set(init.name, read);
  }
  if (graph.sparseInitializer.length > 0) diagnostics.push(fileDiagnostic('PIT3206', 'the model has sparse initializers, which pitc does not read', file));

  const nodes: OnnxNode[] = [];
  graph.node.forEach((n, index) => {
    const attributes = new Map<string, OnnxAttr>();
    for (const a of n.attribute) {
      const attr = readAttribute(a, `attribute '${a.name}' of node ${index}${n.name ? ` '${n.name}'` : ''}`, external);
      if ('code' in attr) diagnostics.push(fileDiagnostic(attr.code, attr.message, file));
      else attributes.set(a.name, attr);
    }
    nodes.push({ index, name: n.name, opType: n.opType, domain: n.domain, inputs: n.input, outputs: n.output, attributes });
  });
  const model: OnnxModel = {
    irVersion,
    opset,
    producer: [proto.producerName, proto.producerVersion].filter((s) => s !== '').join(' '),
    graphName: graph.name,
    inputs: graph.input.map(valueInfo),
    outputs: graph.output.map(valueInfo),
    initializers,
    unsupportedInitializers: unsupported,
    nodes,
  };
  return { model, diagnostics };
}

function valueInfo(v: ValueInfoProto): OnnxValueInfo {
  const type = v.type?.value;
  if (type?.case !== 'tensorType') return { name: v.name, unsupported: type?.case ? `a ${type.case.replace('Type', '')}` : 'no type' };
  const elem = elemTypeOf(type.value.elemType);
  const shape = type.value.shape?.dim.map((d): OnnxDimDecl => (d.value.case === 'dimValue' ? Number(d.value.value) : d.value.case === 'dimParam' && d.value.value !== '' ? d.value.value : undefined));
  return {
    name: v.name,
    ...(elem ? { elem } : { unsupported: dataTypeName(type.value.elemType) }),
    ...(shape ? { shape } : {}),
  };
}

function readAttribute(a: AttributeProto, what: string, external?: ExternalDataReader): OnnxAttr | { code: 'PIT3206' | 'PIT3207' | 'PIT3208' | 'PIT6017'; message: string } {
  switch (a.type) {
    case OnnxAttributeType.INT:
      return { kind: 'int', value: Number(a.i) };
    case OnnxAttributeType.FLOAT:
      return { kind: 'float', value: a.f };
    case OnnxAttributeType.STRING:
      return { kind: 'string', value: new TextDecoder().decode(a.s) };
    case OnnxAttributeType.INTS:
      return { kind: 'ints', values: a.ints.map(Number) };
    case OnnxAttributeType.FLOATS:
      return { kind: 'floats', values: [...a.floats] };
    case OnnxAttributeType.TENSOR: {
      if (!a.t) return { code: 'PIT3207', message: `${what} is a tensor attribute without a tensor` };
      const t = readTensor(a.t, what, external);
      return 'code' in t ? t : { kind: 'tensor', value: t };
    }
    default:
      return { kind: 'other', type: OnnxAttributeType[a.type] ?? `type ${a.type}` };
  }
}
