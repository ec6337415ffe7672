// Terraform end to end through the built CLI: HCL and JSON syntax, module-directory units,
// static resolution, plans joined to their HCL source, and bad input.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../src/config.js';
import { parsersFor } from '../src/ingest.js';
import { PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  message: string;
  resource?: string;
  fingerprint: string;
}

/** The rules these tests read Terraform through; findings of others (new rules) are left out of `at`. */
const SUBJECTS = new Set(['TG-PARSE', 'TG-AWS-001', 'TG-AWS-002', 'TG-AWS-003', 'TG-K8S-001', 'TG-TF-001']);

function check(dir: string, extra: string[] = []) {
  const r = tollgate(['check', dir, '--format', 'json', ...extra]);
  const report = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { files: number } };
  return { ...r, report, at: report.findings.filter((f) => SUBJECTS.has(f.rule)).map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`) };
}

const NOTEBOOK = (setting: string) => `resource "aws_sagemaker_notebook_instance" "nb" {
  name          = "nb"
  role_arn      = "arn:aws:iam::111122223333:role/nb"
  instance_type = "ml.t3.medium"
${setting}
}
`;

describe('terraform HCL', () => {
  it('merges every .tf file of a directory into one unit: a companion in another file counts', () => {
    const dir = tempRepo({
      'infra/buckets.tf': 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n',
      'infra/encryption.tf': `resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
`,
      'other/buckets.tf': 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-other"\n}\n',
    });
    const r = check(dir);
    // The encryption in infra/ covers infra's bucket only; other/ is its own module.
    expect(r.at.filter((a) => a.startsWith('TG-AWS-001'))).toEqual(['TG-AWS-001 other/buckets.tf:1:1']);
    expect(r.report.summary.files).toBe(3);
    const f = r.report.findings.find((x) => x.rule === 'TG-AWS-001')!;
    expect(f).toMatchObject({ resource: 'aws_s3_bucket.data', endLine: 3 });
  });

  it('resolves variables from defaults, terraform.tfvars and *.auto.tfvars, in that order', () => {
    const base = {
      'nb/main.tf': `variable "internet" {\n  default = "Disabled"\n}\n${NOTEBOOK('  direct_internet_access = var.internet')}`,
    };
    expect(check(tempRepo(base)).at).toEqual([]);
    const tfvars = { ...base, 'nb/terraform.tfvars': 'internet = "Enabled"\n' };
    expect(check(tempRepo(tfvars)).at).toEqual(['TG-AWS-003 nb/main.tf:8:3']);
    const auto = { ...tfvars, 'nb/z.auto.tfvars': 'internet = "Disabled"\n' };
    expect(check(tempRepo(auto)).at).toEqual([]);
    // A tfvars file that Terraform does not load by itself changes nothing.
    const manual = { ...base, 'nb/prod.tfvars': 'internet = "Enabled"\n' };
    expect(check(tempRepo(manual)).at).toEqual([]);
  });

  it('never reports a value it cannot resolve', () => {
    const dir = tempRepo({
      'a/main.tf': `variable "internet" {}\n${NOTEBOOK('  direct_internet_access = var.internet')}`,
      'b/main.tf': NOTEBOOK('  direct_internet_access = lookup(local.settings, "internet", "Disabled")'),
      'c/main.tf': NOTEBOOK('  direct_internet_access = data.aws_ssm_parameter.internet.value'),
      'd/main.tf': NOTEBOOK('  for_each = var.notebooks\n  direct_internet_access = each.value.internet'),
    });
    expect(check(dir).at).toEqual([]);
  });

  it('resolves locals and templates, and points at the attribute that holds the reference', () => {
    const dir = tempRepo({
      'main.tf': `locals {\n  mode = "Enab\${"led"}"\n  chosen = local.mode\n}\n${NOTEBOOK('  direct_internet_access = local.chosen')}`,
    });
    expect(check(dir).at).toEqual(['TG-AWS-003 main.tf:9:3']);
  });

  it('reads .tf.json with positions', () => {
    const dir = tempRepo({
      'nb/main.tf.json': JSON.stringify(
        { variable: { internet: { default: 'Enabled' } }, resource: { aws_sagemaker_notebook_instance: { nb: { name: 'nb', direct_internet_access: '${var.internet}' } } } },
        null,
        2,
      ),
    });
    expect(check(dir).at).toEqual(['TG-AWS-003 nb/main.tf.json:11:9']);
  });

  it('a syntax error is TG-PARSE with line, column and a readable message; other modules are still checked', () => {
    const dir = tempRepo({
      'broken/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n',
      'broken/vars.tf': 'variable "a" {\n  default = "unterminated\n}\n',
      'ok/main.tf': NOTEBOOK('  direct_internet_access = "Enabled"'),
      'k8s/pod.yaml': PRIVILEGED_POD,
    });
    const r = check(dir);
    const parse = r.report.findings.filter((f) => f.rule === 'TG-PARSE');
    expect(parse.map((f) => [f.file, f.line, f.column, f.message])).toEqual([
      ['broken/main.tf', 3, 1, 'HCL syntax error: missing "}"; the resource "aws_s3_bucket" "b" block opened on line 1 is not closed'],
      ['broken/vars.tf', 2, 13, 'HCL syntax error: unterminated string; add the closing quote'],
    ]);
    expect(r.at.filter((a) => !a.startsWith('TG-PARSE'))).toEqual(['TG-K8S-001 k8s/pod.yaml:12:9', 'TG-AWS-003 ok/main.tf:5:3']);
  });

  it('count, for_each and dynamic blocks neither crash nor mislead', () => {
    const dir = tempRepo({
      'main.tf': `variable "rules" { default = [] }
resource "aws_s3_bucket" "b" {
  for_each = toset(["a", "b"])
  bucket   = "acme-\${each.key}"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  for_each = aws_s3_bucket.b
  bucket   = each.value.id
  dynamic "rule" {
    for_each = var.rules
    content {
      apply_server_side_encryption_by_default {
        sse_algorithm = rule.value.algorithm
      }
    }
  }
}
resource "aws_s3_bucket_public_access_block" "b" {
  count                   = 0
  bucket                  = "acme-a"
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`,
    });
    // The public access block has count = 0: it does not exist, so the bucket has none and its
    // false setting is not reported. The encryption is there (target unknown: each.value.id).
    expect(check(dir).at).toEqual(['TG-AWS-002 main.tf:2:1']);
  });

  it('is deterministic and fingerprints survive unrelated edits', () => {
    const text = NOTEBOOK('  direct_internet_access = "Enabled"');
    const dir = tempRepo({ 'main.tf': text });
    const a = tollgate(['check', dir, '--format', 'json']).stdout;
    expect(tollgate(['check', dir, '--format', 'json']).stdout).toBe(a);
    const moved = tempRepo({ 'main.tf': `# a comment\n\n${text}` });
    const [before] = JSON.parse(a).findings as JsonFinding[];
    const [after] = check(moved).report.findings;
    expect(after!.line).toBe(before!.line + 2);
    expect(after!.fingerprint).toBe(before!.fingerprint);
  });
});

