#!/usr/bin/env bash
# Every test of the project, from a fresh clone: Rust formatting, lints and tests, then
# the Python package (built into .venv by pip from pyproject.toml) and its tests.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo deny (licenses, bans, sources; see deny.toml)"
# Installed from crates.io where missing (a one-off 15-20 min build on 2 cores). The
# advisories check needs GitHub, which these machines cannot reach (deny.toml says why).
command -v cargo-deny >/dev/null 2>&1 || cargo install --locked cargo-deny
cargo deny --offline check bans licenses sources
echo "== cargo test"
cargo test --workspace
echo "== cargo test on the portable (non-SIMD) matcher path"
CACI_FORCE_PORTABLE=1 cargo test -p caci-core
echo "== fuzz (each target ${FUZZ_SECONDS:-60} s)"
bash scripts/fuzz.sh "${FUZZ_SECONDS:-60}"

# The report tests click through a page in headless Chromium (Debian's chromium and
# chromium-driver, driven by selenium); install them where we can (root with apt-get),
# otherwise those tests skip.
if ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "== apt-get install chromium chromium-driver"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
    || echo "chromium could not be installed: the report tests in the browser will skip"
fi

if [ -f pyproject.toml ]; then
  echo "== python: install into .venv"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[dev,notebooks,spark]'
  echo "== ruff"
  .venv/bin/python -m ruff check .
  .venv/bin/python -m ruff format --check .
  echo "== pytest"
  .venv/bin/python -m pytest -q
fi
