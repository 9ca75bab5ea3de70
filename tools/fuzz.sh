#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ (or $L10NC_FUZZ_BUILD) and runs each for
# SECONDS (default 20), starting from the corpus in tests/data, locales/ and the kept crashers.
# Usage: tools/fuzz.sh [SECONDS] [TARGET...]
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-20}"
[ $# -gt 0 ] && shift
build=${L10NC_FUZZ_BUILD:-build-fuzz}
[ -f "$build/build.ninja" ] ||
  cmake -S . -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DL10NC_FUZZ=ON -DL10NC_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build"
targets="$*"
[ -n "$targets" ] || targets=$(cd "$build"/bin && ls fuzz_* )
corpus=tests/data/corpus
for target in $targets; do
  work=$(mktemp -d)
  seeds="tests/fuzz/regressions/$target"
  case "$target" in
    fuzz_docfx_reader) seeds="$seeds locales/es-ES $corpus/docfx" ;;
    fuzz_xliff12_reader) seeds="$seeds $corpus/xliff/1.2" ;;
    fuzz_xliff20_reader) seeds="$seeds $corpus/xliff/2.0" ;;
  esac
  existing=""
  for dir in $seeds; do [ -d "$dir" ] && existing="$existing $dir"; done
  echo "fuzz: $target for ${seconds}s" >&2
  # Crashes are written to the build's crashes/; keep them under tests/fuzz/regressions/.
  mkdir -p "$build"/crashes
  # shellcheck disable=SC2086
  "$build"/bin/"$target" "$work" $existing -max_total_time="$seconds" -max_len=8192 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$build"/crashes/"$target"- \
    -print_final_stats=1 2>&1 | grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY)' || true
  rm -rf "$work"
  if ls "$build"/crashes/"$target"-* >/dev/null 2>&1; then
    echo "fuzz: $target found a crash: $build/crashes/" >&2
    exit 1
  fi
done
