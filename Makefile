# Two commands do everything on a fresh machine (Python 3.11 + pip): `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup demo test chromium postgresql bench evaluate model clean

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
	$(BIN)/curate evaluate tests/gold/wikinews_train25.jsonl
	$(BIN)/curate evaluate tests/gold/wikinews_train26.jsonl
	$(BIN)/curate evaluate tests/gold/wikinews_train27.jsonl
	$(BIN)/curate evaluate tests/gold/wikinews_train28.jsonl
	$(BIN)/curate evaluate tests/gold/wikinews_train29.jsonl

# The trained pipeline (README "Training"): the shared WikiNews quotation (QUOTE + speaker) and GermEval 2014
# (ACTOR) data imported as gold versions under build/model-data, plus the project's own gold versions, trained with
# configs/curate.cfg (seed 0) into models/curate. The limits keep it within ~30 min on 2 cores: all 700 WikiNews
# train articles + the first 3 300 GermEval train sentences, 2 000 steps (README "Measured"). The weights carry the data's licences (WikiNews: CC BY-NC-SA 4.0).
SHARED ?= ../shared
MODEL_DATA := build/model-data
model: setup
	rm -rf $(MODEL_DATA) && mkdir -p $(MODEL_DATA) && cp label_config.xml $(MODEL_DATA)/
	CURATE_HOME=$(MODEL_DATA) $(BIN)/curate import $(SHARED)/wikinews-quotes --format wikinews --version v1 \
		--source "German WikiNews quotation dataset (Petersen-Frey & Biemann 2024)" --licence "CC BY-NC-SA 4.0"
	CURATE_HOME=$(MODEL_DATA) $(BIN)/curate import $(SHARED)/germeval2014 --format conll --version v2 \
		--source "GermEval 2014 NER (Benikova, Biemann & Reznicek 2014)" --licence "CC BY 4.0"
	$(BIN)/curate train $(MODEL_DATA)/datasets/v1 $(MODEL_DATA)/datasets/v2 $(wildcard datasets/v[0-9]*) \
		--output models/curate --set system.seed=0 --set training.max_steps=2000 \
		--set corpora.train.limit=4000 --set corpora.dev.limit=600

clean:
	-$(BIN)/curate server stop
	rm -rf $(VENV) .pytest_cache build *.egg-info
