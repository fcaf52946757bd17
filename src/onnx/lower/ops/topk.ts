import type { OpTable } from './table.js';

export const TOPK_OPS: OpTable = {};
