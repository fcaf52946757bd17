import type { Span } from '../../ir/core/span.js';

/**
 * The abstract syntax tree of a .pit file: exactly what was written, with a span on every
 * node. Names are resolved and types inferred later, by the checker.
 */
export interface Ident {
  readonly name: string;
  readonly span: Span;
}

export interface Program {
  readonly file: string;
  readonly statements: readonly Statement[];
}

export type Statement = DimDecl | TensorDecl | OutputDecl | Definition;

export interface DimDecl {
  readonly kind: 'dim';
  readonly dims: readonly DimDeclItem[];
  readonly span: Span;
}

/** `T` or `T = 128` (a default size, used when no input or --dim binds T). */
export interface DimDeclItem {
  readonly name: Ident;
  readonly default?: { readonly value: number; readonly span: Span };
}

export interface TensorDecl {
  readonly kind: 'tensor';
  readonly role: 'input' | 'weight';
  readonly name: Ident;
  readonly dtype: Ident;
  readonly shape: readonly DimRef[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export type DimRef =
  | { readonly kind: 'int'; readonly value: number; readonly span: Span }
  | { readonly kind: 'name'; readonly name: string; readonly span: Span };

export interface OutputDecl {
  readonly kind: 'output';
  readonly names: readonly Ident[];
  readonly span: Span;
}

export interface Definition {
  readonly kind: 'def';
  readonly target: Ident;
  readonly indices: readonly Ident[];
  readonly expr: Expr;
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export interface Annotation {
  readonly name: Ident;
  readonly args: readonly AnnotationArg[];
  readonly span: Span;
}

export type AnnotationArg =
  | { readonly kind: 'shape'; readonly extents: readonly number[]; readonly span: Span }
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly span: Span }
  | { readonly kind: 'name'; readonly name: string; readonly span: Span };

export type ReducerName = 'sum' | 'max' | 'min' | 'prod';
export type BinaryOpText = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=';

export type Expr =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly span: Span }
  | { readonly kind: 'name'; readonly name: string; readonly span: Span }
  | { readonly kind: 'access'; readonly tensor: Ident; readonly indices: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'call'; readonly fn: Ident; readonly args: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'neg'; readonly arg: Expr; readonly span: Span }
  | { readonly kind: 'binary'; readonly op: BinaryOpText; readonly lhs: Expr; readonly rhs: Expr; readonly span: Span }
  | {
      readonly kind: 'reduce';
      readonly reducer: ReducerName;
      readonly axes: readonly Ident[];
      readonly body: Expr;
      readonly span: Span;
    }
  /** `top[e, k] body` (extension): body where it is among the k largest along e, else 0. `args` as written. */
  | { readonly kind: 'top'; readonly keyword: Ident; readonly args: readonly Expr[]; readonly body: Expr; readonly span: Span };
