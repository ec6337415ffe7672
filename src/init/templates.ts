import type { HookRepo } from './precommit-config.js';

/** Where tollgate is published: the pre-commit entry and the workflow's Action point at it. */
export const TOLLGATE_REPO = 'https://github.com/tollgate-dev/tollgate';

/**
 * The Action the workflow uses until `--action` names another: pinned by commit SHA, as rule
 * TG-GHA-001 asks; all zeros until a release fills in its commit, which the user must set.
 */
export const DEFAULT_ACTION = 'tollgate-dev/tollgate/action@0000000000000000000000000000000000000000';

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

/** A GitHub workflow that runs the tollgate Action on pull requests, with a read-only token. */
export function workflow(action: string): string {
  return `# tollgate: checks infrastructure and pipeline definitions on every pull request.
name: tollgate
on:
  pull_request:
  push:
    branches: [main]
# The token can read the code and nothing else, unless a job asks for more.
permissions:
  contents: read
jobs:
  tollgate:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      checks: write # the Action annotates the pull request's lines through a check run
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - uses: ${action}
        with:
          paths: .
          fail-on: high
`;
}

/** The .pre-commit-config.yaml entry that runs the tollgate hook at `rev`. */
export function hookRepo(rev: string): HookRepo {
  return { repo: TOLLGATE_REPO, rev, hooks: [{ id: 'tollgate' }] };
}
