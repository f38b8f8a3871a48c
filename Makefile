# spotnana-events: `make test` runs everything CI runs. Each target sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC ?= ../shared/openapi/event-api-v2.json
comma := ,

.PHONY: setup redis-server node demo demo-fleet bench vendor dist generate check-generated fixed-spec pin-spec lint typecheck-sample verifytypes test pytest clean

setup: $(STAMP) redis-server node

# The fleet tests start a real redis-server (Debian package redis-server): install it where
# it is missing and this machine allows (root with apt-get), else say what to install.
redis-server:
	@command -v redis-server >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq redis-server >/dev/null; \
	  else echo "note: the fleet tests need redis-server (Debian: apt-get install redis-server)"; fi; }

# pyright (the typed sample's strict check, verifytypes) runs on node >= 14: Debian's nodejs
# where it is missing and this machine allows. Without it the pyright wheel would fetch node
# from outside the package registries.
node:
	@command -v node >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq nodejs >/dev/null; \
	  else echo "note: pyright needs node (Debian: apt-get install nodejs)"; fi; }

# Installs into an environment ($(1): its python, $(2): what): uv (pinned in
# requirements-dev.txt) takes about 5 s for the dev pins where pip took 35 s. uv reads no
# pip.conf: where it cannot reach PyPI, pip installs the same thing.
install_into = $(BIN)/uv pip install --quiet --python $(1) $(2) \
	  || { $(ENSURE_VENV_PIP); $(BIN)/python -m pip --python $(1) install --quiet --disable-pip-version-check $(2); }
# .venv starts without pip (bootstrapping one was 4 s of a 12 s setup): the machine's pip puts
# uv in it and uv installs the pins, pip among them. Where the machine's pip cannot (none, or
# older than --python), or uv cannot, .venv bootstraps its own pip; with no uv at all, pip
# installs everything.
ENSURE_VENV_PIP = $(BIN)/python -m pip --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip --default-pip >/dev/null
UV_PIN = "$$(grep '^uv==' requirements-dev.txt)"

# Re-installs only when the pins or the package metadata change.
$(STAMP): requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --python $(BIN)/python install --quiet --disable-pip-version-check $(UV_PIN) \
	  || { $(ENSURE_VENV_PIP) && $(BIN)/python -m pip install --quiet --disable-pip-version-check $(UV_PIN); } \
	  || echo "note: no uv for this machine; pip installs the pins"
	UV_COMPILE_BYTECODE=1 $(call install_into,$(BIN)/python,-r requirements-dev.txt)
	UV_COMPILE_BYTECODE=1 $(call install_into,$(BIN)/python,--no-deps -e .)
	touch $(STAMP)

# The main job: a realistic SDK session against the fake Event API on loopback HTTP.
demo: $(STAMP)
	$(BIN)/python examples/demo.py

# Fleet on Redis: 4 worker processes share one token and one request budget.
demo-fleet: $(STAMP) redis-server
	$(BIN)/python examples/demo_fleet.py

# Performance figures as ratios to baselines measured in the same run (see README), then
# ours against the stock generator's output generated in the same run; both always print.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py; ours=$$?; $(BIN)/python benchmarks/bench_stock.py && exit $$ours

# Copy both packages into another repository: make vendor DEST=dir [PREFIX=package.path] [TESTING=1] [EXTRAS=redis,otel]
# (standard library only: no setup needed). DEST reaches the script through the environment
# (make exports command-line variables), so spaces and quotes in it arrive as typed.
vendor:
	@test -n "$$DEST" || { echo "usage: make vendor DEST=dir [PREFIX=package.path] [TESTING=1] [EXTRAS=redis,otel]"; exit 2; }
	$(PYTHON) -m codegen.vendor $(if $(PREFIX),--prefix '$(PREFIX)',) $(if $(TESTING),--testing,) $(foreach extra,$(subst $(comma), ,$(EXTRAS)),--extra '$(extra)') -- "$$DEST"

# sdist and wheel into dist/, with a small venv of its own (only `build`), not the dev toolchain.
DIST_VENV := build/dist-venv
$(DIST_VENV)/.installed: requirements-dist.txt
	test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dist.txt
	touch $@

dist: $(DIST_VENV)/.installed
	rm -rf dist
	$(DIST_VENV)/bin/python -m build --outdir dist .

generate: $(STAMP)
	$(BIN)/python -m codegen.generate

check-generated: $(STAMP)
	$(BIN)/python -m codegen.generate --check

# The pinned spec after codegen/'s fixes: unambiguous for strict validators.
fixed-spec: $(STAMP)
	$(BIN)/python -m codegen.generate --fixed-spec build/event-api-v2.fixed.json

