#!/bin/sh
# Installs the Debian packages l10nc builds and tests with (only those missing).
set -eu
packages="cmake ninja-build g++ pkg-config libicu-dev icu-devtools libpugixml-dev libcli11-dev
  libgtest-dev libgmock-dev nlohmann-json3-dev libxxhash-dev libmimalloc-dev libbenchmark-dev
  gettext time clang libclang-rt-14-dev chromium translate-toolkit help2man lintian dpkg-dev
  python3-jsonschema libxml2-utils"
missing=""
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
    missing="$missing $package"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing$missing" >&2
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
