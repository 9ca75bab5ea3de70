#!/bin/sh
# Builds the Debian package from BUILD_DIR (cpack -G DEB), checks it with lintian (no errors),
# unpacks it (dpkg-deb -x) and builds the consumer example against the unpacked tree.
# Usage: run.sh SOURCE_DIR BUILD_DIR WORK_DIR [CXX_COMPILER]
set -eu
source_dir=$1
build_dir=$2
work=$3
compiler=${4:-c++}
rm -rf "$work"
mkdir -p "$work"
fail() { echo "package: $*" >&2; exit 1; }

(cd "$build_dir" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(find "$work" -maxdepth 1 -name 'l10nc_*_amd64.deb' | head -1)
[ -n "$deb" ] || fail "no l10nc_<version>_amd64.deb in $work"

fields=$(dpkg-deb -f "$deb" Package Depends)
echo "$fields" | grep -q "^Package: l10nc$" || fail "package name: $fields"
echo "$fields" | grep -q "libicu72" || fail "Depends lacks what dpkg-shlibdeps finds: $fields"
contents=$(dpkg-deb -c "$deb")
for file in usr/bin/l10nc usr/lib/libl10n_runtime.a usr/lib/libl10n_runtime.so.0 \
  usr/include/l10n/l10n.h usr/lib/cmake/l10nc/l10ncConfig.cmake \
  usr/lib/pkgconfig/l10n-runtime.pc usr/share/man/man1/l10nc-compile.1.gz \
  usr/share/man/man1/l10nc.1.gz usr/share/doc/l10nc/copyright; do
  echo "$contents" | grep -q "\./$file\$\|\./$file " || fail "the package lacks $file"
done

# A man page for every subcommand --help lists (the list in Packaging.cmake kept in step).
subcommands=$("$build_dir/bin/l10nc" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$subcommands" ] || fail "l10nc --help lists no subcommands"
for command in $subcommands; do
  echo "$contents" | grep -q "usr/share/man/man1/l10nc-$command.1.gz" ||
    fail "no man page for 'l10nc $command' (add it to L10NC_SUBCOMMANDS)"
done

# lintian exits non-zero on errors; warnings are listed in the log.
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 ||
  { cat "$work/lintian.log"; fail "lintian reports errors"; }
grep -q "^E:" "$work/lintian.log" && { cat "$work/lintian.log"; fail "lintian reports errors"; }

dpkg-deb -x "$deb" "$work/root"
cmake -S "$source_dir/tests/consumer" -B "$work/consumer" -G Ninja \
  -DCMAKE_PREFIX_PATH="$work/root/usr" -DCMAKE_CXX_COMPILER="$compiler" \
  -DSSPI_SOURCE="$source_dir/locales/es-ES/sspi-status-codes.md" >"$work/consumer.log" 2>&1 &&
  cmake --build "$work/consumer" >>"$work/consumer.log" 2>&1 ||
  { cat "$work/consumer.log"; fail "the consumer does not build against the unpacked package"; }
es=$("$work/consumer/show_error" --locale es)
[ "$es" = "El certificado recibido ha expirado." ] || fail "--locale es printed: $es"
echo "package: ok ($(basename "$deb"), lintian: $(grep -c '^W:' "$work/lintian.log") warnings, 0 errors)"
