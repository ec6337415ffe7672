import type { Located, PositionIndex, Range } from '../position.js';

/** A syntax error with the parser's own position. */
export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
}

/** What every parser yields: the documents rules see, and the position of every node. */
export interface ParsedDocuments {
  /** One value per document (YAML streams have several; JSON and HCL one). */
  documents: unknown[];
  /** Keys are paths that start with the document index. */
  index: PositionIndex;
  errors: SyntaxProblem[];
  /**
   * Explicit application tags (`!Ref`, `!reference`) by path key, with the tag's own range. The
   * documents hold the untagged value; kinds that give tags a meaning rewrite it.
   */
  tags?: Map<string, { tag: string; at: Located }>;
  /** The range of `snippet` where it first occurs inside `within`, if it does. */
  narrow(within: Located, snippet: string): Range | undefined;
}

/** Line and column lookups for offsets of a text (1-based, columns in UTF-16 code units). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The position of an offset. */
  pos(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1 };
  }

  /** The offset of a 1-based line and column; past the end of a line or the text, clamped to it. */
  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1] as number;
    const next = this.starts[line] ?? this.text.length + 1;
    return Math.min(start + Math.max(column, 1) - 1, next - 1, this.text.length);
  }

  /** The located range of [start, end); an end at the start of a line ends on the line before. */
  range(start: number, end: number): Located {
    const a = this.pos(start);
    let b = this.pos(end);
    if (b.column === 1 && b.line > a.line) b = this.pos(Math.max(start, end - 1));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
  }

  /** Narrowing shared by every parser: the first occurrence of `snippet` inside `within`. */
  narrow(within: Located, snippet: string, comments: ReadonlyArray<readonly [number, number]> = []): Range | undefined {
    let at = snippet ? this.text.indexOf(snippet, within.start) : -1;
    // A comment may quote the snippet; the code is what a finding points at.
    while (at >= 0 && comments.some(([s, e]) => at >= s && at < e)) at = this.text.indexOf(snippet, at + 1);
    if (at < 0 || at + snippet.length > within.end) return undefined;
    const { start: _s, end: _e, ...range } = this.range(at, at + snippet.length);
    return range;
  }
}
