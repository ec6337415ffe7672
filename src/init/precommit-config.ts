import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { UserError } from '../errors.js';

/** A `repos` entry of .pre-commit-config.yaml. */
export interface HookRepo {
  repo: string;
  rev: string;
  hooks: { id: string }[];
}

/** The new text of .pre-commit-config.yaml with `entry` added, or undefined when it already runs the hook. */
export function addHookRepo(text: string, entry: HookRepo, file: string): string | undefined {
  const doc = parse(text, file);
  if (!isMap(doc.contents) && doc.contents !== null) throw new UserError(`${file}: is not a YAML map with a \`repos\` list; fix it, then run tollgate init again`);
  const before = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (runsHook(before.repos, entry.hooks[0]?.id ?? '')) return undefined;
  if (before.repos !== undefined && before.repos !== null && !Array.isArray(before.repos)) {
    throw new UserError(`${file}: \`repos\` is not a list; fix it, then run tollgate init again`);
  }
  // The user's bytes are kept: the entry is written after the last one, in the file's own indentation.
  const appended = appendText(text, doc, entry);
  if (appended !== undefined && isDeepStrictEqual(parse(appended, file).toJS(), { ...before, repos: [...listOf(before.repos), entry] })) return appended;
  // Layouts the text route does not handle (a flow list, `repos:` with no value) are rewritten whole.
  doc.set('repos', [...listOf(before.repos), entry]);
  return doc.toString();
}

function parse(text: string, file: string): Document {
  const doc = parseDocument(text, { prettyErrors: false });
  const [err] = doc.errors;
  if (err) {
    const [line, col] = [err.linePos?.[0]?.line ?? 1, err.linePos?.[0]?.col ?? 1];
    throw new UserError(`${file}:${line}:${col}: ${err.message.split('\n')[0]}; fix the YAML, then run tollgate init again`);
  }
  return doc;
}

function runsHook(repos: unknown, id: string): boolean {
  return listOf(repos).some((r) => r !== null && typeof r === 'object' && listOf((r as { hooks?: unknown }).hooks).some((h) => (h as { id?: unknown } | null)?.id === id));
}

function listOf(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** The text with `entry` after the last item of a block `repos` list, or at the end when there is no `repos`. */
function appendText(text: string, doc: Document, entry: HookRepo): string | undefined {
  const repos = doc.get('repos', true);
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  if (repos === undefined) return `${text}${sep}repos:\n${render(entry, '  ', '    ')}`;
  if (!isSeq(repos) || repos.flow || repos.items.length === 0 || !repos.range) return undefined;
  const first = repos.items[0] as { range?: [number, number, number] };
  const lineStart = text.lastIndexOf('\n', repos.range[0] - 1) + 1;
  const dash = ' '.repeat(repos.range[0] - lineStart);
  const body = ' '.repeat((first.range?.[0] ?? repos.range[0] + 2) - lineStart);
  const end = repos.range[1];
  const before = text.slice(0, end);
  return `${before}${before.endsWith('\n') ? '' : '\n'}${render(entry, dash, body)}${text.slice(end)}`;
}

/** The entry as a block list item: `-` at the column of `dash`, its keys at the column of `body`. */
function render(entry: HookRepo, dash: string, body: string): string {
  const marker = `${dash}-${' '.repeat(Math.max(1, body.length - dash.length - 1))}`;
  const hooks = entry.hooks.map((h) => `${body}  - id: ${h.id}\n`).join('');
  return `${marker}repo: ${entry.repo}\n${body}rev: ${entry.rev}\n${body}hooks:\n${hooks}`;
}
