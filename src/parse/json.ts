import * as jsonc from 'jsonc-parser';
import type { PositionIndex } from '../position.js';
import { pathKey } from '../position.js';
import { LineIndex, type ParsedDocuments, type SyntaxProblem } from './document.js';

/**
 * Parses strict JSON (no comments, no trailing commas) with the position of every node; paths
 * start with the document index 0, as for YAML. Never throws on bad input.
 */
export function parseJson(text: string): ParsedDocuments {
  const lines = new LineIndex(text);
  const raw: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(text, raw, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const errors: SyntaxProblem[] = raw.slice(0, 1).map((e) => ({ message: jsonc.printParseErrorCode(e.error), ...lines.pos(e.offset) }));
  const index: PositionIndex = new Map();
  const walk = (node: jsonc.Node, path: (string | number)[], start: number) => {
    index.set(pathKey(path), lines.range(start, node.offset + node.length));
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (!key || !value) continue;
        const name = String(key.value);
        if (seen.has(name) && errors.length === 0) {
          errors.push({ message: `duplicate key ${JSON.stringify(name)}: a JSON object must not repeat a key`, ...lines.pos(key.offset) });
        }
        seen.add(name);
        walk(value, [...path, name], key.offset);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((item, i) => walk(item, [...path, i], item.offset));
    }
  };
  if (root && errors.length === 0) walk(root, [0], root.offset);
  const documents = root && errors.length === 0 ? [jsonc.getNodeValue(root) as unknown] : [];
  return { documents, index, errors, narrow: (within, snippet) => lines.narrow(within, snippet) };
}

/** What a JSON file with comments, trailing commas or an error was meant to be, as far as it goes. */
export function parseLenient(text: string): unknown {
  return jsonc.parse(text, [], { allowTrailingComma: true }) as unknown;
}
