import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo, tollgate } from './helpers/cli.js';

// Fake credentials made for this test: never real, each distinct so a leak names its source.
const SECRETS = {
  awsKeyId: 'AKIATOLLGATETESTKEY7',
  awsSecret: 'tollgate/TEST/notARealSecretAccessKey000',
  githubToken: 'ghp_tollgateTestNotARealTokenAAAAAAAAAAA',
  gitlabToken: 'glpat-tollgateTestFakeToken00',
  slackWebhook: 'https://hooks.slack.com/services/T00000000/B00000000/tollgateTestFake0000',
  privateKeyBody: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCtollgateTestNotARealKeyBody00',
  workflowPassword: 'Tollgate-Test-Workflow-Pw1',
  gitlabPassword: 'Tollgate-Test-GitLab-Pw2',
  dockerPassword: 'Tollgate-Test-Docker-Pw3',
  k8sPassword: 'Tollgate-Test-K8s-Pw4',
  tfvarsPassword: 'Tollgate-Test-Tfvars-Pw5',
  cfnPassword: 'Tollgate-Test-Cfn-Pw6',
  urlPassword: 'Tollgate-Test-Url-Pw7',
};

const FILES: Record<string, string> = {
  '.github/workflows/eval.yml': `name: eval
on: push
permissions: {}
env:
  AWS_ACCESS_KEY_ID: ${SECRETS.awsKeyId}
  AWS_SECRET_ACCESS_KEY: ${SECRETS.awsSecret}
jobs:
  eval:
    runs-on: ubuntu-latest
    env:
      MLFLOW_TRACKING_PASSWORD: ${SECRETS.workflowPassword}
    steps:
      - run: |
          git clone https://x-access-token:${SECRETS.githubToken}@github.com/acme/data.git
          curl -X POST -d @r.json ${SECRETS.slackWebhook}
`,
  '.gitlab-ci.yml': `variables:
  FEAST_PASSWORD: ${SECRETS.gitlabPassword}
publish:
  image: python:3.12@sha256:${'a'.repeat(64)}
  script:
    - 'curl --header "PRIVATE-TOKEN: ${SECRETS.gitlabToken}" "$CI_API_V4_URL/projects"'
`,
  Dockerfile: `FROM python:3.12-slim@sha256:${'b'.repeat(64)}
ENV DB_PASSWORD=${SECRETS.dockerPassword}
RUN printf '%s' '-----BEGIN PRIVATE KEY-----\\n${SECRETS.privateKeyBody}\\n-----END PRIVATE KEY-----' > /key.pem
USER 10001
`,
  'k8s/secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: db
stringData:
  password: ${SECRETS.k8sPassword}
  uri: postgresql://mlflow:${SECRETS.urlPassword}@db:5432/mlflow
`,
  'infra/main.tf': `provider "aws" {
  region     = "eu-west-1"
  access_key = "${SECRETS.awsKeyId}"
}
variable "db_password" {
  type = string
}
`,
  'infra/terraform.tfvars': `db_password = "${SECRETS.tfvarsPassword}"\n`,
  'cfn/db.yaml': `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: mlflow
      MasterUserPassword: ${SECRETS.cfnPassword}
`,
};

describe('TG-SECRET-001 never prints the secret', () => {
  const dir = tempRepo(FILES);

  for (const format of ['text', 'json', 'sarif', 'junit', 'markdown', 'github']) {
    it(`${format} output names the credential, not its value`, () => {
      const r = tollgate(['check', dir, '--format', format, '--fail-on', 'critical']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('TG-SECRET-001');
      for (const [name, secret] of Object.entries(SECRETS)) {
        expect(r.stdout, `${name} in ${format} output`).not.toContain(secret);
        expect(r.stderr, `${name} in ${format} stderr`).not.toContain(secret);
      }
    });
  }

  it('finds every planted credential', () => {
    const r = tollgate(['check', dir, '--format', 'json']);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ rule: string; file: string; line: number; message: string }> }).findings.filter((f) => f.rule === 'TG-SECRET-001');
    expect(findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(
      [
        '.github/workflows/eval.yml:5',
        '.github/workflows/eval.yml:6',
        '.github/workflows/eval.yml:11',
        '.github/workflows/eval.yml:14',
        '.github/workflows/eval.yml:14',
        '.github/workflows/eval.yml:15',
        '.gitlab-ci.yml:2',
        '.gitlab-ci.yml:6',
        'Dockerfile:2',
        'Dockerfile:3',
        'cfn/db.yaml:7',
        'infra/main.tf:3',
        'infra/terraform.tfvars:1',
        'k8s/secret.yaml:6',
        'k8s/secret.yaml:7',
      ].sort(),
    );
    expect(findings.find((f) => f.file === 'Dockerfile' && f.line === 3)?.message).toBe("RUN of stage #1 holds a private key");
  });
});

describe('TG-SECRET-001 fixtures and example', () => {
  // Credential shapes that must only ever appear as obvious fakes in the repository's fixtures.
  const SHAPES = [/(?:AKIA|ASIA)[A-Z2-7]{16}/g, /gh[pousr]_[A-Za-z0-9]{36,}/g, /glpat-[A-Za-z0-9_-]{20,}/g, /xox[baprs]-[A-Za-z0-9-]{10,}/g, /hooks\.slack\.com\/services\/\S+/g];
  const fake = (s: string) => /tollgate|EXAMPLE/i.test(s);

  it('the catalog example of TG-SECRET-001 shows only obviously fake values', () => {
    const catalog = JSON.parse(readFileSync('policies/bundle/catalog.json', 'utf8')) as { rules: Array<{ id: string; example?: { text: string } }> };
    const example = catalog.rules.find((r) => r.id === 'TG-SECRET-001')?.example;
    expect(example).toBeDefined();
    expect(example!.text).toMatch(/Tollgate-Fixture|TOLLGATEFIXTURE/);
    for (const re of SHAPES) for (const m of example!.text.match(re) ?? []) expect(fake(m), m).toBe(true);
  });

  it('every credential-shaped string in the fixtures is an obvious fake', () => {
    const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
    for (const file of walk('fixtures/rules')) {
      const text = readFileSync(file, 'utf8');
      for (const re of SHAPES) for (const m of text.match(re) ?? []) expect(fake(m), `${file}: ${m}`).toBe(true);
    }
  });
});
