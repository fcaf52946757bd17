/**
 * The diagnostic catalogue. Codes are stable (never renumbered, never reused) and grouped by the
 * stage that reports them:
 *   PIT1xxx lexing, PIT2xxx parsing, PIT3xxx semantic checks (PIT32xx: ONNX models), PIT4xxx rules and plans,
 *   PIT5xxx code generation and targets, PIT6xxx runtime (inputs, .npy files, dimensions),
 *   PIT7xxx command line, PIT8xxx tuning, PIT9xxx internal errors.
 * `summary` says what the code means in general; each diagnostic carries a specific message.
 */
export type Severity = 'error' | 'warning' | 'note';

export interface CodeInfo {
  readonly severity: Severity;
  readonly summary: string;
}

export const CODES = {
  // --- lexing
  PIT1001: { severity: 'error', summary: 'unexpected character' },
  PIT1002: { severity: 'error', summary: 'malformed number' },
  PIT1003: { severity: 'error', summary: 'program text too long' },
  PIT1004: { severity: 'error', summary: 'too many errors; the rest are not shown' },

  // --- parsing
  PIT2001: { severity: 'error', summary: 'unexpected token: something else was expected here' },
  PIT2002: { severity: 'error', summary: 'expected an expression, declaration or statement here' },
  PIT2003: { severity: 'error', summary: 'unexpected text after the end of a statement' },
  PIT2004: { severity: 'error', summary: 'unbalanced brackets' },
  PIT2005: { severity: 'error', summary: 'statement nested too deeply' },
  PIT2006: { severity: 'error', summary: 'statement too long' },

  // --- semantic checks
  PIT3001: { severity: 'error', summary: 'unknown tensor' },
  PIT3002: { severity: 'error', summary: 'unknown dimension' },
  PIT3003: { severity: 'error', summary: 'wrong number of indices for a tensor' },
  PIT3004: { severity: 'error', summary: 'an index is used with two different extents' },
  PIT3005: { severity: 'error', summary: 'unbound index name' },
  PIT3006: { severity: 'error', summary: 'unused reduction axis' },
  PIT3007: { severity: 'error', summary: 'a reduction axis also appears in the output' },
  PIT3008: { severity: 'error', summary: 'access out of bounds (shape mismatch)' },
  PIT3009: { severity: 'error', summary: 'redefinition of a name' },
  PIT3010: { severity: 'error', summary: 'type error' },
  PIT3011: { severity: 'error', summary: 'bad annotation' },
  PIT3012: { severity: 'error', summary: 'unknown function' },
  PIT3013: { severity: 'error', summary: 'wrong number of arguments to a function' },
  PIT3014: { severity: 'error', summary: 'index expression is not affine' },
  PIT3015: { severity: 'error', summary: 'cannot infer the extent of an axis' },
  PIT3016: { severity: 'error', summary: 'output index repeated' },
  PIT3017: { severity: 'error', summary: 'unknown output' },
  PIT3018: { severity: 'error', summary: 'reduction axis shadows an enclosing axis' },
  PIT3019: { severity: 'error', summary: 'name used as an index is a tensor or dimension' },
  PIT3020: { severity: 'error', summary: 'unknown dtype' },
  PIT3021: { severity: 'error', summary: 'invalid dimension size' },
  PIT3022: { severity: 'error', summary: 'program has nothing to output' },
  PIT3023: { severity: 'error', summary: 'bad top-k selection' },
  PIT3101: { severity: 'warning', summary: 'declared tensor is never used' },
  PIT3102: { severity: 'warning', summary: 'declared dimension is never used' },
  PIT3103: { severity: 'warning', summary: 'defined tensor is neither used nor an output' },

  // --- ONNX models (a front end of its own: reading the file, then lowering each node)
  PIT3201: { severity: 'error', summary: 'not an ONNX model' },
  PIT3202: { severity: 'error', summary: 'unsupported ONNX IR version or operator set' },
  PIT3203: { severity: 'error', summary: 'unsupported ONNX operator' },
  PIT3204: { severity: 'error', summary: 'unsupported attribute or input of an ONNX operator' },
  PIT3205: { severity: 'error', summary: 'ONNX shape or value not known at compile time' },
  PIT3206: { severity: 'error', summary: 'unsupported ONNX element type' },
  PIT3207: { severity: 'error', summary: 'malformed ONNX model' },
  PIT3208: { severity: 'error', summary: 'cannot read an ONNX external-data file' },
  PIT3209: { severity: 'error', summary: 'ONNX shapes do not match' },
  PIT3210: { severity: 'error', summary: 'ONNX integer value out of the i32 range' },
  PIT3211: { severity: 'warning', summary: "ONNX output shape differs from the model's declaration" },

  // --- rules and plans
  PIT4001: { severity: 'error', summary: 'micro-tile hint names no tensor of the program, or does not fit it' },
  PIT4002: { severity: 'warning', summary: 'micro-tile hint names a tensor that is not dynamically sparse' },
  PIT4003: { severity: 'error', summary: 'plan choice names no op or rule of the program, or does not fit it' },

  // --- code generation and targets
  PIT5001: { severity: 'error', summary: 'unknown target' },
  PIT5002: { severity: 'error', summary: 'target unavailable on this machine' },
  PIT5003: { severity: 'error', summary: 'target cannot compile this program' },
  PIT5004: { severity: 'error', summary: 'invalid argument to compile()' },
  PIT5010: { severity: 'warning', summary: 'fewer threads than asked for can run here' },
  PIT5011: { severity: 'warning', summary: 'option has no effect on this target' },

  // --- runtime
  PIT6001: { severity: 'error', summary: 'missing input' },
  PIT6002: { severity: 'error', summary: 'unbound dimension' },
  PIT6003: { severity: 'error', summary: 'input shape does not match its declaration' },
  PIT6004: { severity: 'error', summary: 'input dtype does not match its declaration' },
  PIT6005: { severity: 'error', summary: 'conflicting values for a dimension' },
  PIT6006: { severity: 'error', summary: 'invalid dimension value' },
  PIT6007: { severity: 'error', summary: 'inferred extent is not positive for the bound dimensions' },
  PIT6008: { severity: 'error', summary: 'access out of bounds for the bound dimensions' },
  PIT6009: { severity: 'error', summary: 'value given for a name that is not an input or weight' },
  PIT6010: { severity: 'error', summary: 'not a .npy file (bad magic string)' },
  PIT6011: { severity: 'error', summary: 'truncated .npy file' },
  PIT6012: { severity: 'error', summary: 'unsupported .npy dtype' },
  PIT6013: { severity: 'error', summary: 'Fortran-order .npy arrays are not supported' },
  PIT6014: { severity: 'error', summary: 'malformed .npy header' },
  PIT6015: { severity: 'error', summary: 'unsupported .npy format version' },
  PIT6016: { severity: 'error', summary: 'cannot read or write a file' },
  PIT6017: { severity: 'error', summary: 'tensor too large' },
  PIT6018: { severity: 'error', summary: 'not a valid tensor' },
  PIT6019: { severity: 'error', summary: 'invalid argument to run(), setWeights() or inputView()' },
  PIT6020: { severity: 'error', summary: 'the program has been disposed' },
  PIT6021: { severity: 'error', summary: "a view of the program's memory used after it was invalidated, or as a weight" },
  PIT6022: { severity: 'error', summary: 'an output buffer does not fit its output' },
  PIT6023: { severity: 'error', summary: 'an input given where a weight is expected, or a weight where an input is' },
  PIT6030: { severity: 'error', summary: '.npy header too large' },
  PIT6031: { severity: 'warning', summary: 'bytes after the array of a .npy file were ignored' },
  PIT6040: { severity: 'note', summary: 'a .npy array was converted to the declared dtype (--cast)' },
  PIT6041: { severity: 'error', summary: 'values of a .npy array cannot be converted to the declared dtype' },
  PIT6042: { severity: 'error', summary: 'not a readable .npz archive' },
  PIT6043: { severity: 'error', summary: 'the .npz archive holds no array of that name' },

  // --- command line
  PIT7001: { severity: 'error', summary: 'bad command-line usage' },
  PIT7002: { severity: 'error', summary: 'bad option value' },
  PIT7003: { severity: 'warning', summary: 'a zero pattern was requested for a tensor that is not dynamic' },

  // --- tuning
  PIT8001: { severity: 'error', summary: 'this target cannot be tuned' },
  PIT8002: { severity: 'warning', summary: 'nothing to tune in this program on this target' },
  PIT8003: { severity: 'warning', summary: 'cannot read or write the tuning database' },
  PIT8004: { severity: 'warning', summary: 'invalid lines in the tuning database were skipped' },
  PIT8005: { severity: 'warning', summary: 'tuning candidates failed and were recorded, not timed' },
  PIT8006: { severity: 'error', summary: 'the default plan failed its check against the reference' },
  PIT8007: { severity: 'error', summary: 'not a pitc tuning export' },
  PIT8008: { severity: 'note', summary: 'the tuning budget ran out before the search space was covered' },

  // --- internal
  PIT9001: { severity: 'error', summary: 'internal error' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;
