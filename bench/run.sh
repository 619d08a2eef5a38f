#!/usr/bin/env bash
# Benchmark (issues #8 and #25): synthetic phrasebooks of N terms x 3 languages (bench/generate.py),
# and per size, in one run on the same machine:
#   - cold builds, interleaved so that machine noise hits both: Phrasebook (a new process, no
#     previous output, no build cache), Hugo on the same pages (bench/hugo_site.py, no public/,
#     resources/ or cache dir), and the copy floor (`cp -r` of Phrasebook's output); `sync` before each;
#   - search: index sizes, search quality, C# index build against lunr.js (byte-identical);
#   - Phrasebook again with its previous output and cache present: nothing changed, then one
#     term's summary edited (a new text each run, checked in the written page);
#   - `check` in a new process with the cache present (one term edited since), and with nothing
#     restored (no cache, no output);
#   - the preview's saved edit to the term page's reload (bench/preview_latency.py);
# then a summary table, one line per size, and how cost grows per 1,000 terms. Every figure is the
# median of `runs` runs (the machine is shared and noisy); a failing command stops the script.
#
#   bench/run.sh                      # 1,000 and 10,000 terms, 3 runs each
#   bench/run.sh 1000,10000,30000 3   # sizes (comma-separated) and runs
#   bench/run.sh --summary            # the last run's summary again
#
# Needs: dotnet, python3, hugo (apt-get install hugo), node + tests/lunr-node (npm ci there), GNU time.
# BENCH_DIR (default /tmp/phrasebook-bench) holds the generated sites; PREVIEW_EDITS (default 20).
set -Eeuo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/phrasebook-bench}
preview_edits=${PREVIEW_EDITS:-20}
cache_in_site=.phrasebook/cache  # Phrasebook's build cache, relative to the site root
output_in_site=output            # OutputPath in the generated statiq.json
summary="$work/summary.tsv"      # one line per size, for the summary at the end (and --summary)

fail() { echo "bench/run.sh: FAILED: $*" >&2; exit 1; }
trap 'echo "bench/run.sh: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR

