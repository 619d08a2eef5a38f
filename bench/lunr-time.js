#!/usr/bin/env node
// The lunr.js half of the search-index benchmark: builds one job (written by Phrasebook.Bench)
// with the real lunr.js 2.3.9 + lunr-languages (pinned in tests/lunr-node), `runs` times after
// one warm-up, writes the index and prints the median build time in ms.
//
//   node bench/lunr-time.js <job.json> <out.json> [runs]
'use strict';
const fs = require('fs');
const path = require('path');
const modules = path.join(__dirname, '..', 'tests', 'lunr-node', 'node_modules');
const lunr = require(path.join(modules, 'lunr'));
require(path.join(modules, 'lunr-languages', 'lunr.stemmer.support.js'))(lunr);
for (const lang of ['no', 'sv', 'da']) {
  require(path.join(modules, 'lunr-languages', `lunr.${lang}.js`))(lunr);
}

const [jobFile, outFile, runsArg] = process.argv.slice(2);
const job = JSON.parse(fs.readFileSync(jobFile, 'utf8'));
const runs = Number(runsArg || 5);

function build() {
  return JSON.stringify(lunr(function () {
    if (job.lang !== 'en') this.use(lunr[job.lang]);
    this.ref(job.ref);
    for (const f of job.fields) this.field(f.name, { boost: f.boost });
    for (const d of job.docs) this.add(d.doc);
  }));
}

fs.writeFileSync(outFile, build());
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  build();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(times[Math.floor(runs / 2)].toFixed(1));
