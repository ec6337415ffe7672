import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleMeta } from '../catalog.js';
import { ruleMarkdown } from './format.js';

/** Writes docs/rules/<ID>.md for every rule and removes the pages of rules that are gone. */
export function writeRuleDocs(rules: readonly RuleMeta[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wanted = new Set(rules.map((r) => `${r.id}.md`));
  for (const f of readdirSync(dir)) if (f.endsWith('.md') && !wanted.has(f)) rmSync(join(dir, f));
  for (const r of rules) writeFileSync(join(dir, `${r.id}.md`), ruleMarkdown(r));
}
