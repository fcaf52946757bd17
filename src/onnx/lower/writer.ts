/**
 * The .pit text being generated, line by line: declarations first, then one or more statements
 * per ONNX node (each ending in a comment that names the node) or, for a node that only changes
 * how a value is read, a comment line. A line may carry an anchor (`node:3`, `value:x`), so a
 * diagnostic about that node or value points at its first line of the text; one without an
 * anchor points at the header, which names the model.
 */
import { diagnostic, type Diagnostic } from '../../../ir/core/diagnostic.js';
import { CODES, type DiagnosticCode } from '../../../ir/core/codes.js';
import { makeSourceFile, type SourceFile, type Span } from '../../../ir/core/span.js';

interface Line {
  readonly text: string;
  /** What the line is about: `node:INDEX` or `value:ONNX NAME` (the first line with an anchor stands for it). */
  readonly anchors?: readonly string[];
}

interface PendingDiagnostic {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly anchor?: string;
}

export const nodeAnchor = (index: number): string => `node:${index}`;
export const valueAnchor = (name: string): string => `value:${name}`;

export class PitWriter {
  private readonly header: Line[] = [];
  private readonly declarations: Line[] = [];
  private readonly body: Line[] = [];
  private readonly footer: Line[] = [];
  private readonly pending: PendingDiagnostic[] = [];

  headerLine(text: string): void {
    this.header.push({ text });
  }

  declaration(text: string, anchor?: string): void {
    this.declarations.push({ text, ...(anchor !== undefined ? { anchors: [anchor] } : {}) });
  }

  statement(text: string, anchor: string): void {
    this.body.push({ text, anchors: [anchor] });
  }

  footerLine(text: string, anchors: readonly string[] = []): void {
    this.footer.push({ text, anchors });
  }

  /** A diagnostic located at the anchor's first line once the text is complete. */
  report(code: DiagnosticCode, message: string, anchor?: string): void {
    this.pending.push({ code, message, ...(anchor !== undefined ? { anchor } : {}) });
  }

  /** Whether an error has been reported. */
  hasErrors(): boolean {
    return this.pending.some((p) => CODES[p.code].severity === 'error');
  }

  /** The text, as a source file named after the model, and every reported diagnostic with its span. */
  finish(file: string): { text: string; source: SourceFile; diagnostics: Diagnostic[] } {
    const lines = [...this.header, ...this.declarations, ...this.body, ...this.footer];
    const text = lines.map((l) => l.text).join('\n') + '\n';
    const source = makeSourceFile(file, text);
    const firstLine = new Map<string, { start: number; end: number }>();
    let offset = 0;
    for (const line of lines) {
      for (const anchor of line.anchors ?? []) {
        if (firstLine.has(anchor)) continue;
        const indent = line.text.length - line.text.trimStart().length;
        const commentAt = line.text.indexOf('#');
        const end = commentAt > indent ? line.text.slice(0, commentAt).trimEnd().length : line.text.length;
        firstLine.set(anchor, { start: offset + indent, end: offset + Math.max(end, indent + 1) });
      }
      offset += line.text.length + 1;
    }
    const diagnostics = this.pending.map((p) => {
      const at = (p.anchor !== undefined ? firstLine.get(p.anchor) : undefined) ?? { start: 0, end: Math.max(1, this.header[0]?.text.length ?? 1) };
      const span: Span = { file, start: at.start, end: at.end };
      return diagnostic(p.code, p.message, span);
    });
    return { text, source, diagnostics };
  }
}
