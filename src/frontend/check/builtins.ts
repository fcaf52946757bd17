import type { UnaryOp } from '../../../ir/expr/tensor-expr.js';

/** Elementwise functions of one argument, by their .pit name. */
export const UNARY_FUNCTIONS: ReadonlyMap<string, UnaryOp> = new Map<string, UnaryOp>([
  ['relu', 'relu'],
  ['exp', 'exp'],
  ['log', 'log'],
  ['sqrt', 'sqrt'],
  ['tanh', 'tanh'],
  ['sigmoid', 'sigmoid'],
  ['gelu', 'gelu'],
  ['abs', 'abs'],
  ['erf', 'erf'],
]);

/** Functions with a fixed number of arguments that are not unary: name → arity. */
export const OTHER_FUNCTIONS: ReadonlyMap<string, number> = new Map([
  ['max', 2],
  ['min', 2],
  ['where', 3],
]);

export function knownFunctionNames(): string[] {
  return [...UNARY_FUNCTIONS.keys(), ...OTHER_FUNCTIONS.keys()].sort();
}

/** The closest known function name, for "did you mean" hints (a third of the letters may differ). */
export function suggestFunction(name: string): string | undefined {
  let best: string | undefined;
  let bestDist = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of knownFunctionNames()) {
    const d = editDistance(name, candidate);
    if (d < bestDist) {
      best = candidate;
      bestDist = d;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}