# measure NAME COMMAND...: runs COMMAND once under /usr/bin/time and appends "wall_s cpu_s peak_MB"
# to $work/m-NAME. A command that fails stops the benchmark, with the end of its output.
measure() {
  local name=$1 rc=0
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/run.log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    tail -25 "$work/run.log" >&2
    fail "$name (exit $rc): $*"
  fi
  tail -1 "$work/time" | awk '{printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' >> "$work/m-$name"
}
# med NAME COLUMN (1 wall, 2 CPU, 3 peak): the median of the runs; last NAME COLUMN: the latest run.
med() { awk -v c="$2" '{print $c}' "$work/m-$1" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
last() { tail -1 "$work/m-$1" | awk -v c="$2" '{print $c}'; }
span() { awk '{print $1}' "$work/m-$1" | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%s-%s", lo, hi}'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN {if (b == 0) print "inf"; else printf "%.6f\n", a / b}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }  # other work on the machine slows every figure down
kb() { echo "$1" | awk '{printf "%.0f", $1/1024}'; }
# verdict VALUE OP LIMIT: "ok" or "MISS" (OP is <= or <).
verdict() { awk -v v="$1" -v o="$2" -v l="$3" 'BEGIN {print ((o == "<" ? v < l : v <= l) ? "ok" : "MISS")}'; }
# at10k VALUE OP LIMIT: " [ok]" or " [MISS]" in the 10,000-term run (where the issue sets the targets).
at10k() { if [ "$n" = 10000 ]; then echo " [$(verdict "$@")]"; fi; }
# edit_term FILE STAMP: the term file's first summary line gets a new text with STAMP in it.
edit_term() {
  local term=$1 stamp=$2
  awk -v text="Benchmark edit $stamp, a short summary that changes." \
    'prev == "summary:" && /^  [a-z][a-z]: / {sub(/: .*/, ": \"" text "\"")} {print; prev = $0}' "$term" > "$work/term.yml"
  grep -q "$stamp" "$work/term.yml" || fail "could not edit the summary of $term"
  cat "$work/term.yml" > "$term"
}

# The summary of the sizes in $work/summary.tsv (one line per size, written as each size ends).
print_summary() {
  echo
  echo "== summary ($(cat "$summary.head"); wall s / peak MB)"
  printf '%6s %7s %7s | %-18s %7s | %6s %5s | %5s %5s | %-10s %-10s %-10s %-10s | %s\n' \
    terms pages files "cold wall/CPU/peak" files/s hugo_s P/H copy_s P/cp no-change one-edit check "check0" "preview med/p95 ms"
  while read -r n pages files wall cpu peak hwall _ ratio floor sw sp ew ep cw ck c0w c0p pm pp _; do
    printf '%6d %7d %7d | %5.1f/%5.1f/%5.0f %7.0f | %6.1f %5.2f | %5.1f %5.1f | %5.1f/%4.0f %5.1f/%4.0f %5.1f/%4.0f %5.1f/%4.0f | %s/%s\n' \
      "$n" "$pages" "$files" "$wall" "$cpu" "$peak" "$(div "$files" "$wall")" "$hwall" "$ratio" "$floor" "$(div "$wall" "$floor")" \
      "$sw" "$sp" "$ew" "$ep" "$cw" "$ck" "$c0w" "$c0p" "$pm" "$pp"
  done < "$summary"
  echo "(check = cache present, one term edited; check0 = no cache, no output; P/cp = cold build / copy floor)"
  echo "how cost grows, per 1,000 terms (x = growth from the previous size):"
  printf '%6s | %9s %9s %10s | %9s %10s | %7s %7s %7s %7s %7s\n' terms cold_s/1k cpu_s/1k peak_MB/1k hugo_s/1k hugoMB/1k x_terms x_wall x_cpu x_peak x_hugo
  prev=""
  while read -r n _ _ wall cpu peak hwall hpeak _; do
    growth="- - - - -"
    [ -n "$prev" ] && growth=$(echo "$prev" | awk -v n="$n" -v w="$wall" -v c="$cpu" -v p="$peak" -v h="$hwall" '{printf "%.1f %.1f %.1f %.1f %.1f", n/$1, w/$2, c/$3, p/$4, h/$5}')
    read -r xn xw xc xp xh <<< "$growth"
    k=$(div "$n" 1000)
    printf '%6d | %9.2f %9.2f %10.0f | %9.2f %10.0f | %7s %7s %7s %7s %7s\n' "$n" "$(div "$wall" "$k")" "$(div "$cpu" "$k")" "$(div "$peak" "$k")" \
      "$(div "$hwall" "$k")" "$(div "$hpeak" "$k")" "$xn" "$xw" "$xc" "$xp" "$xh"
    prev="$n $wall $cpu $peak $hwall"
  done < "$summary"
  echo "targets (issue #25):"
  while read -r n _ _ _ _ peak _ _ ratio _ sw _ ew _ cw ck _ _ pm _ peak_all; do
    case "$n" in
      10000) echo "  10,000: cold/Hugo $(verdict "$ratio" '<=' 0.6), cold peak $(verdict "$peak" '<=' 1024), no change $(verdict "$sw" '<=' 2)," \
        "one edit $(verdict "$ew" '<=' 3), check $(verdict "$cw" '<=' 5)/$(verdict "$ck" '<=' 1024), preview $( [ "$pm" = - ] && echo - || verdict "$pm" '<=' 150)" ;;
      30000) echo "  30,000: cold build peak < 3 GB $(verdict "$peak" '<' 3072) ($peak MB); every command's peak < 3 GB $(verdict "$peak_all" '<' 3072) ($peak_all MB)" ;;
    esac
  done < "$summary"
  echo "  (at 10,000: cold <= 0.6x Hugo and <= 1024 MB, no change <= 2 s, one edit <= 3 s, check <= 5 s and <= 1024 MB,"
  echo "   preview <= 150 ms median; at 30,000: peak < 3 GB. Sizes other than these are reported, not judged.)"
  echo "load average now: $(load) (1, 5, 15 min; the machine has $(nproc) cores)"
}

