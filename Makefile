# Two commands a newcomer needs:  make run  and  make test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean setup

# pip's output (setuptools prints a warning block on every editable install) goes to a
# log, shown in full when the install fails.
$(STAMP): pyproject.toml
	@echo "installing kg and its test tools into $(VENV) (log: $(VENV)/pip.log)"
	@$(PYTHON) -m venv $(VENV)
	@{ $(BIN)/pip install --quiet --upgrade pip && $(BIN)/pip install --quiet -e '.[test]'; } \
	  > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	@touch $(STAMP)

setup: $(STAMP)

## Build the bundled articles into out/ and answer the example queries.
run: $(STAMP)
	$(BIN)/kg build data/ --out out
	@for q in ontology/queries/*.rq; do \
	  echo; echo "== $$q"; $(BIN)/kg query "$$q" --graph out --limit 15 || exit 1; \
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
