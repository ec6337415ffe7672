// Parse time per MB of each input format, against YAML's, on generated files of a realistic
// shape. Used by bench.mjs; each format's files are parsed in memory, after one warm-up round.
import { readFileSync } from 'node:fs';
import { loadHclParser } from '../dist/parse/hcl.js';
import { parseJson } from '../dist/parse/json.js';
import { parseYaml } from '../dist/parse/yaml.js';

/** Lines reporting ms per MB of each format and its ratio to YAML's, given the YAML files of the bench repository. */
export async function formatRates(yamlPaths, rounds, median) {
  const hcl = await loadHclParser();
  const yamlTexts = yamlPaths.map((p) => readFileSync(p, 'utf8'));
  const count = Math.max(50, Math.round(yamlPaths.length / 3));
  const formats = [
    ['YAML (manifests, workflows)', yamlTexts, (t) => parseYaml(t)],
    ['Terraform HCL (.tf)', Array.from({ length: count }, (_, i) => terraformText(i)), (t) => hcl.parse(t)],
    ['Terraform plan JSON', [planText(count)], (t) => parseJson(t)],
  ];
  const rates = [];
  for (const [name, texts, parse] of formats) {
    const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
    for (const t of texts) parse(t);
    const ms = await median(rounds, () => {
      for (const t of texts) parse(t);
    });
    rates.push([name, mb, ms / mb]);
  }
  const yaml = rates[0][2];
  return [
    'format                        MB     ms/MB   vs YAML',
    ...rates.map(([name, mb, perMb]) => `${name.padEnd(28)}  ${mb.toFixed(2).padStart(5)}  ${perMb.toFixed(0).padStart(6)}   ${(perMb / yaml).toFixed(2)}x`),
  ];
}

/** A module file shaped like an ML platform's: buckets with companions, a notebook, a module call. */
export function terraformText(i) {
  return `variable "env_${i}" {
  type    = string
  default = "prod"
}

locals {
  prefix_${i} = "acme-\${var.env_${i}}-${i}"
  tags_${i} = {
    team        = "ml-platform"
    cost-center = "cc-${i % 17}"
  }
}

resource "aws_s3_bucket" "data_${i}" {
  bucket = "\${local.prefix_${i}}-data"
  tags   = local.tags_${i}
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data_${i}" {
  bucket = aws_s3_bucket.data_${i}.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket_public_access_block" "data_${i}" {
  bucket                  = aws_s3_bucket.data_${i}.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = ${i % 9 !== 0}
}

resource "aws_sagemaker_notebook_instance" "nb_${i}" {
  name                   = "nb-${i}"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  subnet_id              = var.subnet_id
  direct_internet_access = "${i % 5 === 0 ? 'Enabled' : 'Disabled'}"
  tags                   = merge(local.tags_${i}, { Name = "nb-${i}" })
}

module "features_${i}" {
  source  = "app.terraform.io/acme/feature-store/aws"
  version = "2.3.${i % 10}"
  name    = "features-${i}"
  buckets = [for b in ["raw", "curated"] : "\${local.prefix_${i}}-\${b}"]
}
`;
}

/** A `terraform show -json` plan of n buckets, in child modules. */
function planText(n) {
  const resources = Array.from({ length: n }, (_, i) => ({
    address: `module.m${i % 10}.aws_s3_bucket.b${i}`,
    mode: 'managed',
    type: 'aws_s3_bucket',
    name: `b${i}`,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    schema_version: 0,
    values: { bucket: `acme-${i}`, force_destroy: false, tags: { team: 'ml', 'cost-center': `cc-${i}` }, timeouts: null },
    sensitive_values: { tags: {} },
  }));
  const modules = Array.from({ length: 10 }, (_, m) => ({ address: `module.m${m}`, resources: resources.filter((_, i) => i % 10 === m) }));
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.5', planned_values: { root_module: { child_modules: modules } } }, null, 2);
}
