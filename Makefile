# Two jobs: `make pack` (set up, then build the shipped example) and `make test`.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: pack test bench compiled-clauses
pack: $(VENV)/.installed
	$(BIN)/spinout build --example social-care -o pack --force

# lint and types first: they take seconds, the tests minutes
test: $(VENV)/.installed
	$(BIN)/ruff check spinout tests
	$(BIN)/mypy spinout
	$(BIN)/python -m pytest -q -n auto

bench: $(VENV)/.installed
	$(BIN)/python bench/bench.py

$(VENV)/.installed: pyproject.toml scripts/install-system-deps
	bash scripts/install-system-deps
	python3 -m venv $(VENV)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# after editing clauses/: the shipped templates, compiled ahead (spinout/engine/precompiled.py)
compiled-clauses: $(VENV)/.installed
	$(BIN)/python -m spinout.engine.precompiled
