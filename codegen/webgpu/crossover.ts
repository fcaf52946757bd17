/**
 * Index density above which a PIT op runs its dense shader: gpu.js's measured value, not yet
 * measured on GPU hardware. Its own file so the target registry reads it without loading a host.
 */
export const DEFAULT_DENSE_CROSSOVER = 0.4;
