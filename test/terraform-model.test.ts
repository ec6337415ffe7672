// The Terraform model on its own: HCL syntax with positions, static resolution, module sources.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHclParser, type HclParser } from '../src/parse/hcl.js';
import { parseJson } from '../src/parse/json.js';
import { jsonToHcl } from '../src/terraform/json-syntax.js';
import { buildModule } from '../src/terraform/module.js';
import { parseModuleSource } from '../src/terraform/source.js';
import { isUnknown } from '../src/terraform/values.js';

let hcl: HclParser;
beforeAll(async () => {
  hcl = await loadHclParser();
});

/** The module input of one in-memory main.tf (and optional terraform.tfvars). */
function module(text: string, tfvars?: string) {
  const body = hcl.parse(text);
  expect(body.errors).toEqual([]);
  const vars = tfvars === undefined ? [] : [{ rel: 'terraform.tfvars', body: hcl.parse(tfvars).body }];
  return buildModule('', [{ rel: 'main.tf', body: body.body }], vars);
}

function at(m: ReturnType<typeof module>, path: Array<string | number>) {
  const r = m.index.get(JSON.stringify(path));
  return r && `${r.file}:${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
}

describe('HCL syntax', () => {
  it('gives labels without quotes and the range of every block and argument', () => {
    const m = module('resource "aws_s3_bucket" "data" {\n  bucket = "acme"\n  versioning {\n    enabled = true\n  }\n}\n');
    expect(Object.keys((m.input.resource as Record<string, unknown>).aws_s3_bucket as object)).toEqual(['data']);
    expect(at(m, ['resource', 'aws_s3_bucket', 'data'])).toBe('main.tf:1:1-6:2');
    expect(at(m, ['resource', 'aws_s3_bucket', 'data', 'config', 'bucket'])).toBe('main.tf:2:3-2:18');
    expect(at(m, ['resource', 'aws_s3_bucket', 'data', 'config', 'versioning', 0, 'enabled'])).toBe('main.tf:4:5-4:19');
  });

  it('decodes escapes and heredocs as Terraform does', () => {
    const m = module('locals {\n  a = "tab\\there \\"q\\" \\u00e9 $${literal}"\n  b = <<-EOT\n    one\n      two\n    EOT\n  c = <<EOT\nraw ${"x"}\nEOT\n  d = -2\n  e = !false\n}\n');
    expect(m.input.locals).toEqual({ a: 'tab\there "q" é ${literal}', b: 'one\n  two\n', c: 'raw x\n', d: -2, e: true });
  });

  it('evaluates operators, conditionals and locals in any order; a cycle is unknown', () => {
    const m = module(
      'variable "n" { default = 3 }\nlocals {\n  big = local.size >= 2 && var.n != 0\n  size = var.n * 2 - 1\n  pick = local.big ? "yes" : "no"\n  loop = local.loop2\n  loop2 = local.loop\n}\n',
    );
    const locals = m.input.locals as Record<string, unknown>;
    expect([locals.big, locals.size, locals.pick]).toEqual([true, 5, 'yes']);
    expect(isUnknown(locals.loop)).toBe(true);
  });

  it('keeps references and unevaluated expressions as unknowns with their references', () => {
    const m = module('locals {\n  id = aws_s3_bucket.b[0].id\n  t = "${aws_s3_bucket.b.id}-x"\n  f = merge(var.a, { k = local.z })\n  s = aws_instance.web[*].id\n}\n');
    const l = m.input.locals as Record<string, { ref?: string; refs: string[] }>;
    expect(l.id).toMatchObject({ __unknown__: true, ref: 'aws_s3_bucket.b[0].id' });
    expect(l.t).toMatchObject({ __unknown__: true, refs: ['aws_s3_bucket.b.id'] });
    expect(l.t!.ref).toBeUndefined();
    expect(l.f!.refs).toEqual(['local.z', 'var.a']);
    expect(l.s!.refs).toEqual(['aws_instance.web']);
  });

  it('evaluates jsonencode of known values as Terraform writes it; with an unknown inside, the call is unknown', () => {
    const m = module(
      'variable "actions" { default = ["s3:GetObject"] }\nlocals {\n  doc = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "arn:aws:s3:::a/<b>&*", "10" = 1, "9" = null }]\n  })\n  open = jsonencode({ Resource = aws_s3_bucket.b.arn })\n  spread = jsonencode(local.list...)\n  other = lower("ABC")\n}\n',
    );
    const l = m.input.locals as Record<string, unknown>;
    expect(l.doc).toBe('{"Statement":[{"10":1,"9":null,"Action":["s3:GetObject"],"Effect":"Allow","Resource":"arn:aws:s3:::a/\\u003cb\\u003e\\u0026*"}],"Version":"2012-10-17"}');
    expect(JSON.parse(l.doc as string).Statement[0].Resource).toBe('arn:aws:s3:::a/<b>&*');
    expect(l.open).toMatchObject({ __unknown__: true, refs: ['aws_s3_bucket.b.arn'], expr: 'jsonencode({ Resource = aws_s3_bucket.b.arn })' });
    expect(l.spread).toMatchObject({ __unknown__: true, refs: ['local.list'] });
    expect(l.other).toMatchObject({ __unknown__: true, expr: 'lower("ABC")' });
  });

  it('locates a variable value in the tfvars file that set it', () => {
    const m = module('variable "env" {\n  default = "dev"\n}\n', '\nenv = "prod"\n');
    expect((m.input.variable as Record<string, { value: unknown }>).env!.value).toBe('prod');
    expect(at(m, ['variable', 'env', 'value'])).toBe('terraform.tfvars:2:1-2:13');
  });

  it.each([
    ['resource "a" "b" {\n  bucket "x"\n}\n', 2, 13, 'HCL syntax error: expected "=" (an argument) or "{" (a block) after "bucket"'],
    ['resource "a" "b" {\n  tags = {a = }\n}\n', 2, 13, 'HCL syntax error: "=" has no value after it; write name = value'],
    ['a = 1\n}\n', 2, 1, 'HCL syntax error: unexpected "}"'],
    ['x = [1, 2\ny = 3\n', 2, 1, 'HCL syntax error: missing "]"'],
  ])('reports %j as one readable error with its position', (text, line, column, message) => {
    expect(hcl.parse(text).errors).toEqual([{ line, column, message }]);
  });
});

describe('JSON syntax', () => {
  it('turns .tf.json into the same input, with templates and positions', () => {
    const text = JSON.stringify({
      variable: { env: { default: 'prod' } },
      resource: { aws_s3_bucket: { b: { bucket: 'acme-${var.env}', tags: { team: 'ml' }, lifecycle_rule: [{ enabled: true }], '//': 'a comment' } } },
    });
    const m = buildModule('', [{ rel: 'main.tf.json', body: jsonToHcl(parseJson(text)) }], [{ rel: 'terraform.tfvars.json', body: jsonToHcl(parseJson('{"env": "dev"}'), true) }]);
    const b = ((m.input.resource as Record<string, Record<string, { config: unknown }>>).aws_s3_bucket!.b!).config;
    expect(b).toEqual({ bucket: 'acme-dev', tags: { team: 'ml' }, lifecycle_rule: [{ enabled: true }] });
    expect(m.index.get(JSON.stringify(['resource', 'aws_s3_bucket', 'b', 'config', 'tags', 'team']))).toMatchObject({ file: 'main.tf.json', line: 1 });
  });
});

describe('module sources', () => {
  it.each([
    ['./modules/x', { source_type: 'local' }],
    ['../shared', { source_type: 'local' }],
    ['terraform-aws-modules/vpc/aws', { source_type: 'registry' }],
    ['app.terraform.io/acme/network/aws', { source_type: 'registry' }],
    ['terraform-aws-modules/iam/aws//modules/iam-role', { source_type: 'registry' }],
    ['git::https://github.com/acme/m.git//s3?ref=v1.2.0', { source_type: 'git', ref: 'v1.2.0' }],
    ['github.com/acme/m?ref=main', { source_type: 'git', ref: 'main' }],
    ['git@github.com:acme/m.git', { source_type: 'git' }],
    ['hg::https://example.com/m?ref=v2', { source_type: 'mercurial', ref: 'v2' }],
    ['https://example.com/m.zip', { source_type: 'http' }],
    ['s3::https://s3.amazonaws.com/bucket/m.zip', { source_type: 's3' }],
    ['gcs::https://www.googleapis.com/storage/v1/m', { source_type: 'gcs' }],
    ['whatever', { source_type: 'unknown' }],
  ])('%s', (source, expected) => {
    expect(parseModuleSource(source)).toEqual(expected);
  });
});
