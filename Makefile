# bantin — the two commands a newcomer needs: `make site` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/bantin
DEBUG_BIN := .build/debug/bantin
TEST_SITE := .build/test-site

.PHONY: site serve test deps bench bench-serve clean

## Build the sample site (content/ + templates/) into site/.
site: deps
	$(SWIFT) build -c release --product bantin
	$(RELEASE_BIN) build
	@echo ""
	@echo "The site is in $(CURDIR)/site/ — to look at it while you edit:"
	@echo "  $(RELEASE_BIN) serve   and open http://127.0.0.1:8080/"

## Preview the sample site while you edit it (http://127.0.0.1:8080/, reloads on save).
serve: deps
	$(SWIFT) build -c release --product bantin
	$(RELEASE_BIN) serve

## Build, run the unit and fixture tests, then build the sample site and check it: links, the Nu HTML
## Checker, feedparser, headless Chromium at 375 and 1280 px (screenshots in .build/screenshots/).
## The checks install their tools on first run; OFFLINE=1 skips, with a message, those whose tools are missing.
test: deps
	scripts/install-check-tools.sh
	$(SWIFT) build
	$(SWIFT) test
	$(DEBUG_BIN) check
	$(DEBUG_BIN) build --output $(TEST_SITE)
	python3 scripts/check-site.py $(TEST_SITE)
	scripts/install-check-tools.sh
	python3 scripts/validate-site.py $(TEST_SITE)
	python3 scripts/browser-check.py $(TEST_SITE) .build/screenshots
	scripts/check-achievements.sh $(DEBUG_BIN) $(TEST_SITE)

## Compare build time and memory with Hugo on generated content (N=1000 and 10000).
bench: deps
	scripts/bench.sh

## Time bantin serve's rebuilds against hugo server on 10,000 generated articles.
bench-serve: deps
	$(SWIFT) build -c release --product bantin
	python3 scripts/bench-serve.py

## Install libcmark-dev with apt-get when pkg-config cannot find it.
deps:
	@scripts/install-deps.sh

clean:
	rm -rf .build site
