# Two commands: `make run` (set up, extract the bundled samples raw/ → out/) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup setup-test setup-bench browser check-samples clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

# (then the package's modules compiled to bytecode: an editable install leaves them as source, and where
# PYTHONDONTWRITEBYTECODE is set each run would compile them again, about 0.1 s of every run's start)
setup: $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	$(BIN)/python -m compileall -q src

setup-test: $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,dask,parquet]'
	$(BIN)/python -m compileall -q src

# every extra, for bench/bench_body.py's comparison extractors as well
setup-bench: $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,dask,parquet,bench]'
	$(BIN)/python -m compileall -q src

run: setup
	$(BIN)/extract raw/ out/

# headless Chromium (Debian package) for the browser tests of tests/test_report.py, and a CJK font so
# its screenshots show Chinese; installed when missing and running as root, else those tests are skipped
browser:
	@if command -v chromium >/dev/null && fc-list :lang=zh 2>/dev/null | grep -q .; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei) \
		|| echo "warning: could not install chromium: the browser tests will be skipped"; \
	else echo "note: chromium is missing and this is not root: the browser tests will be skipped"; fi

test: setup-test browser
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory check-samples

# the samples scored against their golden files; fails when measure F1 drops below the bar
check-samples:
	rm -rf .ci-out && $(BIN)/extract raw/ .ci-out/ --golden tests/golden --min-f1 0.5 && rm -rf .ci-out

clean:
	rm -rf out .ci-out
