# xai-video-contract: every workflow is a target here; CI runs `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
SPEC := openapi/xai-video.yaml
TYPES := generated/xai-video.d.ts
NPX := npx --no-install

.PHONY: help install generate check-generated lint format typecheck build mock test test-unit \
        test-msw3 dredd contract-live fuzz bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

# Installs dependencies when the lockfile is newer than node_modules (or it is missing).
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: node_modules/.installed ## Install dependencies (npm ci)

generate: install ## Regenerate the TypeScript types from the spec
	$(NPX) openapi-typescript $(SPEC) --default-non-nullable false -o $(TYPES)

check-generated: install ## Fail when the committed types differ from a fresh generation
	@tmp=$$(mktemp --suffix=.d.ts); \
	$(NPX) openapi-typescript $(SPEC) --default-non-nullable false -o $$tmp >/dev/null 2>&1 || { echo "openapi-typescript failed"; exit 1; }; \
	if ! diff -u $(TYPES) $$tmp; then echo "generated types are stale: run 'make generate' and commit"; rm -f $$tmp; exit 1; fi; \
	rm -f $$tmp; echo "generated types are current"

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
	node scripts/build-spec.mjs
	node scripts/build-playground.mjs

mock: build ## Start the mock on 127.0.0.1:4010 (PORT and HOST override)
	node dist/hosts/cli.js

test-unit: install ## Run the vitest suite only
	$(NPX) vitest run

test: lint build ## Run the whole test suite (what CI runs)
	@mkdir -p test/artifacts
	$(NPX) vitest run --reporter=default --reporter=json --outputFile.json=test/artifacts/vitest.json
	@node scripts/test-summary.mjs test/artifacts/vitest.json
	bash scripts/test-msw3.sh

test-msw3: build ## The MSW handlers with msw 3.x under Node 24 (a separate install in node_modules/.cache/msw3)
	bash scripts/test-msw3.sh

dredd: install ## Dredd against the mock, and against the live API when XAI_API_KEY is set (via a loopback auth proxy)
	$(NPX) tsx test/dredd/run-dredd.ts

fuzz: install ## Fuzz the create operations: 20,000 generated requests (FUZZ_RUNS=n, FUZZ_SEED=n|random)
	FUZZ_RUNS=$${FUZZ_RUNS:-20000} FUZZ_SEED=$${FUZZ_SEED:-random} $(NPX) vitest run test/fuzz

contract-live: build ## Run the contract suite against the live API (needs XAI_API_KEY; spends money)
	@if [ -z "$$XAI_API_KEY" ]; then echo "contract-live: XAI_API_KEY is not set; refusing to start" >&2; exit 2; fi
	CONTRACT_TARGET=live $(NPX) vitest run test/contract

bench: build ## Benchmark the mock against prism mock and bare Node; writes bench/RESULTS.md (about 6 minutes)
	node bench/run.mjs

clean: ## Remove build output
	rm -rf dist bench/tmp
