#!/usr/bin/env bash
# Benchmark (issue #8): synthetic phrasebooks of 1,000 and 10,000 terms x 3 languages, built with
# Phrasebook (cold, a new process each run) and, in the same run, the same number of pages with
# the same text with Hugo; the search index built in C# and with lunr.js from the same documents;
# the preview's edit-to-reload time. Every timing is the median of several runs (the machine is
# shared and noisy).
#
#   bench/run.sh                 # 1,000 and 10,000 terms, 3 runs each
#   bench/run.sh 1000 5          # sizes (comma-separated) and runs
#
# Needs: dotnet, python3, hugo (apt-get install hugo), node + tests/lunr-node (npm ci there).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-1000,10000}
runs=${2:-3}
work=${BENCH_DIR:-/tmp/phrasebook-bench}
mkdir -p "$work"

command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 2; }
[ -d tests/lunr-node/node_modules ] || (cd tests/lunr-node && npm ci --silent)
dotnet build src/Phrasebook.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/Phrasebook.Bench -c Release -v quiet -nologo >/dev/null
cli=src/Phrasebook.Cli/bin/Release/net10.0/Phrasebook.Cli.dll
bench=bench/Phrasebook.Bench/bin/Release/net10.0/Phrasebook.Bench.dll

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
kb() { echo "$1" | awk '{printf "%.0f", $1/1024}'; }

# Runs "$@" $runs times; prints median wall s, CPU s (user+sys) and peak RSS MB.
timed() {
  : > "$work/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/run.log" 2>&1 || { tail -20 "$work/run.log"; exit 1; }
    cat "$work/time" >> "$work/times"
  done
  echo "$(awk '{print $1}' "$work/times" | median) $(awk '{print $2+$3}' "$work/times" | median) $(awk '{print $4/1024}' "$work/times" | median)"
}

for n in ${sizes//,/ }; do
  site="$work/site-$n" hugo_site="$work/hugo-$n"
  python3 bench/generate.py "$site" --terms "$n" --seed 42 --hugo "$hugo_site" --queries "$work/queries-$n.tsv" >/dev/null

  echo "== $n terms x 3 languages"
  read -r wall cpu rss <<<"$(timed dotnet "$cli" build --root "$site")"
  pages=$(find "$site/output" -name '*.html' | wc -l)
  out=$(du -sm "$site/output" | cut -f1)
  read -r hwall hcpu hrss <<<"$(timed hugo --quiet --source "$hugo_site")"
  hpages=$(find "$hugo_site/public" -name '*.html' | wc -l)
  printf '%-10s %8s %8s %8s %8s %9s %7s\n' builder wall_s cpu_s rss_MB pages pages/s out_MB
  printf '%-10s %8.2f %8.2f %8.0f %8d %9.0f %7d\n' phrasebook "$wall" "$cpu" "$rss" "$pages" "$(echo "$pages / $wall" | bc -l)" "$out"
  printf '%-10s %8.2f %8.2f %8.0f %8d %9.0f %7d\n' hugo "$hwall" "$hcpu" "$hrss" "$hpages" "$(echo "$hpages / $hwall" | bc -l)" "$(du -sm "$hugo_site/public" | cut -f1)"
  printf 'phrasebook/hugo wall time: %.2fx (target <= 1.0x)   peak RSS %s MB (target <= 1024)\n' "$(echo "$wall / $hwall" | bc -l)" "${rss%.*}"

  printf '%-5s %10s %10s %10s %10s %12s %12s\n' lang index_kB index_gz docs_gz first_gz text_kB text_gz
  for dir in "$site"/output/search/*/; do
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
  node tests/search-quality/run.js "$site/output" "$work/queries-$n.tsv" | awk 'NR <= 5 || /^query time/'

  printf '%-9s %6s %12s %12s %8s %10s\n' index docs csharp_ms lunrjs_ms ratio identical
  # The C# timings finish before node starts: piped, both would run at once on two cores.
  # Index builds take milliseconds, so they get more runs than the builds do.
  index_runs=$(( runs < 7 ? 7 : runs ))
  cs_times=$(dotnet "$bench" "$site" "$work/index-$n" "$index_runs")
  while read -r lang docs cs; do
    js=$(node bench/lunr-time.js "$work/index-$n/job-$lang.json" "$work/index-$n/lunrjs-$lang.json" "$index_runs")
    same=$(cmp -s "$work/index-$n/csharp-$lang.json" "$work/index-$n/lunrjs-$lang.json" && echo yes || echo NO)
    printf '%-9s %6s %12s %12s %7.1fx %10s\n' "$lang" "$docs" "$cs" "$js" "$(echo "$js / $cs" | bc -l)" "$same"
  done <<< "$cs_times"
  echo "(target: C# at least 3x faster than lunr.js, byte-identical)"

  if [ -f bench/preview_latency.py ]; then
    echo "preview edit-to-reload ($n terms):"
    python3 bench/preview_latency.py "$site" --cli "$cli" --edits 20
  fi
done

if [ -f bench/preview_latency.py ]; then
  sample="$work/sample"
  rm -rf "$sample" && mkdir -p "$sample" && cp -r statiq.json input themes "$sample"/
  echo "preview edit-to-reload (sample site):"
  python3 bench/preview_latency.py "$sample" --cli "$cli" --edits 20
fi
