/**
 * The ONNX file format: `onnx.proto` of ONNX 1.20 compiled for @bufbuild/protobuf (the `onnx-buf`
 * package). The only importer of either package (one wrapper per library): everything else in pitc
 * reads and writes ONNX models through these functions and types.
 *
 * Why this package: it is generated mechanically from the official schema (ONNX 1.20: IR 11, the
 * FLOAT8/INT4/INT2 types, metadata on nodes), on @bufbuild/protobuf, a maintained protobuf runtime
 * that passes the protobuf conformance suite, reads int64 as bigint and ships ESM with types.
 * `onnx-proto` 8.0.1, the older alternative, holds the ONNX 1.10 schema (2021) on protobufjs 6, a
 * line two majors behind its current release.
 */
import { create, fromBinary, toBinary, type MessageInitShape } from '@bufbuild/protobuf';
import { ModelProtoSchema, type ModelProto } from 'onnx-buf';

export type { AttributeProto, GraphProto, ModelProto, NodeProto, TensorProto, ValueInfoProto } from 'onnx-buf';
export {
  AttributeProto_AttributeType as OnnxAttributeType,
  TensorProto_DataLocation as OnnxDataLocation,
  TensorProto_DataType as OnnxDataType,
} from 'onnx-buf';

/** A model as plain data: every field optional, nested messages as plain objects. */
export type ModelInit = MessageInitShape<typeof ModelProtoSchema>;

/** The ONNX file bytes of a model. */
export function encodeModel(model: ModelInit): Uint8Array {
  return toBinary(ModelProtoSchema, create(ModelProtoSchema, model));
}

/** Parses ONNX file bytes; throws on bytes that are not a valid protobuf encoding. */
export function decodeModel(bytes: Uint8Array): ModelProto {
  return fromBinary(ModelProtoSchema, bytes);
}
