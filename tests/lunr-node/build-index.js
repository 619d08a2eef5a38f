#!/usr/bin/env node
// Oracle for Phrasebook.Lunr: builds lunr 2.3.9 indexes with the real lunr.js
// so the C# writer can be compared byte for byte.
//
// stdin:  a JSON array of jobs
//   { "lang": "no"|"sv"|"da"|"en", "ref": "id",
//     "fields": [{ "name": "title", "boost": 10 }, { "name": "body" }],
//     "docs": [{ "doc": { "id": "a", "title": "..." }, "boost": 2 }] }
// stdout: one JSON.stringify(index) per job, one per line (JSON.stringify
//         never emits a raw newline, so lines are safe separators).
// Batching many jobs into one process keeps the C# test suite fast.
'use strict';

const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
for (const lang of ['no', 'sv', 'da']) {
  require(`lunr-languages/lunr.${lang}.js`)(lunr);
}

function build(job) {
  return lunr(function () {
    if (job.lang !== 'en') {
      this.use(lunr[job.lang]);
    }
    this.ref(job.ref);
    for (const field of job.fields) {
      if (field.boost === undefined) {
        this.field(field.name);
      } else {
        this.field(field.name, { boost: field.boost });
      }
    }
    for (const entry of job.docs) {
      if (entry.boost === undefined) {
        this.add(entry.doc);
      } else {
        this.add(entry.doc, { boost: entry.boost });
      }
    }
  });
}

function main() {
  const chunks = [];
  process.stdin.on('data', (chunk) => chunks.push(chunk));
  process.stdin.on('end', () => {
    const jobs = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const lines = jobs.map((job) => JSON.stringify(build(job)));
    process.stdout.write(lines.join('\n') + '\n');
  });
}

main();
