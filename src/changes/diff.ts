/** Inclusive ranges of new-side line numbers; `Infinity` as an end means "to the end of the file". */
export type LineRanges = Array<[number, number]>;

/** Lines added or modified since a base, by the file's new path relative to the repository root. */
export type ChangedLines = Map<string, LineRanges>;

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * The added and modified lines of `git diff -U0` output. Written for git's exact rules rather than
 * with parse-diff, which keeps C-quoting escapes in names (`quo\"te.yaml`) and trims spaces.
 * Hunk bodies are skipped by their counts, so an added line that reads `++ x` is not a header.
 */
export function parseUnifiedDiff(text: string): ChangedLines {
  const changed: ChangedLines = new Map();
  const lines = text.split('\n');
  let file: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('diff --git ')) file = undefined;
    else if (line.startsWith('+++ ')) file = newPath(line.slice(4));
    else {
      const m = HUNK.exec(line);
      if (!m) continue;
      const removed = m[1] === undefined ? 1 : Number(m[1]);
      const start = Number(m[2]);
      const added = m[3] === undefined ? 1 : Number(m[3]);
      if (file !== undefined && added > 0) {
        const ranges = changed.get(file) ?? [];
        ranges.push([start, start + added - 1]);
        changed.set(file, ranges);
      }
      // Skip the hunk body (and any "\ No newline at end of file" markers inside it).
      let body = removed + added;
      while (body > 0 && i + 1 < lines.length) {
        i++;
        if (!(lines[i] as string).startsWith('\\')) body--;
      }
    }
  }
  return changed;
}

/** The path of a `+++` header: undefined for a deleted file. */
function newPath(raw: string): string | undefined {
  // git ends a name holding a space with a tab; a name holding a tab is quoted instead.
  const name = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (name === '/dev/null') return undefined;
  const unquoted = name.startsWith('"') ? unquoteC(name) : name;
  return unquoted.startsWith('b/') ? unquoted.slice(2) : unquoted;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting: `"a\\tb"` and octal bytes such as `\\303\\251`. */
export function unquoteC(quoted: string): string {
  const body = quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Whether `line` of `file` is among the changed lines. */
export function isChangedLine(changed: ChangedLines, file: string, line: number): boolean {
  return (changed.get(file) ?? []).some(([a, b]) => line >= a && line <= b);
}

/** The findings with `changed` set: whether each one's first line is a changed line. */
export function markChanged<T extends { file: string; line: number }>(findings: readonly T[], changed: ChangedLines): Array<T & { changed: boolean }> {
  return findings.map((f) => ({ ...f, changed: isChangedLine(changed, f.file, f.line) }));
}
