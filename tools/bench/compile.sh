#!/bin/bash
# Compile benchmark: l10nc compile (XLIFF 2.0 in, .res out) against ICU's genrb on the same
# catalog's .txt bundles and GNU msgfmt on the same catalog's .po files, at 10 k, 100 k and
# 1 M entries (English messages, each translated into three locales); and l10nc check against
# translate-toolkit's pofilter on the same catalog in XLIFF 1.2, up to --check-sizes entries
# (pofilter takes minutes per million). See README.md.
#
#   tools/bench/compile.sh [--small] [--sizes "10000 100000"] [--runs N] [--jobs N]
#                          [--check-up-to N] [--build DIR] [--work DIR] [--keep]
#
# --small: 2 000 entries, one run (what ctest runs: it checks the benchmark works, never a
# timing). Every tool runs --runs times (default 3) on the same files; the medians are reported.
# Times: wall (elapsed) and CPU (user + sys) seconds, as /usr/bin/time gives them; the machine
# may be shared, so CPU time is the steadier figure. Memory: peak resident set (max over runs).
# genrb gets its best case, keys in descending order (l10nc writes its .txt files so); genrb with
# the keys ascending (catalog order), which is quadratic, runs at 10 k entries only.
set -euo pipefail

sizes="10000 100000 1000000"
runs=3
jobs=""
build=""
work=""
keep=0
locales="es-ES,ja,ar"
check_up_to=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --small) sizes="2000"; runs=1 ;;
    --sizes) sizes="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --jobs) jobs="$2"; shift ;;
    --check-up-to) check_up_to="$2"; shift ;;
    --build) build="$2"; shift ;;
    --work) work="$2"; shift ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "compile.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${build:-$here/build}"
l10nc="$build/bin/l10nc"
gen="$build/bin/l10nc-gen-corpus"
for tool in "$l10nc" "$gen"; do
  [ -x "$tool" ] || { echo "compile.sh: $tool is missing: build first" >&2; exit 2; }
