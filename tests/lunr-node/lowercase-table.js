#!/usr/bin/env node
// Prints one line per Unicode code point that String.prototype.toLowerCase changes:
// "code point in hex<TAB>the lowercase's UTF-16 code units in hex, space-separated".
// The C# tests compare JsText.ToLower with this, the browser's own lowercase.
'use strict';

const hex = (s) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16)).join(' ');
const out = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const s = String.fromCodePoint(cp);
  const lower = s.toLowerCase();
  if (lower !== s) out.push(cp.toString(16) + '\t' + hex(lower));
}
process.stdout.write(out.join('\n') + '\n');
