// --format and --output through the built CLI: several formats at once, files kept inside the workspace.
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';
import { reportErrors, sarifErrors } from './helpers/schemas.js';

describe('--format and --output', () => {
  it('writes several formats at once, one to stdout and the others to files, byte-identical on every run', () => {
    const dir = tempRepo({ 'k8s/pod.yaml': PRIVILEGED_POD });
    const args = ['check', '-f', 'text', '--format', 'sarif,junit', '-o', 'sarif=reports/tollgate.sarif', '--output', 'junit=reports/junit.xml', '-o', 'json=report.json', '-o', 'markdown=summary.md'];
    const first = tollgate(args, { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^k8s\/pod\.yaml\n {2}k8s\/pod\.yaml:12:9 {2}high/);
    const read = () => ['reports/tollgate.sarif', 'reports/junit.xml', 'report.json', 'summary.md'].map((f) => readFileSync(join(dir, f), 'utf8'));
    const [sarif, junit, json, md] = read();
    expect(sarifErrors(sarif!)).toEqual([]);
    expect(XMLValidator.validate(junit!)).toBe(true);
    expect(reportErrors(json!)).toEqual([]);
    expect(md).toMatch(/^### tollgate\n/);
    expect(sarif).not.toContain(dir);
    tollgate(args, { cwd: dir });
    expect(read()).toEqual([sarif, junit, json, md]);
  });

  it('prints workflow commands with --format github', () => {
    const dir = tempRepo({ 'k8s/pod.yaml': PRIVILEGED_POD });
    const r = tollgate(['check', '--format', 'github'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toBe('::error file=k8s/pod.yaml,line=12,endLine=12,col=9,endColumn=25,title=TG-K8S-001 Privileged container::container \'main\' of Pod \'trainer\' runs privileged [high, cybersecurity]');
  });

  it.each([
    [['-o', 'sarif=../out.sarif'], /^tollgate: --output \.\.\/out\.sarif: the path leads outside the workspace .*; write reports inside it\n$/],
    [['-o', 'sarif=/tmp/out.sarif'], /^tollgate: --output \/tmp\/out\.sarif: the path leads outside the workspace/],
    [['-o', 'sarif=link/out.sarif'], /^tollgate: --output link\/out\.sarif: a symbolic link leads outside the workspace .*; write reports to a plain path inside it\n$/],
    [['-o', 'sarif'], /^tollgate: --output "sarif": expected format=file, for example --output sarif=tollgate\.sarif\n$/],
    [['-o', 'yaml=x.yaml'], /^tollgate: --output "yaml": unknown format; use one of text, json, sarif, junit, github, markdown\n$/],
    [['-f', 'text,json'], /^tollgate: --format text,json: only one format can go to standard output; write the others to files with --output json=<file>\n$/],
    [['-o', 'sarif=a.txt', '-o', 'json=a.txt'], /^tollgate: --output json=a\.txt: a\.txt is already the output of another format/],
    [['-o', 'sarif=k8s'], /^tollgate: --output k8s: not a regular file/],
  ])('refuses %j with one line and exit 2, before writing anything', (flags, message) => {
    const dir = tempRepo({ 'k8s/pod.yaml': PRIVILEGED_POD });
    mkdirSync(join(dir, 'outside'));
    symlinkSync('/tmp', join(dir, 'link'));
    const r = tollgate(['check', ...flags], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(existsSync('/tmp/out.sarif') && readFileSync('/tmp/out.sarif', 'utf8').includes(dir)).toBe(false);
  });
});
