// Parity between OPA (Go, `opa test`) and the shipped WASM (the JS SDK): the fixture harness must
// catch a builtin that behaves differently in the two. sprintf is the known case: Go prints an
// object as JSON, the SDK's sprintf as "[object Object]". The build refuses sprintf for exactly
// this reason; here the restriction is lifted for the experiment.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { formatResults } from '../src/fixture/format.js';
import { collectFixtures, loadFixtureEnv, runFixture } from '../src/fixture/run.js';
import { BuildFailure, buildPolicies } from '../src/pack/build.js';
import { packAt } from '../src/pack/layout.js';
import { orgRepo } from './helpers/pack.js';

const RULE = `# METADATA
# title: Container security context is reported
# description: >-
#   Reports every container's security context, with the context in the message.
# custom:
#   id: ACME-K8S-100
#   severity: low
#   owner: cybersecurity
#   remediation: >-
#     None; this rule exists to compare OPA with the WASM runtime.
#   standards:
#     nist-800-53: [CM-6]
#   related: []
#   inline_waivers: true
package tollgate.rules.kubernetes.context_report

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.containers
	is_object(c.container.securityContext)
	path := array.concat(c.path, ["securityContext"])
	msg := sprintf("%s has securityContext %v", [c.label, c.container.securityContext])
}
`;

// Passes under \`opa test\`: Go's sprintf prints the object as JSON.
const UNIT_TEST = `package tollgate.rules.kubernetes.context_report_test

import data.tollgate.rules.kubernetes.context_report as rule

test_message_shows_the_context if {
	pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "main", "securityContext": {"privileged": true}}]}}
	vs := rule.violations with input as [pod]
	{v.msg | some v in vs} == {"container 'main' of Pod 'p' has securityContext {\\"privileged\\": true}"}
}
`;

const pod = (annotation: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: main
      image: app:1
      ${annotation}
      securityContext: {privileged: true}
`;

function pack() {
  const dir = orgRepo({
    'policy/kubernetes/context_report.rego': RULE,
    'policy/kubernetes/context_report_test.rego': UNIT_TEST,
    'policy/fixtures/ACME-K8S-100/fail.yaml': pod('# expect: ACME-K8S-100: has securityContext {"privileged": true}'),
    'policy/fixtures/ACME-K8S-100/pass.yaml': pod('# ok: ACME-K8S-100').replace('\n      securityContext: {privileged: true}\n', '\n'),
  });
  return { dir, pack: packAt(join(dir, 'policy')) };
}

describe('parity between opa test and the WASM', () => {
  it('the restricted build refuses sprintf before any test runs', () => {
    const { dir, pack: p } = pack();
    let failure: BuildFailure | undefined;
    try {
      buildPolicies({ pack: p, out: join(dir, 'out'), base: dir });
    } catch (e) {
      failure = e as BuildFailure;
    }
    expect(failure).toBeInstanceOf(BuildFailure);
    expect(failure?.details.join('\n')).toMatch(/policy\/kubernetes\/context_report\.rego:\d+: rego_type_error: undefined function sprintf/);
  });

  it('without the restriction, opa test passes and the fixture fails through the WASM', async () => {
    const { dir, pack: p } = pack();
    const out = join(dir, 'out');
    // The build runs `opa test` and stops on a failure: getting past it proves the Go side passes.
    buildPolicies({ pack: p, out, base: dir, restrictBuiltins: false });
    const env = await loadFixtureEnv(out, loadConfig(undefined, dir));
    const [fail, pass] = collectFixtures([join(dir, 'policy/fixtures')]).map((f) => runFixture(f, env));
    expect(pass?.passed).toBe(true);
    expect(fail?.passed).toBe(false);
    expect(fail?.rows).toEqual([
      expect.objectContaining({ rule: 'ACME-K8S-100', line: 10, expected: 'finding', passed: false, actual: [expect.objectContaining({ message: "container 'main' of Pod 'p' has securityContext [object Object]" })] }),
    ]);
    expect(formatResults([fail!], false)).toContain('ACME-K8S-100 containing "has securityContext {"privileged": true}"  ACME-K8S-100 at 10:7: container \'main\' of Pod \'p\' has securityContext [object Object]');
  });

  it('a builtin that throws in the WASM (sprintf %q) fails the fixture with the error', async () => {
    const { dir, pack: p } = pack();
    const rule = join(dir, 'policy/kubernetes/context_report.rego');
    writeFileSync(rule, RULE.replace('sprintf("%s has securityContext %v", [c.label, c.container.securityContext])', 'sprintf("%s has a security context", [c.label])').replace('"%s has a', '"%q has a'));
    writeFileSync(join(dir, 'policy/kubernetes/context_report_test.rego'), UNIT_TEST.replace(`"container 'main' of Pod 'p' has securityContext {\\"privileged\\": true}"`, `"\\"container 'main' of Pod 'p'\\" has a security context"`));
    mkdirSync(join(dir, 'out'));
    buildPolicies({ pack: p, out: join(dir, 'out'), base: dir, restrictBuiltins: false });
    const env = await loadFixtureEnv(join(dir, 'out'), loadConfig(undefined, dir));
    const [fail] = collectFixtures([join(dir, 'policy/fixtures/ACME-K8S-100')]).map((f) => runFixture(f, env));
    expect(fail?.passed).toBe(false);
    expect(fail?.errors).toEqual(['evaluation failed: [sprintf] unexpected placeholder']);
  });
});
