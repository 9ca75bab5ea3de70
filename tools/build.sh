#!/bin/sh
# Configures (once) and builds l10nc into build/: the given targets (e.g. `l10nc`), or all.
# Usage: tools/build.sh [TARGET...]
set -eu
cd "$(dirname "$0")/.."
[ -f build/build.ninja ] || cmake -S . -B build -G Ninja >/dev/null
if [ $# -eq 0 ]; then
  cmake --build build
else
  cmake --build build --target "$@"
fi
