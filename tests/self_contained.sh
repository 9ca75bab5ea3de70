#!/bin/sh
# Fails when a file of the repository (test data aside) names a path outside it: a clone has
# nothing beside it (no shared corpus in the parent directory, no checkout of ours), so the
# tests must not either.
# Usage: self_contained.sh SOURCE_DIR
set -eu
cd "$1"
if command -v git >/dev/null && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files)
else
  files=$(find . -type f -not -path './build*' -not -path './.git/*')
fi
# A literal path as a test's fake input (document_codec_test's "/work/fr/page.xlf") is data,
# not a read: only paths that reach outside through the tree or into our machines' layout.
# The names are put together here so that this file does not hold them itself.
sibling="shar""ed"
found=$(printf '%s\n' "$files" | grep -v -e '^tests/data/' -e '^\./tests/data/' -e '^locales/' \
  -e 'self_contained.sh$' | xargs grep -n -e "\.\./$sibling" -e "/work/main" \
  -e "/work/$sibling" 2>/dev/null || true)
if [ -n "$found" ]; then
  echo "self_contained: these name paths outside the repository:" >&2
  echo "$found" >&2
  exit 1
fi
echo "self_contained: ok"
