# kg: the two commands README promises, and a few for developers.
#   make run    set up, build the sample corpus into kg.sqlite, open the shell
#   make test   set up, run the whole test suite
#   make lint   check the formatting and style rules of .swift-format (CI runs it)
#   make format fix every finding of make lint in place
DB ?= kg.sqlite
KG = .build/release/kg

.PHONY: run test deps build release schema bench bench-ingest examples clean eval fuzz lint format

run: release
	$(KG) ingest --db $(DB) corpus
	$(KG) shell --db $(DB)

test: deps
	swift test --disable-swift-testing

# swift-format ships with the Swift toolchain. The configuration enables only rules that
# `make format` can fix by itself, so a failing lint is always fixed by running format.
lint:
	swift format lint --recursive --strict --parallel Sources Tests

format:
	swift format format --in-place --recursive --parallel Sources Tests

deps:
	@scripts/install-deps.sh

build: deps
	swift build

release: deps
	swift build -c release --product kg

# Score extraction: sample corpus vs its gold, then held-out sets (docs/evaluation.md);
# EVAL_FLAGS=--heldout-news adds the held-out news articles.
eval: deps
	scripts/eval.sh $(EVAL_FLAGS)

# The news-shaped benchmark (release build): import, cold start, median and p95 per query kind,
# peak RSS on a synthetic power-law graph of SIZE relations (1M, 10M or a number).
SIZE ?= 1M
bench: deps
	swift build -c release --product kg
	swift build -c release --product kg-bench
	$$(swift build -c release --show-bin-path)/kg-bench $(SIZE)

# Release-build timings of ingest and extraction on copies of the sample corpus.
bench-ingest: deps
	scripts/bench.sh

# Regenerate the example outputs in queries/ after changing the extractor or the examples.
examples: deps
	scripts/update-examples.sh

# Regenerate the Swift copy of schema/*.sql the binary embeds (a test fails when it is stale).
schema:
	scripts/embed-schema.sh

# libFuzzer harnesses (Fuzz/, a package of its own): each input surface for SECONDS seconds.
SECONDS ?= 60
fuzz: deps
	Fuzz/run.sh $(SECONDS)

clean:
	rm -rf .build
