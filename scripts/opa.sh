#!/usr/bin/env bash
# Builds the pinned OPA from source into .tools/ (git-ignored) and prints its path.
# Reuses an existing build of the same version; needs only Go and the Go module proxy.
# TOLLGATE_TOOLS names another tools folder (a shared build, or a read-only install of tollgate).
# `tollgate build` runs this script too, so there is one way to get OPA.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(node -p "require('$root/package.json').tollgate.opaVersion")
bin="${TOLLGATE_TOOLS:-$root/.tools}/opa-$version/opa"
if [ ! -x "$bin" ]; then
  if ! command -v go >/dev/null 2>&1; then
    echo "tollgate: OPA $version is not built yet and Go is not installed to build it; install Go 1.24+ from https://go.dev/dl/ and run again (OPA is then built once into ${bin%/opa})" >&2
    exit 2
  fi
  echo "building OPA $version from source (once; about a minute)..." >&2
  GOBIN="$(dirname "$bin")" CGO_ENABLED=0 GOFLAGS=-trimpath \
    go install "github.com/open-policy-agent/opa@$version" >&2
fi
echo "$bin"
