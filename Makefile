# The two commands of the README: `make edition` and `make test`.
# Both set up what they need first (Debian packages when run as root, the venv,
# the Python packages) and skip what is already there.

VENV    := .venv
BIN     := $(VENV)/bin
PYTHON  ?= python3
DEBS    := fonts-noto-cjk libharfbuzz-subset0 poppler-utils chromium jing qpdf
# npm comes from Debian only where no other Node.js (e.g. NodeSource's, which bundles it) is there
NPM_DEB := $(if $(shell command -v npm),,npm)

.PHONY: edition test setup system-packages

edition: setup
	$(BIN)/teipress build editions/wuhai-daily -o build/wuhai-daily

test: setup
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/pytest

setup: system-packages $(VENV)/.installed node_modules/.installed

system-packages:
	@missing=$$(for p in $(DEBS) $(NPM_DEB); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Debian packages:" $$missing; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "note: missing Debian packages (install them as root; tests that need them are skipped):" $$missing; \
	fi

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $@

# Browser-side tools the tests load (Mirador for the IIIF manifests, axe-core for
# accessibility), pinned in package-lock.json; skipped with a note where npm is missing.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else \
		echo "note: npm is missing (Debian package npm); the Mirador and axe-core tests are skipped"; \
	fi
