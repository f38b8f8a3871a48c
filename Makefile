# spotnana-events: `make test` runs everything CI runs. Each target sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC ?= ../shared/openapi/event-api-v2.json

.PHONY: setup demo bench vendor dist generate check-generated fixed-spec pin-spec lint test clean

setup: $(STAMP)

# Re-installs only when the pins or the package metadata change.
$(STAMP): requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# The main job: a realistic SDK session against the fake Event API on loopback HTTP.
demo: $(STAMP)
	$(BIN)/python examples/demo.py

# Performance figures as ratios to baselines measured in the same run (see README), then
# ours against the stock generator's output generated in the same run; both always print.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py; ours=$$?; $(BIN)/python benchmarks/bench_stock.py && exit $$ours

# Copy both packages into another repository: make vendor DEST=dir [PREFIX=package.path]
vendor: $(STAMP)
	@test -n "$(DEST)" || { echo "usage: make vendor DEST=dir [PREFIX=package.path]"; exit 2; }
	$(BIN)/python -m codegen.vendor $(DEST) $(if $(PREFIX),--prefix $(PREFIX),)

# sdist and wheel into dist/
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

generate: $(STAMP)
	$(BIN)/python -m codegen.generate

check-generated: $(STAMP)
	$(BIN)/python -m codegen.generate --check

# The pinned spec after codegen/'s fixes: unambiguous for strict validators.
fixed-spec: $(STAMP)
	$(BIN)/python -m codegen.generate --fixed-spec build/event-api-v2.fixed.json

# Re-pin from a downloaded spec: change report, then openapi/ + lock + generated/ together.
# DRY_RUN=1 prints the report only.
pin-spec: $(STAMP)
	$(BIN)/python -m codegen.pin_spec $(SPEC) $(if $(DRY_RUN),--dry-run,)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check overlays tests codegen examples benchmarks
	$(BIN)/ruff check --config codegen/ruff.toml generated
	$(BIN)/mypy generated/spotnana_event_api overlays/spotnana_events codegen examples benchmarks

test: $(STAMP) check-generated lint
	$(BIN)/python -m pytest

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
