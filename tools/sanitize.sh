#!/bin/sh
# Builds everything with clang, AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer
# included) and the libFuzzer targets into build-asan/, and runs the whole test suite that
# way; tools/fuzz.sh can then reuse the build (L10NC_FUZZ_BUILD=build-asan).
# Usage: tools/sanitize.sh [address,undefined | thread]
set -eu
cd "$(dirname "$0")/.."
sanitizers="${1:-address,undefined}"
dir=build-asan
[ "$sanitizers" = thread ] && dir=build-tsan
tools/install-deps.sh
fuzz=ON
[ "$sanitizers" = thread ] && fuzz=OFF
cmake -S . -B "$dir" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DL10NC_SANITIZE="$sanitizers" -DL10NC_FUZZ=$fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$dir"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
