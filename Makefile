# Two commands: `make run` (set up, extract the bundled samples raw/ → out/) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup setup-test check-samples clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

setup: $(BIN)/python
	$(BIN)/python -m pip install -q -e .

setup-test: $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,dask,parquet]'

run: setup
	$(BIN)/extract raw/ out/

test: setup-test
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory check-samples

# the samples scored against their golden files; fails when measure F1 drops below the bar
check-samples:
	rm -rf .ci-out && $(BIN)/extract raw/ .ci-out/ --golden tests/golden --min-f1 0.5 && rm -rf .ci-out

clean:
	rm -rf out .ci-out
