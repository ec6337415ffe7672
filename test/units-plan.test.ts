import { describe, expect, it } from 'vitest';
import { fileScope, planUnits, type UnitScope } from '../src/units/plan.js';

// A directory scope like Terraform's: every .tf file of a directory is one unit.
const tfScope = (rel: string): UnitScope => (rel.endsWith('.tf') ? { kind: 'directory', member: (n) => n.endsWith('.tf') } : fileScope(rel));
const tree: Record<string, string[]> = {
  '': ['main.tf', 'README.md', 'pod.yaml'],
  'modules/bucket': ['encryption.tf', 'main.tf', 'variables.tf', 'notes.txt'],
};
const list = (dir: string) => tree[dir] ?? [];

describe('planUnits', () => {
  it('evaluates a file alone when its kind is file by file', () => {
    expect(planUnits(['pod.yaml', 'a/b.yaml'], list)).toEqual([
      { members: ['pod.yaml'], focus: ['pod.yaml'] },
      { members: ['a/b.yaml'], focus: ['a/b.yaml'] },
    ]);
  });

  it('builds a passed file’s unit whole but focuses on the files passed', () => {
    expect(planUnits(['modules/bucket/main.tf', 'pod.yaml'], list, tfScope)).toEqual([
      { members: ['modules/bucket/encryption.tf', 'modules/bucket/main.tf', 'modules/bucket/variables.tf'], focus: ['modules/bucket/main.tf'] },
      { members: ['pod.yaml'], focus: ['pod.yaml'] },
    ]);
  });

  it('puts files of one directory into one unit, and units of the root directory under ""', () => {
    const units = planUnits(['modules/bucket/variables.tf', 'main.tf', 'modules/bucket/main.tf'], list, tfScope);
    expect(units).toEqual([
      { members: ['modules/bucket/encryption.tf', 'modules/bucket/main.tf', 'modules/bucket/variables.tf'], focus: ['modules/bucket/variables.tf', 'modules/bucket/main.tf'] },
      { members: ['main.tf'], focus: ['main.tf'] },
    ]);
  });

  it('keeps a passed file its directory listing does not show (staged, or named outside the listing)', () => {
    expect(planUnits(['gone/x.tf'], list, tfScope)).toEqual([{ members: ['gone/x.tf'], focus: ['gone/x.tf'] }]);
  });
});
