import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { WAIVERS_SCHEMA } from './bundle.js';
import type { RuleMeta } from './catalog.js';
import { readValidatedYaml, type CentralWaiverEntry, type Config } from './config.js';
import { toPosix } from './discover.js';
import { UserError } from './errors.js';
import { locate } from './locate.js';
import { isWithin } from './paths.js';
import type { DocPath, PositionIndex } from './position.js';
import { checkWaiver, type Place, type Waiver, type WaiverReporter } from './waiver.js';

/** Days before expiry from which a waiver is reported as a notice, unless the config says otherwise. */
export const DEFAULT_NOTICE_DAYS = 14;

/**
 * The central waivers of a config: its `waivers.entries` and the entries of its `waivers.file`.
 * A malformed file is a UserError (exit 2), like the rest of the config; an unknown rule or a bad
 * date in an entry is a finding at the entry, like an inline waiver's.
 */
export function centralWaivers(config: Config, root: string, rules: ReadonlyMap<string, RuleMeta | null>, report: WaiverReporter): Waiver[] {
  const { file: configFile, waivers: settings } = config;
  if (configFile === undefined) return [];
  const lists: Array<{ file: string; entries: CentralWaiverEntry[]; index: PositionIndex; base: DocPath }> = [];
  if (settings.entries) lists.push({ file: configFile, entries: settings.entries, index: config.index ?? new Map(), base: [0, 'waivers', 'entries'] });
  if (settings.file !== undefined) {
    const file = resolve(config.dir, settings.file);
    if (!isWithin(file, config.dir)) {
      const at = locate(config.index ?? new Map(), [0, 'waivers', 'file']);
      const where = `${relative(process.cwd(), configFile) || configFile}${at ? `:${at.line}:${at.column}` : ''}`;
      throw new UserError(`${where}: waivers.file "${settings.file}" is outside the config's directory; keep the waivers file in the repository, beside or below the config`);
    }
    const { value, index } = readValidatedYaml(file, WAIVERS_SCHEMA, 'waivers file');
    lists.push({ file, entries: (value as { waivers: CentralWaiverEntry[] }).waivers, index, base: [0, 'waivers'] });
  }
  const out: Waiver[] = [];
  for (const list of lists) {
    const shown = toPosix(relative(root, list.file));
    list.entries.forEach((entry, i) => {
      const pos = locate(list.index, [...list.base, i]);
      const at: Place = pos ? { file: shown, line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column } : { file: shown, line: 1, column: 1, endLine: 1, endColumn: 1 };
      const { rule, path, resource, ...terms } = entry;
      const scope = { type: 'paths' as const, matches: pathMatcher(path, config.dir, root), ...(resource !== undefined ? { resource } : {}) };
      const w = checkWaiver('central', { rules: [rule], ...terms }, at, scope, rules, report);
      if (w) out.push(w);
    });
  }
  return out;
}

/** Matches a finding's file (relative to the scan root) against a glob relative to the config's directory. */
function pathMatcher(glob: string, configDir: string, root: string): (file: string) => boolean {
  const isMatch = picomatch(glob.replace(/^\.?\//, ''), { dot: true });
  return (file) => {
    const abs = join(root, file);
    return isWithin(abs, configDir) && isMatch(toPosix(relative(configDir, abs)));
  };
}
