/** The rules table: per op, its axes (invariant or why not), its PIT rules and the plan's choice. */

interface RulesJson {
  readonly ops: readonly {
    readonly name: string;
    readonly axes: readonly { readonly name: string; readonly role: string; readonly invariant: boolean; readonly reason?: string }[];
    readonly rules: readonly { readonly operand: string; readonly axis: string; readonly microTile: readonly (number | string)[]; readonly write: string; readonly access: string }[];
    readonly vetoes: readonly { readonly operand: string; readonly reason: string }[];
    readonly plan: { readonly mode: string; readonly reason: string; readonly rule?: number; readonly microTile?: readonly (number | string)[] };
  }[];
}

function cell(tag: 'td' | 'th', content: string | Node, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  if (typeof content === 'string') el.textContent = content;
  else el.append(content);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function list(items: readonly string[]): Node {
  if (items.length === 0) return document.createTextNode('none');
  const ul = document.createElement('ul');
  ul.style.margin = '0';
  ul.style.paddingLeft = '1.1em';
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item;
    ul.append(li);
  }
  return ul;
}

export function rulesTable(json: RulesJson): HTMLTableElement {
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.className = 'hint';
  caption.style.textAlign = 'left';
  caption.textContent = `${json.ops.length} op${json.ops.length === 1 ? '' : 's'}; ✓ marks an axis whose order does not matter (permutation invariant), so its zeros can be skipped`;
  table.append(caption);
  const head = document.createElement('tr');
  for (const h of ['op', 'axes', 'PIT rules', 'plan']) head.append(cell('th', h, { scope: 'col' }));
  table.append(head);
  for (const op of json.ops) {
    const row = document.createElement('tr');
    row.dataset['op'] = op.name;
    row.append(cell('th', op.name, { scope: 'row' }));
    row.append(cell('td', list(op.axes.map((a) => `${a.invariant ? '✓' : '✗'} ${a.name} (${a.role})${a.invariant ? '' : `: ${a.reason ?? 'not invariant'}`}`))));
    const rules = op.rules.map((r, i) => `${i}: ${r.access} along ${r.axis}, micro-tile ${r.microTile.join('×')}, ${r.write}`);
    const vetoes = op.vetoes.map((v) => `no rule for ${v.operand}: ${v.reason}`);
    row.append(cell('td', list([...rules, ...vetoes])));
    const chosen = op.plan.rule !== undefined ? op.rules[op.plan.rule] : undefined;
    const plan = op.plan.mode === 'pit' && chosen ? `PIT: ${chosen.access} along ${chosen.axis}, micro-tile ${(op.plan.microTile ?? chosen.microTile).join('×')} (${op.plan.reason})` : `dense${op.plan.reason ? ` (${op.plan.reason})` : ''}`;
    row.append(cell('td', plan, { 'data-plan': op.plan.mode }));
    table.append(row);
  }
  return table;
}
