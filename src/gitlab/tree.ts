// A YAML document as a tree whose every node remembers the file and path it came from, so that
// after includes, `extends:` and `default:` have moved values around, each one is still located.
import type { ParsedDocuments } from '../parse/document.js';
import { pathKey, type Located, type PositionIndex } from '../position.js';

export type Path = (string | number)[];

/** Where a node was written: a file (relative to the scan root) and its path in that file's index. */
export interface Source {
  file: string;
  path: Path;
}

/** A value with its source; maps keep their key order. */
export type Node =
  | { kind: 'scalar'; value: string | number | boolean | null; src: Source; tag?: string }
  | { kind: 'seq'; items: Node[]; src: Source; tag?: string }
  | { kind: 'map'; entries: Map<string, Node>; src: Source; tag?: string };

/** The tree of a parsed document; paths start with the document index, as in the index. */
export function annotate(value: unknown, file: string, parsed: Pick<ParsedDocuments, 'tags'>, path: Path = [0]): Node {
  const src = { file, path };
  const tag = parsed.tags?.get(pathKey(path))?.tag;
  const t = tag !== undefined ? { tag } : {};
  if (Array.isArray(value)) return { kind: 'seq', items: value.map((v, i) => annotate(v, file, parsed, [...path, i])), src, ...t };
  if (value !== null && typeof value === 'object') {
    const entries = new Map<string, Node>();
    for (const [k, v] of Object.entries(value)) entries.set(k, annotate(v, file, parsed, [...path, k]));
    return { kind: 'map', entries, src, ...t };
  }
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : value === undefined ? null : String(value);
  return { kind: 'scalar', value: scalar, src, ...t };
}

/**
 * GitLab's merge: maps merge key by key, recursively; anything else (lists included) is replaced
 * by the later value. Used for includes and for `extends:`.
 */
export function deepMerge(base: Node | undefined, over: Node): Node {
  if (!base || base.kind !== 'map' || over.kind !== 'map') return over;
  const entries = new Map(base.entries);
  for (const [k, v] of over.entries) entries.set(k, deepMerge(entries.get(k), v));
  return { ...over, entries };
}

/** The child of a map node. */
export function child(node: Node | undefined, key: string): Node | undefined {
  return node?.kind === 'map' ? node.entries.get(key) : undefined;
}

/** A map node without some keys. */
export function without(node: Node, keys: readonly string[]): Node {
  if (node.kind !== 'map') return node;
  const entries = new Map(node.entries);
  for (const k of keys) entries.delete(k);
  return { ...node, entries };
}

/** A map node built here, located at `src`. */
export function mapNode(entries: Iterable<[string, Node]>, src: Source): Node {
  return { kind: 'map', entries: new Map(entries), src };
}

/** The plain JSON value of a tree. */
export function plain(node: Node): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plain);
  const out: Record<string, unknown> = {};
  for (const [k, v] of node.entries) out[k] = plain(v);
  return out;
}

/**
 * The position index of a tree placed at `at`: every node at the position it was written, in its
 * own file. `indexOf` gives each source file's index.
 */
export function locateTree(node: Node, at: Path, indexOf: (file: string) => PositionIndex | undefined, out: PositionIndex): PositionIndex {
  const found = indexOf(node.src.file)?.get(pathKey(node.src.path));
  if (found) out.set(pathKey(at), withFile(found, node.src.file));
  if (node.kind === 'seq') node.items.forEach((n, i) => locateTree(n, [...at, i], indexOf, out));
  else if (node.kind === 'map') for (const [k, v] of node.entries) locateTree(v, [...at, k], indexOf, out);
  return out;
}

function withFile(at: Located, file: string): Located {
  return at.file === file ? at : { ...at, file };
}
