// Every command and every flag says in one line what it does.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { program } from '../src/cli.js';

function commands(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(commands)];
}

describe('the command line', () => {
  const all = commands(program({ out: process.stdout, color: false, setExit: () => {} }));

  it('has the policy-author commands', () => {
    expect(all.map((c) => c.name())).toEqual(expect.arrayContaining(['check', 'test', 'build', 'new', 'rule', 'rules', 'explain']));
  });

  it.each(all.map((c) => [c.name(), c] as const))('%s describes itself and each flag in one line', (_name, cmd) => {
    expect(cmd.description()).toMatch(/^[^\n]{10,}$/);
    for (const option of cmd.options) expect(option.description, option.flags).toMatch(/^[^\n]{10,}$/);
  });
});
