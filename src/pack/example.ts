import type { Example } from '../catalog.js';
import { parseAnnotations } from '../fixture/annotations.js';

/** Lines kept before the reported line when its YAML document is longer. */
const BEFORE = 10;
const AFTER = 2;

/**
 * The example of a rule: the YAML document of a failing fixture around the reported `line`,
 * without the fixture's annotations, and the reported line marked for the reader.
 */
export function exampleOf(file: string, text: string, line: number, rule: string): Example {
  const lines = text.split(/\r?\n/);
  const at = line - 1;
  const separator = (i: number) => /^---\s*$/.test(lines[i] ?? '');
  let docStart = at;
  while (docStart > 0 && !separator(docStart - 1)) docStart--;
  let docEnd = at + 1;
  while (docEnd < lines.length && !separator(docEnd)) docEnd++;
  const start = at - docStart <= BEFORE + 5 ? docStart : at - BEFORE;
  const end = Math.min(docEnd, at + AFTER + 1);
  const annotated = new Set(parseAnnotations(text).map((m) => m.from));
  const yaml = /\.ya?ml$/i.test(file);
  const kept: string[] = [];
  for (let i = start; i < end; i++) {
    if (annotated.has(`line ${i + 1}`)) continue;
    const l = lines[i] ?? '';
    kept.push(i === at && yaml && !l.includes('#') ? `${l}  # <- ${rule}` : l);
  }
  while (kept.length > 0 && (kept[kept.length - 1] ?? '').trim() === '') kept.pop();
  while (kept.length > 0 && /^\s*(#.*)?$/.test(kept[0] ?? '')) kept.shift();
  return { file, line, text: kept.join('\n') };
}
