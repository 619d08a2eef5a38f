#!/usr/bin/env python3
"""Time from a saved term edit to the preview's reload message (stdlib only).

Starts `preview` on SITE on a free port, makes N edits to one term's summary (each a new text,
saved like an editor does), and for each measures the time from the save to the `reload`
server-sent event that names the term's own page (the page an editor has open: it reloads then),
and to the last `reload` of the edit (`more` false: role, industry and index pages and the search
indexes are rebuilt too). Prints one plain line with the medians and p95s in milliseconds.

    python3 bench/preview_latency.py SITE [--edits 20] [--cli path/to/Phrasebook.Cli.dll]
"""
import argparse
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_cli():
    for config in ("Release", "Debug"):
        path = os.path.join(ROOT, "src", "Phrasebook.Cli", "bin", config, "net10.0", "Phrasebook.Cli.dll")
        if os.path.exists(path):
            return path
    sys.exit("Phrasebook.Cli.dll not found: run `dotnet build src/Phrasebook.Cli -c Release` first, or pass --cli.")


def pick_term(site):
    industries = os.path.join(site, "input", "industries")
    for folder in sorted(os.listdir(industries)):
        for name in sorted(os.listdir(os.path.join(industries, folder))):
            if name.endswith(".yml") and name != "industry.yml":
                return os.path.join(industries, folder, name)
    sys.exit("no term file under input/industries/")


def edited(text, n):
    """The term file with the first language line of its summary changed to a new, valid text."""
    match = re.search(r'^summary:\n(\s+)(\w+): (.*)$', text, re.M)
    if not match:
        sys.exit("the term file has no block `summary:` with a line per language")
    indent, lang, _ = match.groups()
    line = f'{indent}{lang}: "Preview latency edit number {n}, a short summary that changes."'
    return text[:match.start(1)] + line + text[match.end(3):]


class Events:
    """Reads server-sent events on a thread and hands out (event, data, arrival time)."""

    def __init__(self, host, port):
        self.items = []
        self.cond = threading.Condition()
        self.conn = http.client.HTTPConnection(host, port, timeout=None)
        self.conn.request("GET", "/_phrasebook/events")
        self.resp = self.conn.getresponse()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        name = None
        while True:
            try:
                line = self.resp.readline()
            except OSError:
                return  # the server stopped
            if not line:
                return
            line = line.decode("utf-8").rstrip("\n")
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: ") and name:
                with self.cond:
                    self.items.append((name, json.loads(line[6:]), time.monotonic()))
                    self.cond.notify_all()
                name = None

    def next(self, timeout):
        deadline = time.monotonic() + timeout
        with self.cond:
            while not self.items:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("no event within %.0f s" % timeout)
                self.cond.wait(left)
            return self.items.pop(0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--cli", default=None)
    parser.add_argument("--startup-timeout", type=float, default=900)
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    cli = args.cli or default_cli()

    proc = subprocess.Popen(["dotnet", cli, "preview", "--root", site, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    term = pick_term(site)
    with open(term, encoding="utf-8") as f:
        original = f.read()
    try:
        address = None
        started = time.monotonic()
        for line in proc.stdout:
            found = re.search(r"Serving http://([\d.]+):(\d+)/", line)
            if found:
                address = (found.group(1), int(found.group(2)))
                break
            if time.monotonic() - started > args.startup_timeout:
                break
        if address is None:
            sys.exit("preview did not start:\n" + line)
        # Keep draining the output so the server never blocks on a full pipe.
        threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()

        events = Events(*address)
        name, _, _ = events.next(30)
        assert name == "state", name
        term_id = re.search(r"^id:\s*(\S+)", original, re.M).group(1)
        page = "/terms/%s/index.html" % term_id
        latencies = []
        settled = []
        for n in range(1, args.edits + 1):
            text = edited(original, n)
            saved = time.monotonic()
            with open(term, "w", encoding="utf-8") as f:
                f.write(text)
            shown = None
            while True:
                name, data, arrived = events.next(120)
                if name == "errors":
                    sys.exit("the edit gave errors: " + json.dumps(data["errors"])[:500])
                if name != "reload":
                    continue
                if shown is None and (data["all"] or any(f.endswith(page) for f in data["files"])):
                    shown = arrived
                if not data.get("more"):
                    break
            if shown is None:
                sys.exit("no reload named %s" % page)
            latencies.append((shown - saved) * 1000)
            settled.append((arrived - saved) * 1000)
            time.sleep(0.3)
    finally:
        with open(term, "w", encoding="utf-8") as f:
            f.write(original)
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()

    def p95(values):
        values = sorted(values)
        return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]

    print("preview latency: site=%s edits=%d median_ms=%.0f p95_ms=%.0f min_ms=%.0f max_ms=%.0f settled_median_ms=%.0f settled_p95_ms=%.0f"
          % (os.path.basename(site), len(latencies), statistics.median(latencies), p95(latencies), min(latencies), max(latencies),
             statistics.median(settled), p95(settled)))


if __name__ == "__main__":
    main()
