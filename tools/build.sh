#!/bin/sh
# Configures (once) and builds l10nc into build/.
set -eu
cd "$(dirname "$0")/.."
[ -f build/build.ninja ] || cmake -S . -B build -G Ninja "$@" >/dev/null
cmake --build build
