#!/usr/bin/env node
/* Search quality benchmark: runs a built site's own search, as a browser runs it, over a file of
   queries and prints top-1, top-3 and mean reciprocal rank per language and per kind of query, and
   for the queries that must find nothing, how many did.

   usage: node tests/search-quality/run.js <built site folder> [queries.tsv] [--json <file>] [--misses]

   For each language of the query file it reads the language's search page, takes its search
   config (the <script id="search-config"> the page ships) and the theme's search.js, and runs
   search.js in a sandbox whose document and fetch read the site's files: the lunr scripts the
   config lists and the search engine are loaded in order, then the index files, exactly as in
   the browser. The results
   are those of window.phrasebookSearch, which is what the search page lists.

   Queries file: tab-separated lang, kind, query, expected; '#' lines are comments; the first other
   line is the header. Expected is term:<id>, code:<slug>, process:<id>, page:<id> (alternatives
   separated by '|'), or none: the query must give no result at all. A code result counts for its
   term too. */
'use strict';

var fs = require('fs');
var path = require('path');
var vm = require('vm');

function usage(message) {
  process.stderr.write((message ? message + '\n' : '') +
    'usage: node run.js <built site folder> [queries.tsv] [--json <file>] [--misses]\n');
  process.exit(2);
}

function parseArgs(argv) {
  var args = { site: null, queries: path.join(__dirname, 'queries.tsv'), json: null, misses: false };
  var positional = [];
  for (var i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') args.json = argv[++i];
    else if (argv[i] === '--misses') args.misses = true;
    else if (argv[i].lastIndexOf('--', 0) === 0) usage('unknown option ' + argv[i]);
    else positional.push(argv[i]);
  }
  if (!positional.length || positional.length > 2) usage();
  args.site = path.resolve(positional[0]);
  if (positional[1]) args.queries = path.resolve(positional[1]);
  return args;
}

function readQueries(file) {
  var lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  var out = [], header = false;
  lines.forEach(function (line, i) {
    if (!line.trim() || line[0] === '#') return;
    if (!header) { header = true; return; }
    var cols = line.split('\t');
    if (cols.length < 4) throw new Error(file + ':' + (i + 1) + ': expected 4 tab-separated columns, got ' + cols.length);
    out.push({ lang: cols[0], kind: cols[1], query: cols[2], expected: cols[3].split('|'), line: i + 1 });
  });
  return out;
}

function decodeHtml(s) {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/* One language's search, loaded from the site as the search page loads it. */
function loadSearch(site, lang) {
  var page = path.join(site, lang, 'search', 'index.html');
  if (!fs.existsSync(page)) throw new Error(page + ' not found: is ' + site + ' a built site with the language ' + lang + '?');
  var html = fs.readFileSync(page, 'utf8');
  var config = /<script type="application\/json" id="search-config">([\s\S]*?)<\/script>/.exec(html);
  var script = /<script src="([^"]*theme\/search\.js)"/.exec(html);
  if (!config || !script) throw new Error(page + ' has no search config or no search.js');
  var scriptUrl = decodeHtml(script[1]);
  var root = scriptUrl.slice(0, scriptUrl.length - 'theme/search.js'.length);

  function file(url) {
    var u = String(url).split(/[?#]/)[0];
    if (u.lastIndexOf(root, 0) !== 0) throw new Error('outside the site: ' + url);
    return path.join(site, decodeURIComponent(u.slice(root.length)));
  }

  var sandbox = {
    console: console, Promise: Promise, setTimeout: setTimeout, clearTimeout: clearTimeout,
    URLSearchParams: URLSearchParams, encodeURIComponent: encodeURIComponent,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  var head = {
    appendChild: function (element) {
      // A script element: run its file in the page's global, then fire onload as the browser does.
      setTimeout(function () {
        try {
          vm.runInContext(fs.readFileSync(file(element.src), 'utf8'), sandbox, { filename: element.src });
        } catch (e) {
          if (element.onerror) element.onerror(e);
          return;
        }
        if (element.onload) element.onload();
      }, 0);
      return element;
    },
  };
  sandbox.document = {
    head: head,
    documentElement: { getAttribute: function () { return null; }, classList: { add: function () {} } },
    getElementById: function (id) { return id === 'search-config' ? { textContent: config[1] } : null; },
    querySelectorAll: function () { return []; },
    querySelector: function () { return null; },
    createElement: function (tag) { return { tagName: String(tag).toUpperCase() }; },
    addEventListener: function () {},
  };
  sandbox.location = { search: '', href: 'http://localhost' + root + lang + '/search/' };
  sandbox.fetch = function (url) {
    return new Promise(function (resolve) {
      var f = file(url);
      var ok = fs.existsSync(f);
      resolve({
        ok: ok, status: ok ? 200 : 404,
        json: function () { return Promise.resolve(JSON.parse(fs.readFileSync(f, 'utf8'))); },
        text: function () { return Promise.resolve(fs.readFileSync(f, 'utf8')); },
      });
    });
  };
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file(scriptUrl), 'utf8'), sandbox, { filename: scriptUrl });
  if (typeof sandbox.phrasebookSearch !== 'function') throw new Error(scriptUrl + ' does not define window.phrasebookSearch');
  return { search: sandbox.phrasebookSearch, root: root };
}

