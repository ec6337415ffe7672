import { CST, Lexer } from 'yaml';
import { LineIndex } from './parse/document.js';

/** One comment of a source file. */
export interface Comment {
  /** 1-based position of the comment marker. */
  line: number;
  column: number;
  /** Column just past the comment's last character (exclusive, as in SARIF). */
  endColumn: number;
  /** The text after the marker (`#`, `//`), trimmed. */
  text: string;
  /** Nothing but whitespace before it on its line: it speaks about what follows, not about its line. */
  ownLine: boolean;
}

/** Source formats whose comments tollgate reads. */
export type CommentFormat = 'yaml';

/**
 * A scanner per format. Each must skip comment markers inside strings and block scalars, so a
 * format's own tokenizer does the work. HCL (`#`, `//`, `/* *\/`) and Dockerfiles (`#` at the
 * start of a line) add their scanner here.
 */
const SCANNERS: Record<CommentFormat, (text: string) => Array<{ offset: number; raw: string; marker: number }>> = {
  yaml: yamlComments,
};

/** Every comment of a file in a format tollgate parses. */
export function scanComments(format: CommentFormat, text: string): Comment[] {
  const lines = new LineIndex(text);
  return SCANNERS[format](text).map(({ offset, raw, marker }) => {
    const { line, column } = lines.pos(offset);
    const body = raw.replace(/\r$/, '');
    return {
      line,
      column,
      endColumn: column + body.length,
      text: body.slice(marker).trim(),
      ownLine: text.slice(offset - column + 1, offset).trim() === '',
    };
  });
}

/** YAML comments from the yaml library's lexer: it knows quoted strings, `a#b` plain scalars and block scalars. */
function yamlComments(text: string) {
  const out: Array<{ offset: number; raw: string; marker: number }> = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer interleaves zero-width control tokens that are not in the source (a BOM is).
    if (token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR) continue;
    if (CST.tokenType(token) === 'comment') out.push({ offset, raw: token, marker: 1 });
    offset += token.length;
  }
  return out;
}
