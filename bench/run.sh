#!/usr/bin/env bash
# Benchmark: builds synthetic phrasebooks with Phrasebook (cold, a new process each time) and
# prints medians of wall time, CPU time and peak RSS, with pages, output and search-index sizes.
#
#   bench/run.sh                 # 1,000 and 10,000 terms, 3 runs each
#   bench/run.sh 1000 3          # sizes (comma-separated) and runs
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-1000,10000}
runs=${2:-3}
work=${BENCH_DIR:-/tmp/phrasebook-bench}
mkdir -p "$work"

dotnet build src/Phrasebook.Cli -c Release -v quiet -nologo >/dev/null
cli=src/Phrasebook.Cli/bin/Release/net10.0/Phrasebook.Cli.dll

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-8s %10s %10s %10s %8s %10s %10s %14s %14s\n' terms wall_s cpu_s rss_MB pages pages/s out_MB index_nb_kB index_nb_gz_kB
for n in ${sizes//,/ }; do
  site="$work/site-$n"
  python3 bench/generate.py "$site" --terms "$n" --seed 42 >/dev/null
  : > "$work/times-$n"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" dotnet "$cli" build --root "$site" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
    cat "$work/time" >> "$work/times-$n"
  done
  wall=$(awk '{print $1}' "$work/times-$n" | median)
  cpu=$(awk '{print $2+$3}' "$work/times-$n" | median)
  rss=$(awk '{print $4/1024}' "$work/times-$n" | median)
  pages=$(find "$site/output" -name '*.html' | wc -l)
  out=$(du -sm "$site/output" | cut -f1)
  idx=$(stat -c %s "$site/output/search/nb/index.json")
  gz=$(gzip -9 -c "$site/output/search/nb/index.json" "$site/output/search/nb/docs.json" | wc -c)
  printf '%-8s %10.2f %10.2f %10.0f %8d %10.0f %10d %14.0f %14.0f\n' "$n" "$wall" "$cpu" "$rss" "$pages" "$(echo "$pages / $wall" | bc -l)" "$out" "$(echo "$idx/1024" | bc -l)" "$(echo "$gz/1024" | bc -l)"
done