/* What a result's page is, from its address: term:x, code:x, process:x or page:x (and term:ref for a code). */
function keysOf(result, root, lang) {
  var u = String(result.url).split(/[?#]/)[0];
  var prefix = root + lang + '/';
  var rest = u.lastIndexOf(prefix, 0) === 0 ? u.slice(prefix.length) : u;
  var parts = rest.replace(/\/$/, '').split('/');
  var keys = [];
  if (parts[0] === 'terms' && parts[1]) keys.push('term:' + parts[1]);
  else if (parts[0] === 'codes' && parts[1]) keys.push('code:' + parts[1]);
  else if (parts[0] === 'processes' && parts[1]) keys.push('process:' + parts[1]);
  else keys.push('page:' + parts.join('/'));
  if (result.ref && keys[0].lastIndexOf('term:', 0) !== 0) keys.push('term:' + result.ref);
  return keys;
}

function rankOf(results, expected, root, lang) {
  for (var i = 0; i < results.length; i++) {
    var keys = keysOf(results[i], root, lang);
    if (keys.some(function (k) { return expected.indexOf(k) >= 0; })) return i + 1;
  }
  return 0;
}

function Tally() { this.n = 0; this.top1 = 0; this.top3 = 0; this.rr = 0; this.none = 0; this.empty = 0; }
Tally.prototype.add = function (q) {
  if (q.expected[0] === 'none') { this.none++; if (q.count === 0) this.empty++; return; }
  this.n++;
  if (q.rank === 1) this.top1++;
  if (q.rank >= 1 && q.rank <= 3) this.top3++;
  if (q.rank > 0) this.rr += 1 / q.rank;
};
Tally.prototype.json = function () {
  return {
    queries: this.n, top1: this.n ? this.top1 / this.n : null, top3: this.n ? this.top3 / this.n : null,
    mrr: this.n ? this.rr / this.n : null, none_queries: this.none, none_empty: this.none ? this.empty / this.none : null,
  };
};

function pct(x) { return x == null ? '' : (100 * x).toFixed(1) + ' %'; }

function row(cells, widths) {
  return cells.map(function (c, i) { c = String(c); return i ? (' '.repeat(Math.max(0, widths[i] - c.length)) + c) : (c + ' '.repeat(Math.max(0, widths[i] - c.length))); }).join('  ');
}

function main() {
  var args = parseArgs(process.argv.slice(2));
  var queries = readQueries(args.queries);
  var langs = [];
  queries.forEach(function (q) { if (langs.indexOf(q.lang) < 0) langs.push(q.lang); });
  var engines = {};
  langs.forEach(function (lang) { engines[lang] = loadSearch(args.site, lang); });

  var chain = Promise.resolve(), times = [];
  queries.forEach(function (q) {
    chain = chain.then(function () {
      var engine = engines[q.lang];
      var started = process.hrtime.bigint();
      return engine.search(q.query).then(function (results) {
        // The first query of a language also loads its files: not a query time.
        if (engine.warm) times.push(Number(process.hrtime.bigint() - started) / 1e6);
        engine.warm = true;
        q.count = results.length;
        q.rank = rankOf(results, q.expected, engine.root, q.lang);
        q.got = results.slice(0, 3).map(function (r) { return keysOf(r, engine.root, q.lang)[0]; });
      });
    });
  });

  return chain.then(function () {
    var groups = {}, order = [];
    function tally(key) {
      if (!groups[key]) { groups[key] = new Tally(); order.push(key); }
      return groups[key];
    }
    var kinds = [];
    queries.forEach(function (q) { if (kinds.indexOf(q.kind) < 0) kinds.push(q.kind); });
    tally('all');
    langs.forEach(function (lang) { tally(lang); });
    kinds.forEach(function (kind) { tally('kind ' + kind); });
    langs.forEach(function (lang) { kinds.forEach(function (kind) { tally(lang + ' ' + kind); }); });
    queries.forEach(function (q) {
      tally('all').add(q);
      tally(q.lang).add(q);
      tally('kind ' + q.kind).add(q);
      tally(q.lang + ' ' + q.kind).add(q);
    });

    var widths = [16, 6, 8, 8, 6, 7, 10];
    var lines = [row(['group', 'n', 'top-1', 'top-3', 'MRR', 'none n', 'none: 0 hits'], widths)];
    order.forEach(function (key) {
      var t = groups[key];
      if (!t.n && !t.none) return;
      var j = t.json();
      lines.push(row([key, t.n || '', pct(j.top1), pct(j.top3), j.mrr == null ? '' : j.mrr.toFixed(3), t.none || '', pct(j.none_empty)], widths));
    });
    times.sort(function (a, b) { return a - b; });
    function at(p) { return times.length ? times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1) : '-'; }
    lines.push('query time in Node, ms: median ' + at(0.5) + ', p95 ' + at(0.95) + ', max ' + at(1));
    process.stdout.write(lines.join('\n') + '\n');

    var misses = queries.filter(function (q) {
      return q.expected[0] === 'none' ? q.count > 0 : q.rank !== 1;
    });
    if (args.misses) {
      process.stdout.write('\nNot first (or, for none, not empty): ' + misses.length + '\n');
      misses.forEach(function (q) {
        process.stdout.write('  ' + q.lang + ' ' + q.kind + ' "' + q.query + '" expected ' + q.expected.join('|') +
          ', rank ' + (q.rank || '-') + ', ' + q.count + ' results, top: ' + q.got.join(', ') + '\n');
      });
    }
    if (args.json) {
      var out = { groups: {}, misses: misses.map(function (q) { return { lang: q.lang, kind: q.kind, query: q.query, expected: q.expected, rank: q.rank, results: q.count, top: q.got }; }) };
      order.forEach(function (key) { out.groups[key] = groups[key].json(); });
      fs.writeFileSync(args.json, JSON.stringify(out, null, 1));
    }
  });
}

main().catch(function (e) {
  process.stderr.write((e && e.stack) || String(e));
  process.stderr.write('\n');
  process.exit(1);
});
