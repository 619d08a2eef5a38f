#!/usr/bin/env node
// Stems words the way the browser does: lunr 2.3.9's own stemmer for `en`, lunr-languages'
// lunr.<lang>.stemmer otherwise (both pinned by package-lock.json). Stdin: the language code
// (no, sv, da, en) on the first line, then one word a line; prints "word<TAB>stem" for every word:
//   (echo sv; cat ../Phrasebook.Lunr.Tests/Vocabularies/sv.txt) | node stem-words.js
'use strict';

const fs = require('fs');
const lunr = require('lunr');

const [lang, ...words] = fs.readFileSync(0, 'utf8').split('\n');
let stemmer;
if (lang === 'en') {
  stemmer = lunr.stemmer;
} else {
  require('lunr-languages/lunr.stemmer.support.js')(lunr);
  require(`lunr-languages/lunr.${lang}.js`)(lunr);
  stemmer = lunr[lang].stemmer;
}

const out = [];
for (const word of words) {
  if (word.length === 0) continue;
  out.push(word + '\t' + stemmer(new lunr.Token(word)).toString());
}
process.stdout.write(out.join('\n') + '\n');
