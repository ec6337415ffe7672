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

/** Source formats whose comments tollgate reads; JSON has none. */
export type CommentFormat = 'yaml' | 'hcl' | 'json' | 'dockerfile';

/**
 * A scanner per format. Each must skip comment markers inside strings and block scalars, so a
 * format's own tokenizer does the work. HCL (`#`, `//`, `/* *\/`) and Dockerfiles (`#` at the
 * start of a line) add their scanner here.
 */
const SCANNERS: Record<CommentFormat, (text: string) => Array<{ offset: number; raw: string; marker: number }>> = {
  yaml: yamlComments,
  hcl: hclComments,
  json: () => [],
  dockerfile: dockerfileComments,
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

/**
 * HCL comments (`#`, `//`, `/* *\/`), skipping quoted strings (with their `${…}` templates) and
 * heredocs, where the same characters are text.
 */
function hclComments(text: string) {
  const out: Array<{ offset: number; raw: string; marker: number }> = [];
  const eol = (from: number) => {
    const n = text.indexOf('\n', from);
    return n < 0 ? text.length : n;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '"') {
      // A quoted string ends at its closing quote or, if broken, at the end of the line.
      let depth = 0;
      for (i++; i < text.length && text[i] !== '\n'; i++) {
        if (text[i] === '\\') i++;
        else if (text.startsWith('${', i)) depth++;
        else if (text[i] === '}' && depth > 0) depth--;
        else if (text[i] === '"' && depth === 0) break;
      }
      i++;
    } else if (c === '<' && text.startsWith('<<', i)) {
      const m = /^<<-?([A-Za-z_][\w-]*)\r?\n/.exec(text.slice(i, i + 200));
      if (!m) {
        i += 2;
        continue;
      }
      // The heredoc runs to the line that holds only its marker.
      let line = i + m[0].length;
      while (line < text.length && text.slice(line, eol(line)).trim() !== m[1]) line = eol(line) + 1;
      i = eol(line);
    } else if (c === '#' || text.startsWith('//', i)) {
      const end = eol(i);
      out.push({ offset: i, raw: text.slice(i, end), marker: c === '#' ? 1 : 2 });
      i = end;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      // A waiver in a block comment is read from its first line.
      out.push({ offset: i, raw: text.slice(i, Math.min(end, eol(i))).replace(/\*\/$/, ''), marker: 2 });
      i = end;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * Dockerfile comments: lines whose first non-blank character is `#`. Inside a heredoc body
 * (`RUN <<EOF` … `EOF`) such a line is part of the script, not a comment.
 */
function dockerfileComments(text: string) {
  const out: Array<{ offset: number; raw: string; marker: number }> = [];
  let heredoc: string | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined;
    } else {
      const comment = /^(\s*)#/.exec(line);
      const opens = /^\s*(RUN|COPY|ADD)\b.*<<-?["']?([A-Za-z_][\w]*)["']?/i.exec(line);
      if (comment) out.push({ offset: offset + (comment[1] ?? '').length, raw: line.slice((comment[1] ?? '').length), marker: 1 });
      else if (opens) heredoc = opens[2];
    }
    offset += line.length + 1;
  }
  return out;
}