describe('terraform plan JSON', () => {
  it('reports on the HCL source when it is scanned with the plan, once', () => {
    const r = check('fixtures/terraform/plan');
    expect(r.at).toEqual(['TG-AWS-003 fixtures/terraform/plan/main.tf:7:3', 'TG-AWS-001 fixtures/terraform/plan/modules/storage/main.tf:13:7']);
    expect(r.report.findings.filter((f) => SUBJECTS.has(f.rule)).map((f) => f.resource)).toEqual([
      'aws_sagemaker_notebook_instance.research',
      'module.storage.aws_s3_bucket_server_side_encryption_configuration.this',
    ]);
  });

  it('reports on the plan itself when the HCL is not there; companions are joined inside child modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-plan-'));
    cpSync('fixtures/terraform/plan/plan.json', join(dir, 'tfplan.json'));
    const r = check(dir);
    expect(r.at).toEqual(['TG-AWS-003 tfplan.json:18:13', 'TG-AWS-001 tfplan.json:74:25']);
    // The bucket's encryption and public access block reference it (aws_s3_bucket.this.id, unknown until apply).
    expect(r.report.findings.some((f) => SUBJECTS.has(f.rule) && f.message.includes('has no'))).toBe(false);
  });

  it('reads only JSON that looks like a plan: other JSON is never reported', () => {
    const dir = tempRepo({
      'tsconfig.json': '{\n  // comments are fine here\n  "compilerOptions": {},\n}\n',
      'data/huge.json': `[${'1,'.repeat(6_000_000)}1]`,
      'state.json': '{"format_version": "1.0", "terraform_version": "1.9.5", "values": {"root_module": {}}}',
      'bad-plan.json': '{"format_version": "1.2", "terraform_version": "1.9.5", "planned_values": {',
    });
    const r = check(dir);
    expect(r.report.findings.map((f) => [f.rule, f.file])).toEqual([['TG-PARSE', 'bad-plan.json']]);
  });
});

