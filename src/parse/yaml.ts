import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Node as YamlNode,
} from 'yaml';
import type { Located, PositionIndex, Range } from '../position.js';
import type { ParsedDocuments, SyntaxProblem } from './document.js';
import { pathKey } from '../position.js';

/** Every document of a YAML stream as plain JSON values, plus the position of every node. */
export type ParsedYaml = ParsedDocuments;

/** Parses a YAML stream; never throws on bad input, it reports it in `errors`. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, merge: true, prettyErrors: false });
  const index: PositionIndex = new Map();
  const documents: unknown[] = [];
  const errors: SyntaxProblem[] = [];
  const pos = (offset: number) => lineCounter.linePos(offset);
  const rangeOf = (start: number, end: number): Located => {
    const a = pos(start);
    let b = pos(end);
    // A block scalar's range ends after its last newline; end on the line that holds text.
    if (b.col === 1 && b.line > a.line) {
      const lineStart = lineCounter.lineStarts[b.line - 2] ?? 0;
      b = { line: b.line - 1, col: Math.max(1, end - 1 - lineStart + 1) };
    }
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col, start, end };
  };
  const narrow = (within: Located, snippet: string): Range | undefined => {
    const at = snippet ? text.indexOf(snippet, within.start) : -1;
    if (at < 0 || at + snippet.length > within.end) return undefined;
    const { start: _s, end: _e, ...range } = rangeOf(at, at + snippet.length);
    return range;
  };

  const list = Array.isArray(docs) ? docs : [];
  list.forEach((doc, d) => {
    // Later errors of a document mostly repeat the first one; report the cause.
    const [e] = doc.errors;
    if (e) {
      const at = pos(e.pos[0]);
      const message =
        e.code === 'DUPLICATE_KEY'
          ? `duplicate key ${JSON.stringify(/^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0].trim() ?? '')}: a YAML map must not repeat a key, and tools disagree on which one wins`
          : oneLine(e.message);
      errors.push({ message, line: at.line, column: at.col });
    }
    // A broken document is reported and skipped; its neighbours are still checked.
    if (doc.errors.length > 0) {
      documents.push(null);
      return;
    }
    documents.push(doc.toJS({ maxAliasCount: 100 }) ?? null);
    const walk = (node: YamlNode | null | undefined, path: (string | number)[], span?: [number, number]) => {
      if (!node) return;
      const r = node.range;
      if (r) index.set(pathKey(path), rangeOf(span?.[0] ?? r[0], span?.[1] ?? r[1]));
      // Aliases are located where they are used; their target is not walked again.
      if (isAlias(node) || isScalar(node)) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const key = pair.key as YamlNode | null;
          const name = isScalar(key) ? String(key.value) : String(key);
          if (name === '<<') continue;
          const start = key?.range?.[0];
          const value = pair.value as YamlNode | null;
          const end = value?.range?.[1] ?? key?.range?.[1];
          if (value) walk(value, [...path, name], start !== undefined && end !== undefined ? [start, end] : undefined);
          else if (start !== undefined && end !== undefined) index.set(pathKey([...path, name]), rangeOf(start, end));
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => walk(item as YamlNode, [...path, i]));
      }
    };
    walk(doc.contents as YamlNode | null, [d]);
  });
  return { documents, index, errors, narrow };
}

/** The first line of a parser message, without the code frame some parsers append. */
function oneLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
