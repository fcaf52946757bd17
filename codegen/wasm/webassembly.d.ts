/**
 * The part of the WebAssembly JS API pitc uses. TypeScript ships these types only in its DOM
 * library, which would also bring browser globals into scope; Node and browsers both provide them.
 */
declare namespace WebAssembly {
  type ImportValue = Memory | ((...args: number[]) => number) | ((...args: number[]) => void);
  type Imports = Record<string, Record<string, ImportValue>>;
  type ExportValue = Memory | ((...args: number[]) => number | void);
  type Exports = Record<string, ExportValue>;

  interface MemoryDescriptor {
    initial: number;
    maximum?: number;
    shared?: boolean;
  }

  class Memory {
    constructor(descriptor: MemoryDescriptor);
    readonly buffer: ArrayBuffer;
    grow(delta: number): number;
  }

  class Module {
    constructor(bytes: BufferSource);
  }

  class Instance {
    constructor(module: Module, imports?: Imports);
    readonly exports: Exports;
  }

  interface WebAssemblyInstantiatedSource {
    module: Module;
    instance: Instance;
  }

  function validate(bytes: BufferSource): boolean;
  function compile(bytes: BufferSource): Promise<Module>;
  function instantiate(bytes: BufferSource, imports?: Imports): Promise<WebAssemblyInstantiatedSource>;
  function instantiate(module: Module, imports?: Imports): Promise<Instance>;
}

type BufferSource = ArrayBufferView | ArrayBuffer;
