# Two commands do everything on a fresh machine (Python 3.11 + pip): `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup demo test chromium postgresql bench evaluate clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m pip check
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

setup: $(STAMP)

# Debian's chromium drives the Label Studio UI in the browser test (playwright never downloads a browser).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

# Debian's PostgreSQL server binaries (initdb, pg_ctl) for the Label Studio-on-PostgreSQL test; the test
# fixture runs its own throwaway cluster. `psql` alone would only prove the client package is there.
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }

demo: setup
	$(BIN)/curate server start
	$(BIN)/curate ingest
	$(BIN)/curate push
	$(BIN)/curate server status
	@echo
	$(BIN)/curate annotators invite --project "curate: German news"
	@echo "Send annotators the invite link above (the admin login is for you, not for them)."
	@echo "When they are done, write the gold set:  $(BIN)/curate export --version v1"

test: setup chromium postgresql
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/preannotate.py

evaluate: setup
	$(BIN)/curate evaluate ../shared/wikinews-quotes/dev.jsonl --format wikinews
	$(BIN)/curate evaluate tests/gold/seeds.jsonl

clean:
	-$(BIN)/curate server stop
	rm -rf $(VENV) .pytest_cache build *.egg-info