done
for tool in genrb msgfmt pofilter /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "compile.sh: $tool is missing" >&2; exit 2; }
done
if [ -z "$work" ]; then
  work="$(mktemp -d "${TMPDIR:-/tmp}/l10nc-bench.XXXXXX")"
  [ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
jobs_option=()
[ -n "$jobs" ] && jobs_option=(--jobs "$jobs")

bytes_of() { cat "$@" | wc -c; }

# Runs a command $runs times (after `prepare`, untimed); appends "wall cpu peak_kb" per run to
# the file $1.
measure() {
  local out="$1" prepare="$2"
  shift 2
  : >"$out"
  for _ in $(seq "$runs"); do
    eval "$prepare"
    /usr/bin/time -f "%e %U %S %M" -o "$out.time" "$@" >/dev/null 2>"$out.err" ||
      { echo "compile.sh: failed: $*" >&2; cat "$out.err" >&2; exit 1; }
    awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' "$out.time" >>"$out"
  done
}

# Median of column $2 of file $1.
median() { cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
peak_mb() { cut -d' ' -f3 "$1" | sort -g | tail -1 | awk '{ printf "%.1f", $1 / 1024 }'; }

# "tool  seconds wall  seconds cpu  MB/s  entries/s  peak MB  (input MB)" for one measurement.
report() {
  local label="$1" file="$2" input_bytes="$3" entries="$4"
  local wall cpu
  wall="$(median "$file" 1)"
  cpu="$(median "$file" 2)"
  awk -v label="$label" -v wall="$wall" -v cpu="$cpu" -v bytes="$input_bytes" \
      -v entries="$entries" -v peak="$(peak_mb "$file")" 'BEGIN {
    t = wall > 0 ? wall : 0.001
    printf "  %-26s %8.3f s wall %8.3f s cpu %8.1f MB/s %10.0f entries/s %8.1f MiB peak (%.1f MB in, %.2fx)\n",
           label, wall, cpu, bytes / 1e6 / t, entries / t, peak, bytes / 1e6, peak * 1048576 / bytes }'
}

# Ascending (catalog-order) keys: every run of one-line items of a genrb source, reversed.
ascending() {
  awk '/^ +"[^"]*" \{ ".*" \}$/ { item[++n] = $0; next }
       { for (i = n; i >= 1; --i) print item[i]; n = 0; print }' "$1"
}

# A .po file with the messages of a genrb source: msgid = key, msgstr = the translation (the
# quoted strings of both formats escape " and \ alike). A domain's messages (nested in
# l10nc:domains) count as well: gettext has one domain per .mo, which is as much work.
to_po() {
  printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
  sed -n 's/^ *\("[^"]*"\) { \(".*"\) }$/msgid \1\nmsgstr \2\n/p' "$1"
}

echo "l10nc compile benchmark: $(nproc) cores, $runs run(s) each, locales $locales, $("$l10nc" --version)"
echo "  l10nc compile: XLIFF 2.0 in, .res out (--no-txt)${jobs:+, --jobs $jobs}; genrb: the same bundles' .txt sources; msgfmt: one .po per locale"
previous_size=""
for size in $sizes; do
  dir="$work/$size"
  rm -rf "$dir"
  mkdir -p "$dir"
  "$gen" --entries "$size" --locales "$locales" --format xliff20 -o "$dir/xliff" >/dev/null
  xliff_bytes="$(find "$dir/xliff" -name '*.xlf' -exec cat {} + | wc -c)"

  measure "$dir/times.compile" "rm -rf '$dir/out'" "$l10nc" compile "$dir/xliff" -o "$dir/out" \
    --no-txt "${jobs_option[@]}"
  # The peers' inputs: the same bundles as genrb sources (untimed).
  "$l10nc" compile "$dir/xliff" -o "$dir/sources" "${jobs_option[@]}" >/dev/null
  rm -f "$dir"/sources/*.res
  txt=("$dir"/sources/*.txt)
  txt_bytes="$(bytes_of "${txt[@]}")"
  mkdir -p "$dir/genrb"
  measure "$dir/times.genrb" "rm -f '$dir'/genrb/*.res" genrb -q -d "$dir/genrb" "${txt[@]}"
  for file in "$dir"/genrb/*.res; do
    cmp -s "$file" "$dir/out/$(basename "$file")" ||
      { echo "compile.sh: $(basename "$file") differs from genrb's" >&2; exit 1; }
  done

  mkdir -p "$dir/po" "$dir/mo"
  for file in "${txt[@]}"; do
    name="$(basename "$file" .txt)"
    case "$name" in root|res_index) continue ;; esac
    to_po "$file" >"$dir/po/$name.po"
  done
  po=("$dir"/po/*.po)
  po_bytes="$(bytes_of "${po[@]}")"
  measure "$dir/times.msgfmt" "rm -f '$dir'/mo/*.mo" sh -c \
    'out="$1"; shift; for po in "$@"; do msgfmt -o "$out/$(basename "$po" .po).mo" "$po" || exit 1; done' \
    sh "$dir/mo" "${po[@]}"

  echo "$size entries ($((size * 3)) translations):"
  report "l10nc compile" "$dir/times.compile" "$xliff_bytes" "$size"
  report "genrb (descending keys)" "$dir/times.genrb" "$txt_bytes" "$size"
  report "msgfmt" "$dir/times.msgfmt" "$po_bytes" "$size"
  if [ "$size" -le 10000 ]; then
    mkdir -p "$dir/ascending" "$dir/genrb-ascending"
    for file in "${txt[@]}"; do ascending "$file" >"$dir/ascending/$(basename "$file")"; done
    measure "$dir/times.genrb-ascending" "rm -f '$dir'/genrb-ascending/*.res" \
      genrb -q -d "$dir/genrb-ascending" "$dir"/ascending/*.txt
    report "genrb (ascending keys)" "$dir/times.genrb-ascending" "$txt_bytes" "$size"
  fi
  if [ -n "$previous_size" ]; then
    for tool in compile genrb msgfmt; do
      awk -v tool="$tool" -v a="$(median "$work/$previous_size/times.$tool" 1)" \
          -v b="$(median "$dir/times.$tool" 1)" -v ac="$(median "$work/$previous_size/times.$tool" 2)" \
          -v bc="$(median "$dir/times.$tool" 2)" -v n0="$previous_size" -v n1="$size" 'BEGIN {
        k = log(n1 / n0)
        printf "  growth exponent %s %s -> %s: %.2f (wall), %.2f (cpu)\n", tool, n0, n1,
               ((a > 0 && b > 0) ? log(b / a) / k : 0), ((ac > 0 && bc > 0) ? log(bc / ac) / k : 0) }'
    done
  fi
  if [ "$size" -le "$check_up_to" ]; then
    # check exits 1 when it finds something; pofilter writes the failing units to a directory.
    "$gen" --entries "$size" --locales "$locales" --format xliff12 -o "$dir/xliff12" >/dev/null
    xliff12_bytes="$(find "$dir/xliff12" -name '*.xlf' -exec cat {} + | wc -c)"
    measure "$dir/times.check" "" sh -c '"$@" >/dev/null; [ $? -le 1 ]' sh \
      "$l10nc" check "$dir/xliff12"
    measure "$dir/times.pofilter" "rm -rf '$dir/pofilter'" \
      pofilter --progress=none -i "$dir/xliff12" -o "$dir/pofilter"
    report "l10nc check (XLIFF 1.2)" "$dir/times.check" "$xliff12_bytes" "$size"
    report "pofilter (XLIFF 1.2)" "$dir/times.pofilter" "$xliff12_bytes" "$size"
  fi
  # The issue's goals, as ratios of CPU time measured above: compile <= 0.25x genrb and
  # <= 0.5x msgfmt, >= 100 MB of XLIFF per CPU second; check <= 0.1x pofilter's time and
  # <= 0.5x its memory.
  awk -v size="$size" -v cc="$(median "$dir/times.compile" 2)" -v gc="$(median "$dir/times.genrb" 2)" \
      -v mc="$(median "$dir/times.msgfmt" 2)" -v bytes="$xliff_bytes" \
      -v kc="$([ -f "$dir/times.check" ] && median "$dir/times.check" 2 || echo 0)" \
      -v pc="$([ -f "$dir/times.pofilter" ] && median "$dir/times.pofilter" 2 || echo 0)" \
      -v km="$([ -f "$dir/times.check" ] && peak_mb "$dir/times.check" || echo 0)" \
      -v pm="$([ -f "$dir/times.pofilter" ] && peak_mb "$dir/times.pofilter" || echo 0)" 'BEGIN {
    g = gc > 0 ? cc / gc : 0; m = mc > 0 ? cc / mc : 0; r = cc > 0 ? bytes / 1e6 / cc : 0
    printf "  goals at %s (cpu): compile_vs_genrb=%.3f (<= 0.25: %s) compile_vs_msgfmt=%.3f (<= 0.5: %s) mb_per_cpu_s=%.1f (>= 100: %s)",
           size, g, (g <= 0.25 ? "met" : "not met"), m, (m <= 0.5 ? "met" : "not met"), r, (r >= 100 ? "met" : "not met")
    if (pc > 0)
      printf " check_vs_pofilter=%.3f (<= 0.1: %s) check_memory_vs_pofilter=%.3f (<= 0.5: %s)",
             kc / pc, (kc / pc <= 0.1 ? "met" : "not met"), km / pm, (km / pm <= 0.5 ? "met" : "not met")
    printf "\n" }'
  previous_size="$size"
  last="$dir"
  last_xliff_bytes="$xliff_bytes"
done

awk -v c="$(median "$last/times.compile" 1)" -v g="$(median "$last/times.genrb" 1)" \
    -v m="$(median "$last/times.msgfmt" 1)" -v cc="$(median "$last/times.compile" 2)" \
    -v gc="$(median "$last/times.genrb" 2)" -v mc="$(median "$last/times.msgfmt" 2)" \
    -v bytes="$last_xliff_bytes" 'BEGIN {
  printf "cpu: compile_vs_genrb=%.3f compile_vs_msgfmt=%.3f mb_per_s=%.1f\n",
         (gc > 0 ? cc / gc : 0), (mc > 0 ? cc / mc : 0), (cc > 0 ? bytes / 1e6 / cc : 0)
  printf "summary: compile_vs_genrb=%.3f compile_vs_msgfmt=%.3f mb_per_s=%.1f\n",
         (g > 0 ? c / g : 0), (m > 0 ? c / m : 0), (c > 0 ? bytes / 1e6 / c : 0) }'
