# Two commands a newcomer needs:  make run  and  make test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
COMPILED := $(VENV)/.compiled

.PHONY: run test lint bench clean setup compile

# pip's output (setuptools prints a warning block on every editable install) goes to a
# log, shown in full when the install fails.
$(STAMP): pyproject.toml setup.py
	@echo "installing kg and its test tools into $(VENV) (log: $(VENV)/pip.log)"
	@$(PYTHON) -m venv $(VENV)
	@{ $(BIN)/pip install --quiet --upgrade pip && KG_PURE_PYTHON=1 $(BIN)/pip install --quiet -e '.[test]'; } \
	  > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	@touch $(STAMP)

# The extractors compiled with mypyc beside their sources (setup.py), again whenever one
# changes (by content: a checkout that rewrites them unchanged compiles nothing); without a
# C compiler kg stays plain Python. KG_PURE_PYTHON=1 runs the sources.
$(COMPILED): $(STAMP) setup.py $(wildcard kg/extract/*.py)
	@if [ setup.py -ot kg/extract/compiled-from.sha256 ] && \
	  $(BIN)/python -c "import kg, sys; sys.exit(not kg.compiled_extractors_current())" 2>/dev/null; then \
	  echo "kg's extractors are compiled from their sources as they are"; \
	else \
	  echo "compiling kg's extractors with mypyc, a minute or two (log: $(VENV)/compile.log)"; \
	  $(BIN)/pip install --quiet --no-deps -e . > $(VENV)/compile.log 2>&1 \
	    || { cat $(VENV)/compile.log; exit 1; }; \
	fi
	@touch $(COMPILED)

setup: $(COMPILED)

compile: $(COMPILED)

## Build the bundled articles into out/ and answer the example queries.
run: $(COMPILED)
	$(BIN)/kg build data/ --out out
	@for q in ontology/queries/*.rq; do \
	  echo; echo "== $$q"; $(BIN)/kg query "$$q" --graph out --limit 15 || exit 1; \
	done

## Install what the tests need (system packages too, where we are root) and run them.
test: $(STAMP)
	bash .ci/system-deps
	@$(MAKE) --no-print-directory compile
	$(BIN)/ruff check kg tests bench
	$(BIN)/mypy kg
	$(BIN)/pytest -q

bench: $(COMPILED)
	$(BIN)/python -m bench.run

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache build kg/extract/*.so kg/extract/compiled-from.sha256 *__mypyc.*.so $(COMPILED)