describe('parsers', () => {
  const config = (kinds: Config['kinds'] = []): Config => ({ dir: '/repo', exclude: [], maxFileBytes: 1 << 20, parameters: {}, rules: {}, waivers: {}, kinds });
  const loaded = async (rels: string[], kinds?: Config['kinds']) => Object.keys(await parsersFor(rels.map((rel) => ({ abs: `/repo/${rel}`, rel })), config(kinds), '/repo')).sort();

  it('loads only what the files of a scan need: nothing beyond YAML for manifests and workflows', async () => {
    expect(await loaded(['k8s/pod.yaml', '.github/workflows/ci.yml'])).toEqual([]);
    expect(await loaded(['infra/main.tf', 'plan.json'])).toEqual(['hcl', 'json']);
    expect(await loaded(['images/Dockerfile.gpu'])).toEqual(['dockerfile']);
    expect(await loaded(['.gitlab-ci.yml'])).toEqual(['glob']);
    // An in-house kind brings the JSON Schema compiler; a file that only config names, the JSON parser to sniff it.
    expect(await loaded(['requests/a.request'], [{ name: 'ml-request', match: ['requests/*'], at: '.tollgate.yaml:2:5' }])).toEqual(['json', 'schema']);
    const hcl = (await parsersFor([{ abs: '/repo/main.tf', rel: 'main.tf' }], config(), '/repo')).hcl;
    expect(hcl?.parse('a = 1\n').body.attributes.map((a) => a.name)).toEqual(['a']);
  });

  it('an empty .tf file is not an error', () => {
    const dir = tempRepo({});
    writeFileSync(join(dir, 'x.tf'), '');
    const r = check(dir);
    expect(r.stderr).toBe('');
    expect(r.report.findings).toEqual([]);
  });
});

describe('terraform parameters', () => {
  const modules = `module "store" {\n  source = "git::https://github.com/someone/mods.git?ref=v1.0.0"\n}\n`;

  it('approved module sources come from .tollgate.yaml', () => {
    expect(check(tempRepo({ 'main.tf': modules })).at).toEqual([]);
    const dir = tempRepo({ 'main.tf': modules, '.tollgate.yaml': 'parameters:\n  terraform:\n    approved_module_sources: ["git::https://github.com/acme/"]\n' });
    expect(check(dir).at).toEqual(['TG-TF-001 main.tf:2:3']);
  });

  it('a wrong parameter type is one line on stderr and exit 2', () => {
    const dir = tempRepo({ 'main.tf': modules, '.tollgate.yaml': 'parameters:\n  terraform:\n    approved_module_sources: git::https://github.com/acme/\n' });
    const r = tollgate(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/approved_module_sources.* must be array/);
  });
});
