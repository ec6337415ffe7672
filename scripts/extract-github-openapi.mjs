#!/usr/bin/env node
// One-off: extracts the REST operations tollgate's Action calls from GitHub's OpenAPI description
// (the dereferenced api.github.com.deref.json of the npm package @octokit/openapi, about 385 MB
// installed, so install it outside the repository) into test/data/github-openapi.json, which the
// Action's end-to-end test validates every request against.
// Usage: npm install --prefix /tmp/openapi @octokit/openapi
//        node scripts/extract-github-openapi.mjs /tmp/openapi/node_modules/@octokit/openapi
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OPERATIONS = ['checks/create', 'checks/update', 'issues/list-comments', 'issues/create-comment', 'issues/update-comment'];

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: extract-github-openapi.mjs <path of @octokit/openapi>');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(join(pkg, 'generated', 'api.github.com.deref.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;

const operations = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!OPERATIONS.includes(op?.operationId)) continue;
    const success = Object.keys(op.responses).find((code) => /^2/.test(code));
    operations.push({
      operationId: op.operationId,
      method: method.toUpperCase(),
      path,
      parameters: (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query').map(({ name, in: where, required, schema }) => ({ name, in: where, required: required === true, schema })),
      ...(op.requestBody ? { requestBody: { required: op.requestBody.required === true, schema: op.requestBody.content['application/json'].schema } } : {}),
      successStatus: Number(success),
    });
  }
}
operations.sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
const missing = OPERATIONS.filter((id) => !operations.some((o) => o.operationId === id));
if (missing.length > 0) {
  console.error(`extract-github-openapi: not in the description: ${missing.join(', ')}`);
  process.exit(1);
}
const out = { source: `@octokit/openapi ${version}, generated/api.github.com.deref.json (OpenAPI ${spec.openapi}, ${spec.info.version})`, operations };
writeFileSync(new URL('../test/data/github-openapi.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${operations.length} operations from @octokit/openapi ${version}`);
