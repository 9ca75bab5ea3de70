#!/bin/sh
# The main job on a fresh machine: install what is missing, build, compile locales/ and show
# one error dialog in Spanish, German and Japanese, and one the Japanese translation lacks
# falling back to English.
set -eu
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh l10nc  # the command alone: no tests, benchmarks or fuzzers
build/bin/l10nc compile locales -o out
build/bin/l10nc show SEC_E_CERT_EXPIRED --locale es_MX --bundles out
build/bin/l10nc show SEC_E_CERT_EXPIRED --locale de --bundles out
build/bin/l10nc show SEC_E_CERT_EXPIRED --locale ja --bundles out
build/bin/l10nc show SEC_E_TIME_SKEW --locale ja --bundles out
