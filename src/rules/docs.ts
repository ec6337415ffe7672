import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleMeta } from '../catalog.js';
import { ruleIndexMarkdown, ruleMarkdown } from './format.js';

/** The index page of docs/rules. */
export const INDEX_PAGE = 'README.md';

/** Writes docs/rules/<ID>.md for every rule and the index, and removes the pages of rules that are gone. */
export function writeRuleDocs(rules: readonly RuleMeta[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wanted = new Set([INDEX_PAGE, ...rules.map((r) => `${r.id}.md`)]);
  for (const f of readdirSync(dir)) if (f.endsWith('.md') && !wanted.has(f)) rmSync(join(dir, f));
  for (const r of rules) writeFileSync(join(dir, `${r.id}.md`), ruleMarkdown(r));
  writeFileSync(join(dir, INDEX_PAGE), ruleIndexMarkdown(rules));
}
