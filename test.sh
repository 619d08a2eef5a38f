#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian (or Ubuntu) machine that has the .NET 10 SDK:
#  1. installs the Debian packages the tests use when their command is missing (as root, or
#     through sudo): nodejs + npm, chromium, nginx-light, linkchecker, zbar-tools,
#     librsvg2-bin, poppler-utils, git, python3;
#  2. checks that Node.js is 20.19 or later (the pinned html-validate needs it);
#  3. runs `npm ci` in every folder that has a package-lock.json (tests/lunr-node, tests/gates-node);
#  4. builds the solution once, runs every test project (in parallel, as `dotnet test` on the
#     solution does) with a TRX logger, prints the time each test project took and ends with
#     the line `N passed, N failed, N skipped`.
# Exit code: 0 when every test passed, 1 otherwise. Extra arguments go to `dotnet test`, for
# example `./test.sh --filter "FullyQualifiedName~Search"`. .ci/run calls this script.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null 2>&1 || {
  echo "test.sh: the .NET 10 SDK is missing (no 'dotnet' on PATH): install it first, see https://dot.net" >&2
  exit 1
}
sdks=$(dotnet --list-sdks)
grep -q '^10\.' <<<"$sdks" || {
  echo "test.sh: the tests need the .NET 10 SDK; this machine has: $(cut -d' ' -f1 <<<"$sdks" | tr '\n' ' ')" >&2
  exit 1
}

# command the tests run -> the Debian package that provides it
need_apt=()
need() { command -v "$1" >/dev/null 2>&1 || need_apt+=("$2"); }
need node nodejs
need npm npm
need chromium chromium
need nginx nginx-light
need linkchecker linkchecker
need zbarimg zbar-tools
need rsvg-convert librsvg2-bin
need pdftotext poppler-utils   # for tests that read PDFs
need git git
need python3 python3
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "test.sh: the tests need ${need_apt[*]}; run as root: apt-get install ${need_apt[*]}" >&2
    exit 1
  fi
  echo "Installing ${need_apt[*]} (apt-get) ..."
  "${sudo[@]}" apt-get update -qq
  # env: sudo drops the caller's environment. Recommended packages too (chromium's fonts, for one).
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' || {
  echo "test.sh: Node.js $(node --version) is too old for the pinned html-validate (needs 20.19 or later; Debian 13 has 20.19): install a newer nodejs first" >&2
  exit 1
}

# Front-end packages come from the lock files only (node_modules is never committed).
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  locks=$(git ls-files '*package-lock.json')
else
  locks=$(find . -name package-lock.json -not -path '*/node_modules/*' | sort)
fi
for lock in $locks; do
  dir=$(dirname "$lock")
  echo "npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done

seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.0f", b - a }'; }

start=$(seconds)
dotnet build StaticSite.sln -v q -nologo
echo "build: $(elapsed "$start") s"

rm -rf TestResults
tests_start=$(seconds)
set +e
# The test projects run in parallel (one per core); each writes its own TRX file.
dotnet test StaticSite.sln --no-build --logger trx --results-directory TestResults "$@"
status=$?
set -e
echo "tests: $(elapsed "$tests_start") s (all projects, in parallel), total with build: $(elapsed "$start") s"

python3 - "$status" <<'PY'
import glob, os, re, sys, xml.etree.ElementTree as ET
from datetime import datetime
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

def when(text):
    # TRX times look like 2026-12-07T09:10:11.1234567+00:00: seven fraction digits, which
    # fromisoformat does not take on every Python 3; keep six.
    return datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", text))

passed = failed = skipped = 0
files = sorted(glob.glob("TestResults/**/*.trx", recursive=True))
rows = []
for f in files:
    root = ET.parse(f).getroot()
    c = root.find("t:ResultSummary/t:Counters", ns)
    p = int(c.get("passed", 0))
    x = int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    # xunit's skipped tests are counted in total but not in executed (notExecuted stays 0).
    s = max(int(c.get("notExecuted", 0)), int(c.get("total", 0)) - int(c.get("executed", 0))) + int(c.get("inconclusive", 0))
    passed, failed, skipped = passed + p, failed + x, skipped + s
    method = root.find(".//t:TestMethod", ns)
    if method is not None:
        project = os.path.splitext(os.path.basename(method.get("codeBase")))[0]
    else:  # no test ran (a filter): xunit names the assembly in its output
        found = re.search(r"Discovering: (\S+)", "".join(root.itertext()))
        project = found.group(1) if found else os.path.basename(f)
    times = root.find("t:Times", ns)
    try:
        took = f"{(when(times.get('finish')) - when(times.get('start'))).total_seconds():6.1f} s"
    except (AttributeError, TypeError, ValueError):
        took = "     ? s"
    rows.append((project, took, p, x, s))

if rows:
    print("time per test project (they run side by side):")
    for project, took, p, x, s in sorted(rows):
        print(f"  {project:32} {took}  {p} passed, {x} failed, {s} skipped")
status = int(sys.argv[1])
if not files:
    print("no test results were found (did the build fail?)")
elif status != 0 and failed == 0:
    print(f"dotnet test exited with {status} although no test failed (a test host crashed or a project did not build)")
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or status != 0 or not files else 0)
PY
