import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { BUNDLE_DIR } from '../bundle.js';
import { loadCatalog } from '../catalog.js';
import { scanRoot } from '../discover.js';
import { UserError } from '../errors.js';
import { configuredPack, display, insideWorkspace, packAt } from '../pack/layout.js';
import { BUILTIN_ID, RULE_ID } from '../pack/lint.js';
import { packageName, SCAFFOLD_KINDS, scaffoldRule } from '../pack/scaffold.js';
import type { CliContext } from './context.js';
import { commandConfig, CONFIG_FLAG } from './options.js';

interface NewRuleFlags {
  kind: string;
  name?: string;
  dir?: string;
  config?: string;
}

/** `tollgate new rule <ID> --kind <kind>`: a rule, its unit test and a failing and a passing fixture. */
export function registerNew(cli: Command, ctx: CliContext): void {
  const group = cli.command('new').description('scaffold policy-pack content');
  group
    .command('rule')
    .description('scaffold a Rego rule with METADATA, its unit test, and a failing and a passing fixture')
    .argument('<id>', 'rule id, like ACME-K8S-001 (PREFIX-AREA-NNN)')
    .addOption(new Option('--kind <kind>', 'kind of file the rule checks').choices(SCAFFOLD_KINDS).makeOptionMandatory())
    .option('--name <package>', 'last part of the Rego package name (default: from the id, like acme_k8s_001)')
    .option('--dir <dir>', "policy pack to write to (default: the config's policies)")
    .option(...CONFIG_FLAG)
    .action((id: string, flags: NewRuleFlags) => {
      const config = commandConfig(flags.config);
      const pack = flags.dir !== undefined ? packAt(flags.dir) : configuredPack(config);
      if (!(pack.builtin ? BUILTIN_ID : RULE_ID).test(id)) throw new UserError(`rule id ${id} must look like ${pack.builtin ? 'TG-K8S-001' : 'ACME-K8S-001 (PREFIX-AREA-NNN)'}`);
      if (!pack.builtin && id.startsWith('TG-')) throw new UserError(`rule id ${id}: the TG- prefix is reserved for tollgate's built-in rules; use your organisation's prefix, like ACME-K8S-001`);
      if (loadCatalog(BUNDLE_DIR).rules.has(id)) throw new UserError(`rule id ${id} is already a built-in rule; \`tollgate rules\` lists the ids in use`);
      const name = flags.name ?? packageName(id);
      if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new UserError(`--name ${name} is not a Rego package name; use lower-case letters, digits and underscores`);
      const workspace = scanRoot([flags.dir !== undefined ? '.' : config.dir]);
      const files = scaffoldRule(id, flags.kind, name).map((f) => ({ ...f, abs: join(f.root === 'pack' ? pack.dir : pack.fixtures, f.path) }));
      for (const f of files) {
        insideWorkspace(f.abs, workspace, 'scaffold file');
        if (existsSync(f.abs)) throw new UserError(`${display(f.abs)} already exists; choose another id or --name`);
      }
      for (const f of files) {
        mkdirSync(dirname(f.abs), { recursive: true });
        writeFileSync(f.abs, f.content, { flag: 'wx' });
        ctx.out.write(`created ${display(f.abs)}\n`);
      }
      const build = pack.builtin ? '`npm run build:policies` and `npm test`' : '`tollgate build` and `tollgate test`';
      ctx.out.write(`next: write the rule's logic and METADATA (the TODOs), adjust its test and fixtures, then ${build}\n`);
    });
}
