#!/usr/bin/env bash
# Runs every cargo-fuzz target of caci-core (caci-core/fuzz) for N seconds each.
#
#   scripts/fuzz.sh            # each target 60 s
#   scripts/fuzz.sh 600        # each target 10 min
#   scripts/fuzz.sh 60 find    # one target
#
# cargo-fuzz needs nightly-only compiler flags (-Z sanitizer options, sancov passes);
# this project's machines have one stable toolchain, so the flags are unlocked with
# RUSTC_BOOTSTRAP=1 instead of a nightly download. cargo-fuzz is installed from
# crates.io when missing.
#
# The committed corpus (caci-core/fuzz/corpus/<target>) is read as seeds and left as it
# is: new inputs go to a scratch directory. FUZZ_UPDATE_CORPUS=1 merges what the run
# found back into the committed corpus, minimised (libFuzzer -merge=1). A crash stops the
# script with a non-zero status; the input is in caci-core/fuzz/artifacts/<target>/ and
# the message says how to replay and minimise it.
#
# Environment: FUZZ_SANITIZER (default none; the only unsafe code is the SIMD matcher stages, so
# run `address` now and then; without it a run makes about twice the executions),
# FUZZ_JOBS (parallel fuzzing jobs per target, default 1), FUZZ_UPDATE_CORPUS.
set -euo pipefail

seconds="${1:-${FUZZ_SECONDS:-60}}"
shift || true
cd "$(dirname "$0")/../caci-core/fuzz"

export RUSTC_BOOTSTRAP=1
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo fuzz list)
fi
sanitizer="${FUZZ_SANITIZER:-none}"
jobs="${FUZZ_JOBS:-1}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

for t in "${targets[@]}"; do
  echo "== fuzz $t for ${seconds}s (sanitizer: $sanitizer)"
  mkdir -p "corpus/$t" "$scratch/$t"
  # New inputs go to the scratch directory (the first one); corpus/$t is only read.
  if ! cargo fuzz run --sanitizer "$sanitizer" --jobs "$jobs" "$t" "$scratch/$t" "corpus/$t" -- \
    -max_total_time="$seconds" -timeout=10 -max_len=4096 -rss_limit_mb=4096 -print_final_stats=1; then
    echo "fuzz target $t failed: see caci-core/fuzz/artifacts/$t/" >&2
    echo "replay:   (cd caci-core/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -s $sanitizer $t artifacts/$t/<file>)" >&2
    echo "minimise: (cd caci-core/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz tmin -s $sanitizer $t artifacts/$t/<file>)" >&2
    exit 1
  fi
  if [ "${FUZZ_UPDATE_CORPUS:-0}" = 1 ]; then
    echo "== merge new inputs of $t into corpus/$t"
    merged="$scratch/$t.merged"
    mkdir -p "$merged"
    cargo fuzz run --sanitizer "$sanitizer" "$t" "$merged" "corpus/$t" "$scratch/$t" -- \
      -merge=1 -use_counters=0 -use_value_profile=0 -max_len=4096
    rm -f "corpus/$t"/*
    cp "$merged"/* "corpus/$t"/
    echo "corpus/$t: $(ls "corpus/$t" | wc -l) files"
  fi
done
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no crash"
