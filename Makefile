# Two commands a newcomer needs:  make run  and  make test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean setup

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

## Build the bundled articles into out/ and answer the example queries.
run: $(STAMP)
	$(BIN)/kg build data/ --out out
	@for q in ontology/queries/*.rq; do \
	  echo; echo "== $$q"; $(BIN)/kg query "$$q" --graph out/graph.trig --limit 15 || exit 1; \
	done

## Install what the tests need (system packages too, where we are root) and run them.
test: $(STAMP)
	bash .ci/system-deps
	$(BIN)/ruff check kg tests bench
	$(BIN)/mypy kg
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
