/** `# expect: ID[, ID]` / `# ok: ID` comments of a fixture, resolved to the line they mark. */
export interface Expectations {
  /** rule id -> lines that must carry a finding of it */
  expect: Map<string, Set<number>>;
  /** rule id -> lines that must not */
  ok: Map<string, Set<number>>;
}

const ANNOTATION = /^\s*(?:#|\/\/)\s*(expect|ok):\s*([A-Z0-9, -]+?)\s*$/;

/** Parses a fixture's annotations; an annotation marks the next line that is not an annotation. */
export function parseExpectations(text: string): Expectations {
  const lines = text.split(/\r?\n/);
  const result: Expectations = { expect: new Map(), ok: new Map() };
  lines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && ANNOTATION.test(lines[target] ?? '')) target++;
    const bucket = m[1] === 'expect' ? result.expect : result.ok;
    for (const id of (m[2] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!bucket.has(id)) bucket.set(id, new Set());
      bucket.get(id)!.add(target + 1);
    }
  });
  return result;
}
