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

.PHONY: help install generate check-generated lint format typecheck build mock test test-unit \
        dredd contract-live fuzz bench bench-load clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

# Installs dependencies when the lockfile is newer than node_modules (or it is missing).
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: node_modules/.installed ## Install dependencies (npm ci)

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

lint: install check-generated ## Format and lint (Biome), validate the spec (swagger-parser + Redocly, examples included), typecheck
	$(NPX) biome ci .
	node scripts/validate-spec.mjs $(SPEC)
	$(NPX) redocly lint $(SPEC) --format=stylish
	$(NPX) tsc -p tsconfig.json --noEmit

format: install ## Format the tree and apply Biome's safe fixes
	$(NPX) biome check --write .

typecheck: install ## Typecheck everything
	$(NPX) tsc -p tsconfig.json --noEmit

build: install ## Compile src/ to dist/ (plus precompiled validators and the browser assets)
	$(NPX) tsc -p tsconfig.build.json
	node scripts/copy-protos.mjs
	node scripts/build-spec.mjs
	node scripts/build-playground.mjs

mock: build ## Start the mock on 127.0.0.1:4010 (PORT and HOST override)
	node dist/mock/cli.js

test-unit: install ## Run the vitest suite only
	$(NPX) vitest run

test: lint build ## Run the whole test suite (what CI runs)
	@mkdir -p test/artifacts
	$(NPX) vitest run --reporter=default --reporter=json --outputFile.json=test/artifacts/vitest.json
	@node scripts/test-summary.mjs test/artifacts/vitest.json

dredd: install ## Dredd against the mock, and against the live API when XAI_API_KEY is set (via a loopback auth proxy)
	$(NPX) tsx test/dredd/run-dredd.ts

fuzz: install ## Fuzz the create operations: about 28,000 generated requests (FUZZ_RUNS=n, default 20000; FUZZ_SEED=n|random)
	FUZZ_RUNS=$${FUZZ_RUNS:-20000} FUZZ_SEED=$${FUZZ_SEED:-random} $(NPX) vitest run test/fuzz

contract-live: build ## Run the contract suite against the live API (needs XAI_API_KEY; spends money)
	@if [ -z "$$XAI_API_KEY" ]; then echo "contract-live: XAI_API_KEY is not set; refusing to start" >&2; exit 2; fi
	CONTRACT_TARGET=live $(NPX) vitest run test/contract

bench: build ## Benchmark the mock against Prism, Steady and bare Node (wrk); writes bench/RESULTS.md (about 8 minutes)
	node bench/run.mjs

bench-load: build ## 1,000 connections polling 10,000 jobs, and slowloris; writes bench/RESULTS-load.md (about 3 minutes)
	node bench/load.mjs

clean: ## Remove build output
	rm -rf dist bench/tmp
