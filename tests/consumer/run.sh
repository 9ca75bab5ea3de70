#!/bin/sh
# Installs l10nc from BUILD into a prefix, builds the consumer project against it, and
# checks what it prints and that a second build runs no l10nc step.
# Usage: run.sh SOURCE_DIR BUILD_DIR WORK_DIR [CXX_COMPILER [INSTRUMENTATION_FLAGS]]
set -eu
source_dir=$1
build_dir=$2
work=$3
compiler=${4:-c++}
flags=${5:-}
rm -rf "$work"
mkdir -p "$work"
fail() { echo "consumer: $*" >&2; exit 1; }

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
cmake -S "$source_dir/tests/consumer" -B "$work/build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DSSPI_SOURCE="$source_dir/locales/es-ES/sspi-status-codes.md" \
  -DCMAKE_CXX_COMPILER="$compiler" \
  ${flags:+-DCMAKE_CXX_FLAGS=$flags -DCMAKE_EXE_LINKER_FLAGS=$flags} \
  >/dev/null
cmake --build "$work/build" >"$work/first-build.log" 2>&1 || { cat "$work/first-build.log"; fail "build failed"; }
grep -q "l10nc: es bundles" "$work/first-build.log" || fail "no per-language l10nc step ran"
grep -q "l10nc check: passed" "$work/first-build.log" || fail "l10nc check did not run in the build"

es=$("$work/build/show_error" --locale es)
[ "$es" = "El certificado recibido ha expirado." ] || fail "--locale es printed: $es"
sw=$("$work/build/show_error" --locale sw)
[ "$sw" = "The received certificate has expired." ] || fail "--locale sw printed: $sw"

cmake --build "$work/build" >"$work/second-build.log" 2>&1
grep -q "no work to do" "$work/second-build.log" || { cat "$work/second-build.log"; fail "second build was not a no-op"; }

cmake --install "$work/build" --prefix "$work/app" >/dev/null
installed=$("$work/app/bin/show_error" --locale es_MX)
[ "$installed" = "El certificado recibido ha expirado." ] || fail "installed program printed: $installed"
# pkg-config, from a C program, with the installed tree moved elsewhere: l10n-runtime.pc
# describes wherever it is.
mv "$work/prefix" "$work/moved-prefix"
cat >"$work/show.c" <<'EOF'
#include <l10n/l10n.h>
#include <stdio.h>
int main(int argc, char** argv) {
  l10n_catalog* catalog = NULL;
  if (argc < 3 || l10n_catalog_open(argv[1], &catalog) != L10N_OK) return 2;
  char text[256];
  l10n_format(catalog, argv[2], "SEC_E_CERT_EXPIRED", NULL, 0, text, sizeof text, NULL);
  puts(text);
  l10n_catalog_close(catalog);
  return 0;
}
EOF
pc_flags=$(PKG_CONFIG_PATH="$work/moved-prefix/lib/pkgconfig" pkg-config --cflags --libs l10n-runtime) ||
  fail "pkg-config does not find l10n-runtime in the moved prefix"
case "$compiler" in
  *clang++) c_compiler=${compiler%++} ;;
  *g++) c_compiler=${compiler%++}cc ;;
  *) c_compiler=cc ;;
esac
# The runtime is C++: under -fsanitize=undefined its objects call UBSan's C++ part (vptr
# checks), which clang's C driver links only when asked.
c_sanitizer_flags=
case "$flags" in
  *undefined*) c_sanitizer_flags=-fsanitize-link-c++-runtime ;;
esac
# shellcheck disable=SC2086
"$c_compiler" -o "$work/show_c" "$work/show.c" $pc_flags $flags $c_sanitizer_flags || fail "a C program does not build with pkg-config's flags"
from_c=$("$work/show_c" "$work/build/sspi-bundles" es)
[ "$from_c" = "El certificado recibido ha expirado." ] || fail "the C program printed: $from_c"
echo "consumer: ok"
