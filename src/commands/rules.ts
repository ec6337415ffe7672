import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { loadCatalog, type RuleMeta } from '../catalog.js';
import type { Config } from '../config.js';
import { mergeParams } from '../engine/policy.js';
import { UserError } from '../errors.js';
import { bundleDirOf } from '../pack/layout.js';
import { valueAt } from '../pack/params.js';
import { explainText, rulesJson, rulesMarkdown, rulesText, type RuleView } from '../rules/format.js';
import { effectiveRules } from '../scan.js';
import type { CliContext } from './context.js';
import { commandConfig, CONFIG_FLAG } from './options.js';

const FORMATS = ['text', 'json', 'md'] as const;

/** `tollgate rules` and `tollgate explain <ID>`: the catalog of the bundle in use, with the config's overrides. */
export function registerRules(cli: Command, ctx: CliContext): void {
  cli
    .command('rules')
    .description('list the rules of the bundle in use, with the severities your config sets')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option(...CONFIG_FLAG)
    .action((flags: { format: (typeof FORMATS)[number]; config?: string }) => {
      const { views } = ruleViews(commandConfig(flags.config));
      ctx.out.write(flags.format === 'json' ? rulesJson(views) : flags.format === 'md' ? rulesMarkdown(views) : rulesText(views));
    });
  cli
    .command('explain')
    .description('explain a rule: title, severity, owner, rationale, remediation, standards, parameters and an example')
    .argument('<id>', 'rule id, like TG-K8S-001')
    .option(...CONFIG_FLAG)
    .action((id: string, flags: { config?: string }) => {
      const config = commandConfig(flags.config);
      const { views, bundleDir } = ruleViews(config);
      const view = views.find((v) => v.meta.id === id.toUpperCase());
      if (!view) throw new UserError(`unknown rule ${id}${suggest(id, views)}; \`tollgate rules\` lists them`);
      const defaults = (JSON.parse(readFileSync(join(bundleDir, 'data.json'), 'utf8')) as { params?: Record<string, unknown> }).params ?? {};
      const params = mergeParams(defaults, config.parameters);
      const values = new Map((view.meta.parameters ?? []).map((p) => [p.name, valueAt(params, p.name)]));
      ctx.out.write(explainText(view, values));
    });
}

function ruleViews(config: Config): { views: RuleView[]; bundleDir: string } {
  const bundleDir = bundleDirOf(config);
  const catalog = loadCatalog(bundleDir);
  const effective = effectiveRules(catalog, config);
  const views = [...catalog.rules.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((meta: RuleMeta): RuleView => {
      const e = effective.get(meta.id);
      return { meta, enabled: e !== null, severity: e?.severity ?? meta.severity };
    });
  return { views, bundleDir };
}

function suggest(id: string, views: readonly RuleView[]): string {
  const digits = /(\d{3})$/.exec(id)?.[1];
  const near = views.filter((v) => digits !== undefined && v.meta.id.endsWith(digits)).map((v) => v.meta.id);
  return near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : '';
}
