export async function f(){ const m = await import('gpu.js'); return m.GPU ?? m.default?.GPU; }