# Re-pin from a downloaded spec: change report, then openapi/ + lock + operations.toml +
# generated/ together. DRY_RUN=1 prints the report only; SOURCE="url or words" goes into the lock.
pin-spec: $(STAMP)
	$(BIN)/python -m codegen.pin_spec "$(SPEC)" $(if $(DRY_RUN),--dry-run,) $(if $(SOURCE),--source '$(SOURCE)',)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check overlays tests codegen examples benchmarks
	$(BIN)/ruff check --config codegen/ruff.toml generated
	$(BIN)/mypy generated/spotnana_event_api overlays/spotnana_events codegen examples benchmarks tests/typed_sample
	$(MAKE) --no-print-directory typecheck-sample

# The typed downstream sample as a user's project sees the SDK: pyright (pinned; its wheel
# bundles pyright itself, run on the machine's node) in strict mode, per [tool.pyright].
typecheck-sample: $(STAMP) node
	PYRIGHT_PYTHON_IGNORE_WARNINGS=1 $(BIN)/pyright

# pyright --verifytypes on the wheel installed in a venv of its own, with every extra: prints
# both packages' type completeness, fails below the thresholds in tests/typed_sample/verifytypes.py.
# The wheel is built by .venv's build (the same pin as requirements-dist.txt's) with uv making
# its isolated environment: `make dist`'s own venv would cost a pip bootstrap on a fresh clone.
# It builds through setuptools' build/lib in the tree, which keeps a module gone from the
# source (and so would the wheel): emptied first, as `make dist` needs not (its wheel is built
# from the sdist, elsewhere).
VERIFY := build/verifytypes
verifytypes: $(STAMP) node
	rm -rf $(VERIFY) build/lib build/bdist.*
	$(BIN)/python -m build --installer uv --wheel --outdir $(VERIFY)/dist . >/dev/null \
	  || $(BIN)/python -m build --wheel --outdir $(VERIFY)/dist . >/dev/null
	$(PYTHON) -m venv --without-pip $(VERIFY)/venv
	$(call install_into,$(VERIFY)/venv/bin/python,-c requirements-dev.txt "$$(ls $(VERIFY)/dist/*.whl)[testing$(comma)otel$(comma)redis$(comma)speedups$(comma)aiohttp]")
	$(BIN)/python tests/typed_sample/verifytypes.py $(VERIFY)/venv

# `make check-generated` is not repeated here: the golden test
# (tests/codegen/test_pin_and_golden.py) regenerates and compares the same way.
# The checks and the tests run side by side (make -j, each one's output kept together) and the
# tests themselves in parallel (pytest-xdist): one worker more than the CPUs (the fleet, demo
# and subprocess tests spend much of their time waiting), PYTEST_WORKERS=N to change. Tests are
# handed out one by one and idle workers steal queued ones (--dist worksteal): the schemathesis
# and re-pin tests are long, and a whole-file split (loadfile) left one worker running them
# alone. A module fixture is then built once per worker that needs it (a few seconds).
# (Not --dist loadgroup: with pytest 9.2, xdist 3.8's xdist_group marks silently stop grouping.)
# No test writes into the source tree (the wheel test builds from a copy), so verifytypes'
# in-tree wheel build can run beside them.
PYTEST_WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))
test: $(STAMP) redis-server node  # installs first: two apt-get runs at once would fight over its lock
	@$(MAKE) --no-print-directory -j4 --output-sync=target lint verifytypes pytest

# Bytecode caching on whatever the shell says (Python's Docker images set
# PYTHONDONTWRITEBYTECODE=1): the run starts about a hundred Python processes (workers, pins,
# demos, fleets, venvs) importing the same modules, and compiling them again in each was a
# third of its CPU time (pytest 231 s -> 168 s on 2 cores). The caches are git-ignored, and
# neither the wheel nor a vendored copy takes them. On a fresh clone the caches are filled once
# before the workers start (plain bytecode, then pytest's assertion-rewritten copies by a
# collection), not by every worker and subprocess at once (about 3 s when they are warm).
CACHING_PYTHON := env -u PYTHONDONTWRITEBYTECODE $(BIN)/python
pytest: $(STAMP)
	$(CACHING_PYTHON) -m compileall -q -j0 generated overlays codegen tests examples >/dev/null; \
	$(CACHING_PYTHON) -m pytest -q --collect-only -p no:cacheprovider >/dev/null; \
	$(CACHING_PYTHON) -m pytest -n $(PYTEST_WORKERS) --dist worksteal

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
