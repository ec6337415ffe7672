import type { HookRepo } from './precommit-config.js';

/** Where tollgate is published: the pre-commit entry and the workflow's Action point at it. */
export const TOLLGATE_REPO = 'https://github.com/acme/tollgate';

/**
 * The Action the workflow uses until `--action` names another: pinned by commit SHA, as rule
 * TG-GHA-001 asks; all zeros until a release fills in its commit, which the user must set.
 */
export const DEFAULT_ACTION = 'acme/tollgate/action@0000000000000000000000000000000000000000';

/** A starter .tollgate.yaml: valid against schema/config.schema.json, every setting explained. */
export function starterConfig(): string {
  return `# tollgate configuration; the schema is schema/config.schema.json in the tollgate package.
# Lowest severity that fails \`tollgate check\`: critical, high, medium, low or info.
failOn: high
# Paths not to check, as .gitignore patterns relative to this file.
exclude: []
# Organisation parameters of the rules, over their defaults.
# parameters:
#   github_actions:
#     first_party_owners: [actions, github, my-org]   # owners whose actions may be pinned by tag
#   kubernetes:
#     require_image_digest: true
# Per-rule settings: turn a rule off or change its severity (\`tollgate check --format json\` names rules).
# rules:
#   TG-K8S-008: {enabled: false}
#   TG-K8S-006: {severity: high}
`;
}

/** A GitHub workflow that runs the tollgate Action on pull requests, with the least token permissions it needs. */
export function workflow(action: string): string {
  return `# tollgate: checks infrastructure and pipeline definitions on every pull request.
name: tollgate
on:
  pull_request:
  push:
    branches: [main]
# No token permissions unless a job asks for them.
permissions: {}
jobs:
  tollgate:
    runs-on: ubuntu-latest
    permissions:
      contents: read # check out the code
      checks: write # the check run that annotates the pull request's lines
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # changed-lines mode needs the pull request's base commit
          persist-credentials: false
      # Inputs: paths, config, fail-on, changed-only, annotations, sarif-file, comment (README).
      - uses: ${action}
`;
}

/** The .pre-commit-config.yaml entry that runs the tollgate hook at `rev`. */
export function hookRepo(rev: string): HookRepo {
  return { repo: TOLLGATE_REPO, rev, hooks: [{ id: 'tollgate' }] };
}
