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
# LOCALES es_ES also writes es.res (Spain is Spanish's likely region): the step declares it,
# so the build knows the file's rule and a target can depend on it.
ninja -C "$work/build" -t query sspi-bundles/es.res 2>&1 | grep -q "input: CUSTOM_COMMAND" ||
  { ninja -C "$work/build" -t query sspi-bundles/es.res; fail "es.res is no declared output"; }

cmake --install "$work/build" --prefix "$work/app" >/dev/null
installed=$("$work/app/bin/show_error" --locale es_MX)
[ "$installed" = "El certificado recibido ha expirado." ] || fail "installed program printed: $installed"
# pkg-config, from a C program, with the installed tree moved elsewhere: l10n-runtime.pc
# describes wherever it is.
mv "$work/prefix" "$work/moved-prefix"
# Under sanitizers (flags given) the C and pkg-config consumers are left to the plain build:
# a C program linking an instrumented C++ library needs the sanitizers' C++ runtimes, which is
# about the instrumentation, not about what an installed l10nc offers.
if [ -z "$flags" ]; then
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
from_c=$(LD_LIBRARY_PATH="$work/moved-prefix/lib" "$work/show_c" "$work/build/sspi-bundles" es)
[ "$from_c" = "El certificado recibido ha expirado." ] || fail "the C program printed: $from_c"
ldd "$work/show_c" | grep -q "libl10n_runtime.so" || fail "pkg-config's flags did not link the shared runtime"
# The same from C++ (pkg-config cannot say which C++ standard: catalog.h needs -std=c++20).
cat >"$work/show.cc" <<'EOF'
#include <l10n/catalog.h>
#include <iostream>
int main(int argc, char** argv) {
  if (argc < 3) return 2;
  const l10n::Catalog catalog(argv[1]);
  std::cout << catalog.format(argv[2], "SEC_E_CERT_EXPIRED").text << '\n';
  return catalog.ok() ? 0 : 1;
}
EOF
# shellcheck disable=SC2086
"$compiler" -std=c++20 -o "$work/show_cc" "$work/show.cc" $pc_flags $flags ||
  fail "a C++ program does not build with pkg-config's flags"
from_cc=$(LD_LIBRARY_PATH="$work/moved-prefix/lib" "$work/show_cc" "$work/build/sspi-bundles" es)
[ "$from_cc" = "El certificado recibido ha expirado." ] || fail "the C++ program printed: $from_cc"
pc_static=$(PKG_CONFIG_PATH="$work/moved-prefix/lib/pkgconfig" pkg-config --static --libs l10n-runtime)
# shellcheck disable=SC2086
"$c_compiler" -o "$work/show_c_static" "$work/show.c" $(PKG_CONFIG_PATH="$work/moved-prefix/lib/pkgconfig" pkg-config --cflags l10n-runtime) \
  "$work/moved-prefix/lib/libl10n_runtime.a" $pc_static $flags $c_sanitizer_flags ||
  fail "a C program does not link the static runtime with pkg-config --static's flags"
from_static=$("$work/show_c_static" "$work/build/sspi-bundles" es)
[ "$from_static" = "El certificado recibido ha expirado." ] || fail "the static C program printed: $from_static"

# A C-only CMake project (project(x C)) linking l10nc::runtime, the static library, and
# l10nc::runtime_shared: both build with the C compiler and print the Spanish message.
mkdir -p "$work/c-project"
cp "$work/show.c" "$work/c-project/show.c"
cat >"$work/c-project/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.25)
project(show_c LANGUAGES C)
find_package(l10nc 0.1 REQUIRED)
add_executable(show_static show.c)
target_link_libraries(show_static PRIVATE l10nc::runtime)
add_executable(show_shared show.c)
target_link_libraries(show_shared PRIVATE l10nc::runtime_shared)
EOF
c_flags="$flags${c_sanitizer_flags:+ $c_sanitizer_flags}"
cmake -S "$work/c-project" -B "$work/c-build" -G Ninja -DCMAKE_PREFIX_PATH="$work/moved-prefix" \
  -DCMAKE_C_COMPILER="$c_compiler" \
  ${flags:+"-DCMAKE_C_FLAGS=$flags" "-DCMAKE_EXE_LINKER_FLAGS=$c_flags"} >"$work/c-build.log" 2>&1 &&
  cmake --build "$work/c-build" >>"$work/c-build.log" 2>&1 ||
  { cat "$work/c-build.log"; fail "a C-only CMake project does not build against l10nc::runtime"; }
