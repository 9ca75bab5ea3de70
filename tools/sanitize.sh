#!/bin/sh
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer
# included) into build-asan/ and runs the whole test suite that way.
# Usage: tools/sanitize.sh [address,undefined | thread]
set -eu
cd "$(dirname "$0")/.."
sanitizers="${1:-address,undefined}"
dir=build-asan
[ "$sanitizers" = thread ] && dir=build-tsan
tools/install-deps.sh
cmake -S . -B "$dir" -G Ninja -DL10NC_SANITIZE="$sanitizers" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  >/dev/null
cmake --build "$dir"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
