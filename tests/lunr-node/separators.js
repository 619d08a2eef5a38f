#!/usr/bin/env node
// Prints, in hex, every UTF-16 code unit that lunr.tokenizer.separator matches, one a line.
// The C# tests compare their hand-written separator classifier with it.
'use strict';

const lunr = require('lunr');
const out = [];
for (let c = 0; c <= 0xffff; c++) {
  if (String.fromCharCode(c).match(lunr.tokenizer.separator)) out.push(c.toString(16));
}
process.stdout.write(out.join('\n') + '\n');