for program in show_static show_shared; do
  from_cmake=$("$work/c-build/$program" "$work/build/sspi-bundles" es)
  [ "$from_cmake" = "El certificado recibido ha expirado." ] || fail "$program printed: $from_cmake"
done
fi

# l10nc_add_bundles per language: LOCALES fr de over Symfony files (messages: en, fr, pl;
# security: de, fr, whose English only they have). Touching messages.fr re-runs the French
# step alone; pl, not listed, is reported; a listed locale without sources fails to configure.
locales_project="$work/locales-project"
mkdir -p "$locales_project/translations"
cp "$source_dir"/tests/data/symfony/translations/*.xlf "$locales_project/translations/"
cat >"$locales_project/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.25)
project(locales_app LANGUAGES NONE)
find_package(l10nc 0.1 REQUIRED)
set(APP_LOCALES fr de CACHE STRING "")
file(GLOB sources "${CMAKE_CURRENT_SOURCE_DIR}/translations/*.xlf")
add_custom_target(app ALL)
l10nc_add_bundles(app SOURCES ${sources} OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/bundles"
                  LOCALES ${APP_LOCALES})
EOF
cmake -S "$locales_project" -B "$work/locales-build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$work/moved-prefix" >"$work/locales-configure.log" 2>&1 ||
  { cat "$work/locales-configure.log"; fail "the LOCALES project does not configure"; }
grep -q "translate into 'pl', which LOCALES does" "$work/locales-configure.log" ||
  { cat "$work/locales-configure.log"; fail "pl, translated but not listed, was not reported"; }
cmake --build "$work/locales-build" >"$work/locales-first.log" 2>&1 ||
  { cat "$work/locales-first.log"; fail "the LOCALES project does not build"; }
[ "$(grep -c '\] l10nc: ' "$work/locales-first.log")" = 3 ] ||
  { cat "$work/locales-first.log"; fail "the first build did not run root, fr and de steps"; }
# Each step read only some sources, yet wrote what compiling them all writes.
LD_LIBRARY_PATH="$work/moved-prefix/lib" "$work/moved-prefix/bin/l10nc" compile \
  "$locales_project/translations" -o "$work/locales-full" >/dev/null || fail "full compile failed"
for bundle in root fr de; do
  cmp -s "$work/locales-build/bundles/$bundle.res" "$work/locales-full/$bundle.res" ||
    fail "$bundle.res of its step differs from a compile of every source"
done
sleep 1
touch "$locales_project/translations/messages+intl-icu.fr.xlf"
cmake --build "$work/locales-build" >"$work/locales-touched.log" 2>&1
steps=$(grep '\] l10nc: ' "$work/locales-touched.log" | sed 's/.*l10nc: //')
[ "$steps" = "fr bundles for app" ] ||
  { cat "$work/locales-touched.log"; fail "touching the French source ran: $steps"; }
cmake --build "$work/locales-build" >"$work/locales-again.log" 2>&1
grep -q "no work to do" "$work/locales-again.log" ||
  { cat "$work/locales-again.log"; fail "a build with nothing changed ran a step"; }
french=$(LD_LIBRARY_PATH="$work/moved-prefix/lib" "$work/moved-prefix/bin/l10nc" show welcome \
  --domain messages --locale fr_CA --bundles "$work/locales-build/bundles" -a name=Ana 2>&1) ||
  fail "l10nc show failed: $french"
echo "$french" | grep -q "Ana" || fail "the French bundle shows: $french"
if cmake -S "$locales_project" -B "$work/locales-build-it" -G Ninja -DAPP_LOCALES="fr;it" \
  -DCMAKE_PREFIX_PATH="$work/moved-prefix" >"$work/locales-it.log" 2>&1; then
  fail "LOCALES naming 'it', which no source translates, configured"
fi
grep -q "LOCALES of app names 'it', but no source" "$work/locales-it.log" ||
  { cat "$work/locales-it.log"; fail "no clear message for a locale without sources"; }
echo "consumer: ok"
