import { posix } from 'node:path';

/**
 * How a file joins a unit: alone, or with the files of its directory that `member` accepts (a
 * Terraform module, whose rules join resources across its .tf files).
 */
export type UnitScope = { kind: 'file' } | { kind: 'directory'; member: (name: string) => boolean };

/** The unit scope of a file: every kind tollgate reads today is evaluated file by file. */
export function fileScope(_rel: string): UnitScope {
  return { kind: 'file' };
}

/** Files evaluated together; `focus` are those whose findings are reported. */
export interface PlannedUnit {
  /** Relative paths, sorted; the passed files and the ones their unit needs. */
  members: string[];
  focus: string[];
}

/**
 * The units that cover the given files (relative to the root): each file's unit is built whole,
 * with members it needs that were not given (listed by `list`), but only the given files are its
 * focus, so a pre-commit hook that passes one .tf file reports that file's findings only.
 */
export function planUnits(files: readonly string[], list: (dir: string) => string[], scopeOf: (rel: string) => UnitScope = fileScope): PlannedUnit[] {
  const units = new Map<string, PlannedUnit>();
  for (const rel of files) {
    const scope = scopeOf(rel);
    if (scope.kind === 'file') {
      units.set(`file:${rel}`, { members: [rel], focus: [rel] });
      continue;
    }
    const dir = posix.dirname(rel) === '.' ? '' : posix.dirname(rel);
    const key = `dir:${dir}`;
    let unit = units.get(key);
    if (unit === undefined) {
      const members = list(dir)
        .filter(scope.member)
        .map((name) => (dir ? `${dir}/${name}` : name));
      unit = { members, focus: [] };
      units.set(key, unit);
    }
    if (!unit.members.includes(rel)) unit.members.push(rel);
    unit.focus.push(rel);
  }
  for (const unit of units.values()) unit.members.sort();
  return [...units.values()];
}