if [ "${1:-}" = --summary ]; then
  [ -s "$summary" ] || { echo "bench/run.sh: no summary in $summary: run the benchmark first" >&2; exit 2; }
  print_summary
  exit 0
fi
sizes=${1:-1000,10000}
runs=${2:-3}
[[ $sizes =~ ^[0-9]+(,[0-9]+)*$ && $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/run.sh [sizes, e.g. 1000,10000] [runs] | --summary" >&2; exit 2; }
for tool in hugo node python3 dotnet; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is missing (hugo: apt-get install -y hugo)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "bench/run.sh: /usr/bin/time is missing: apt-get install -y time" >&2; exit 2; }
mkdir -p "$work"
[ -d tests/lunr-node/node_modules ] || (cd tests/lunr-node && npm ci --silent --no-audit --no-fund)
# The command users run: ./phrasebook builds it once (Release, ReadyToRun for this machine) into .phrasebook/bin.
./phrasebook --version >/dev/null
dotnet build bench/Phrasebook.Bench -c Release -v quiet -nologo >/dev/null
cli=.phrasebook/bin/Phrasebook.Cli.dll
bench=bench/Phrasebook.Bench/bin/Release/net10.0/Phrasebook.Bench.dll
echo "$runs run(s) per figure, medians; $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average at the start $(load)" > "$summary.head"
: > "$summary"

IFS=, read -ra size_list <<< "$sizes"
for n in "${size_list[@]}"; do
  site="$work/site-$n" hugo_site="$work/hugo-$n" copy="$work/copy-$n" hugo_cache="$work/hugo-cache-$n"
  out="$site/$output_in_site" cache="$site/$cache_in_site"
  rm -rf "$work"/m-* "$site" "$hugo_site" "$copy" "$hugo_cache" "$work/aside"
  measure generate python3 bench/generate.py "$site" --terms "$n" --seed 42 --hugo "$hugo_site" --queries "$work/queries-$n.tsv"
  echo "== $n terms x 3 languages (generated with the Hugo twin in $(last generate 1) s wall, $(last generate 2) s CPU; load average $(load))"

  echo "cold builds, interleaved; P = Phrasebook, H = Hugo, C = cp -r of P's output (the copy floor):"
  for i in $(seq "$runs"); do
    rm -rf "$out" "$cache" && sync
    measure cold dotnet "$cli" build --root "$site"
    rm -rf "$hugo_site/public" "$hugo_site/resources" "$hugo_cache" && sync
    measure hugo hugo --quiet --source "$hugo_site" --cacheDir "$hugo_cache"
    rm -rf "$copy" && sync
    measure copy cp -r "$out" "$copy"
    echo "  run $i: P $(last cold 1) s, $(last cold 3) MB   H $(last hugo 1) s, $(last hugo 3) MB   C $(last copy 1) s"
  done
  rm -rf "$copy"
  pages=$(find "$out" -name '*.html' | wc -l) files=$(find "$out" -type f | wc -l) out_mb=$(du -sm "$out" | cut -f1)
  hpages=$(find "$hugo_site/public" -name '*.html' | wc -l) hfiles=$(find "$hugo_site/public" -type f | wc -l)
  wall=$(med cold 1) hwall=$(med hugo 1) floor=$(med copy 1) peak=$(med cold 3)
  ratio=$(div "$wall" "$hwall")
  printf '%-10s %8s %13s %7s %8s %7s %7s %8s %7s\n' builder wall_s range_s cpu_s peak_MB pages files files/s out_MB
  printf '%-10s %8.2f %13s %7.2f %8.0f %7d %7d %8.0f %7d\n' phrasebook "$wall" "$(span cold)" "$(med cold 2)" "$peak" "$pages" "$files" "$(div "$files" "$wall")" "$out_mb"
  printf '%-10s %8.2f %13s %7.2f %8.0f %7d %7d %8.0f %7d\n' hugo "$hwall" "$(span hugo)" "$(med hugo 2)" "$(med hugo 3)" "$hpages" "$hfiles" "$(div "$hfiles" "$hwall")" "$(du -sm "$hugo_site/public" | cut -f1)"
  printf 'phrasebook/hugo wall %.2fx (target <= 0.60x at 10,000%s)   peak %.0f MB (target <= 1024 at 10,000%s)\n' \
    "$ratio" "$(at10k "$ratio" '<=' 0.6)" "$peak" "$(at10k "$peak" '<=' 1024)"
  printf 'copy floor: cp -r of the %d files %.2f s (median, %s s); cold build / copy floor %.2fx\n' "$files" "$floor" "$(span copy)" "$(div "$wall" "$floor")"

  printf '%-5s %10s %10s %10s %10s %12s %12s\n' lang index_kB index_gz docs_gz first_gz text_kB text_gz
  for dir in "$out"/search/*/; do
    [ -f "$dir/index.json" ] || continue  # search/lunr/ holds the browser scripts
    lang=$(basename "$dir")
    igz=$(gzip -9 -c "$dir/index.json" | wc -c)
    dgz=$(gzip -9 -c "$dir/docs.json" | wc -c)
    tgz=$(gzip -9 -c "$dir/text.json" | wc -c)
    printf '%-5s %10s %10s %10s %10s %12s %12s\n' "$lang" "$(kb "$(stat -c %s "$dir/index.json")")" "$(kb "$igz")" "$(kb "$dgz")" "$(kb $((igz + dgz)))" \
      "$(kb "$(stat -c %s "$dir/text.json")")" "$(kb "$tgz")"
  done
  echo "(kB; first_gz = words index + display data, what the first search downloads; target <= 150 kB gzip at 1,000 terms."
  echo " text.json, the explanations' index, is fetched only when the words index leaves room for more results)"

  # Search quality on the generated site: queries made from the generator's vocabulary
  # (bench/search_queries.py), run through the site's own search.js in Node.
  echo "search quality (top-1, top-3, MRR; targets top-3 >= 97 %, top-1 >= 90 %):"
  node tests/search-quality/run.js "$out" "$work/queries-$n.tsv" | awk 'NR <= 5 || /^query time/'

  printf '%-9s %6s %12s %12s %8s %10s\n' index docs csharp_ms lunrjs_ms ratio identical
  # The C# timings finish before node starts: piped, both would run at once on two cores.
  # Index builds take milliseconds, so they get more runs than the builds do.
  index_runs=$(( runs < 7 ? 7 : runs ))
  cs_times=$(dotnet "$bench" "$site" "$work/index-$n" "$index_runs") || fail "Phrasebook.Bench on $site"
  while read -r lang docs cs; do
    js=$(node bench/lunr-time.js "$work/index-$n/job-$lang.json" "$work/index-$n/lunrjs-$lang.json" "$index_runs") || fail "lunr-time.js $lang"
    same=$(cmp -s "$work/index-$n/csharp-$lang.json" "$work/index-$n/lunrjs-$lang.json" && echo yes || echo NO)
    printf '%-9s %6s %12s %12s %7.1fx %10s\n' "$lang" "$docs" "$cs" "$js" "$(div "$js" "$cs")" "$same"
  done <<< "$cs_times"
  echo "(target: C# at least 3x faster than lunr.js, byte-identical)"

  # The same site again, previous output and cache in place (a new process each run).
  [ -d "$cache" ] || echo "(no build cache at $cache_in_site after the cold build: the builds below start without one)"
  for _ in $(seq "$runs"); do
    sync
    measure same dotnet "$cli" build --root "$site"
  done
  term=$(find "$site/input/industries" -name 'term-*.yml' | sort | sed -n 1p)
  tid=$(basename "$term" .yml)
  lang=$(awk 'prev == "summary:" {sub(/:.*/, ""); print $1; exit} {prev = $0}' "$term")
  cp "$term" "$work/term-original.yml"
  for _ in $(seq "$runs"); do
    stamp=$(date +%s%N)
    edit_term "$term" "$stamp"
    sync
    measure edit dotnet "$cli" build --root "$site"
    grep -q "$stamp" "$out/$lang/terms/$tid/index.html" || fail "the build after editing $tid did not write the new summary into $lang/terms/$tid/index.html"
  done
  # check as on a pull request: one term edited since the cache was written, a new process each run.
  for _ in $(seq "$runs"); do
    edit_term "$term" "$(date +%s%N)"
    sync
    measure check dotnet "$cli" check --root "$site"
  done
  # check with nothing restored: cache and output moved aside, and put back after.
  for _ in $(seq "$runs"); do
    rm -rf "$work/aside" && mkdir -p "$work/aside"
    if [ -d "$cache" ]; then mv "$cache" "$work/aside/cache"; fi
    mv "$out" "$work/aside/output"
    sync
    measure check0 dotnet "$cli" check --root "$site"
    rm -rf "$cache" "$out"
    if [ -d "$work/aside/cache" ]; then mkdir -p "$(dirname "$cache")" && mv "$work/aside/cache" "$cache"; fi
    mv "$work/aside/output" "$out"
  done
  cat "$work/term-original.yml" > "$term"
  printf '%-44s %8s %13s %8s %s\n' "phrasebook, $n terms" wall_s range_s peak_MB target
  printf '%-44s %8.2f %13s %8.0f %s\n' "build, nothing changed" "$(med same 1)" "$(span same)" "$(med same 3)" "<= 2 s at 10,000$(at10k "$(med same 1)" '<=' 2)"
  printf '%-44s %8.2f %13s %8.0f %s\n' "build, one term's $lang summary edited" "$(med edit 1)" "$(span edit)" "$(med edit 3)" "<= 3 s at 10,000$(at10k "$(med edit 1)" '<=' 3)"
  printf '%-44s %8.2f %13s %8.0f %s\n' "check, cache present, one term edited" "$(med check 1)" "$(span check)" "$(med check 3)" \
    "<= 5 s$(at10k "$(med check 1)" '<=' 5) and <= 1024 MB$(at10k "$(med check 3)" '<=' 1024) at 10,000"
  printf '%-44s %8.2f %13s %8.0f\n' "check, nothing restored (no cache, no output)" "$(med check0 1)" "$(span check0)" "$(med check0 3)"

  preview="- -"
  if [ -f bench/preview_latency.py ]; then
    echo "preview edit-to-reload ($n terms; target <= 150 ms median at 10,000):"
    line=$(python3 bench/preview_latency.py "$site" --cli "$cli" --edits "$preview_edits") || fail "preview_latency.py on $site"
    echo "$line"
    [[ $line =~ median_ms=([0-9]+)\ p95_ms=([0-9]+) ]] || fail "preview_latency.py printed no median: $line"
    preview="${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
  fi
  peak_all=$(printf '%s\n' "$peak" "$(med same 3)" "$(med edit 3)" "$(med check 3)" "$(med check0 3)" | sort -n | tail -1)
  echo "$n $pages $files $wall $(med cold 2) $peak $hwall $(med hugo 3) $ratio $floor $(med same 1) $(med same 3) $(med edit 1) $(med edit 3) $(med check 1) $(med check 3) $(med check0 1) $(med check0 3) $preview $peak_all" >> "$summary"
done

if [ -f bench/preview_latency.py ]; then
  sample="$work/sample"
  rm -rf "$sample" && mkdir -p "$sample" && cp -r statiq.json input themes "$sample"/
  echo "preview edit-to-reload (sample site):"
  python3 bench/preview_latency.py "$sample" --cli "$cli" --edits "$preview_edits" || fail "preview_latency.py on the sample"
fi

print_summary
