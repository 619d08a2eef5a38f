/* Phrasebook default theme: finds the invoice codes in text pasted from an invoice (a PDF, an
   e-invoice viewer, an ERP screen) or typed as a list. Used by invoice.js; needs codes.js
   (window.phrasebookCodes) for the site's one code rule. Pure functions: text in, codes out.

   read(data, text) -> { list: bool, lines: n, explained: n, unknown: n, items: [{ text, found, lines: [n] }] }
   where found is { entry, family } (codes.js resolve), { entry, retired } or null (a code we do not know). */
(function () {
  'use strict';

  var codes = window.phrasebookCodes;
  if (!codes) return;

  // Bounds, so a pasted book costs what a long invoice costs.
  var MAX_TEXT = 200000, MAX_LINES = 3000, MAX_ITEMS = 300, MAX_TOKEN = 40;

  // Words an invoice prints in capitals at the start of a line with an amount that are not codes.
  var NOT_CODES = ['TOTAL', 'TOTALT', 'SUM', 'SUMMA', 'SUBTOTAL', 'MVA', 'MOMS', 'VAT', 'NOK', 'SEK', 'DKK', 'EUR', 'USD', 'KR',
    'NETTO', 'BRUTTO', 'BELØP', 'BELOPP', 'BELØB', 'ÅTTE', 'AVRUNDING', 'ÖRESAVRUNDNING', 'ØREAVRUNDING', 'RABATT', 'FAKTURA',
    'KREDITNOTA', 'ORDRE', 'ORDER', 'ATT', 'ATTN', 'KID', 'OCR', 'IBAN', 'BIC', 'SWIFT', 'TLF', 'TEL', 'FAX', 'ORG', 'ORGNR',
    'NR', 'NO', 'AS', 'ASA', 'AB', 'A/S', 'APS', 'LTD', 'DATO', 'DATUM', 'DATE', 'SIDE', 'SIDA', 'PAGE'];

  function compact(text) { return codes.slugify(text).replace(/-/g, ''); }
  function hasLetter(text) { return /\p{L}/u.test(text); }
  function isNumber(token) { return /^[-+]?[\d.,\u00a0 ]*\d[%]?$/.test(token); }
  // An amount as invoices print it: 1 234,50 / 1.234,50 / 312.50 / 150,- (digits, separator, two decimals or a dash).
  var AMOUNT = /\d[,.](\d{2}|-)(?!\d)/;

  // Every printed code (listed and retired) by its letters and digits only: `moms25`, `MOMS 25 %`
  // and `MOMS 25%` are one code.
  function lookup(data) {
    if (data._byCompact) return data._byCompact;
    var map = {};
    (data.codes || []).forEach(function (e) {
      var k = compact(e.code);
      if (k && !map[k]) map[k] = { entry: e, family: false };
    });
    (data.retired_codes || []).forEach(function (r) {
      var k = compact(r.code);
      if (!k || map[k]) return;
      var term = null;
      (data.codes || []).some(function (e) { return e.term_id === r.term_id && (term = e); });
      map[k] = { entry: term, retired: r };
    });
    data._byCompact = map;
    return map;
  }

  // A code written as the text writes it, or null. `family` tries the code families' patterns too;
  // a letters-then-digits run without a separator (`fsc07`) is also tried as `fsc-07`.
  function place(data, text, family) {
    var hit = lookup(data)[compact(text)];
    if (hit) return hit;
    if (!family) return null;
    var found = codes.resolve(data, text);
    if (!found) {
      var split = text.match(/^(\p{L}+)(\d+)$/u);
      if (split) found = codes.resolve(data, split[1] + '-' + split[2]);
    }
    return found;
  }

  // A line's words: split at white space, at ; and |, and at commas that are not decimal commas;
  // brackets and punctuation around a word are dropped (`(FSC)`, `ADM:`).
  function tokens(line) {
    var out = [];
    line.split(/[\s\u00a0\u202f;|]+/).forEach(function (word) {
      word.split(/(?<!\d),|,(?!\d)/).forEach(function (part) {
        part = part.replace(/^[^\p{L}\p{N}%]+|[^\p{L}\p{N}%]+$/gu, '');
        if (part && part.length <= MAX_TOKEN) out.push(part);
      });
    });
    return out;
  }

  // Codes on one line, in order. A code may span up to three words (`MOMS 25 %`). A word in lower
  // case mid-line is a description word (`lagerleie inn`), not a code, unless it has digits too.
  function scan(data, line) {
    var words = tokens(line), found = [], first = -1, i, n;
    for (i = 0; i < words.length && first < 0; i++) if (hasLetter(words[i]) && !isNumber(words[i])) first = i;
    for (i = 0; i < words.length; i++) {
      if (!hasLetter(words[i])) continue;
      for (n = Math.min(3, words.length - i); n >= 1; n--) {
        var text = words.slice(i, i + n).join(' ');
        var plain = i === first || text === text.toUpperCase() || /\d/.test(text);
        if (!plain) continue;
        var hit = n === 1 ? place(data, text, true) : place(data, text, false);
        // Two words as one family member (`FSC 07`), only when the first is no code by itself.
        if (!hit && n === 2 && /^\d{1,4}$/.test(words[i + 1]) && !place(data, words[i], true)) hit = codes.resolve(data, text);
        if (hit) {
          found.push({ text: text, found: hit });
          i += n - 1;
          break;
        }
      }
    }
    return { found: found, first: first < 0 ? null : words[first] };
  }

  // The first word of a line with an amount that looks like a code (capitals and digits) but is none we know.
  function unknownOn(line, first) {
    if (!first || !AMOUNT.test(line) || first.length < 2 || first.length > 12) return null;
    if (!/^\p{Lu}[\p{Lu}\p{N}/.-]*$/u.test(first)) return null;
    return NOT_CODES.indexOf(first) >= 0 ? null : first;
  }

  // A list (`FSC, FRT-03, ADM` as the link carries it) rather than invoice lines: one line whose
  // comma-separated parts are each at most three words, none of them a number.
  function isList(text) {
    if (/[\r\n]/.test(text.replace(/^\s+|\s+$/g, ''))) return false;
    var parts = text.split(/[,;]/);
    return parts.every(function (p) {
      var w = p.replace(/^\s+|\s+$/g, '').split(/\s+/);
      return w.length <= 3 && !(w.length === 1 && isNumber(w[0]));
    });
  }

  function read(data, text) {
    text = String(text || '').slice(0, MAX_TEXT);
    var result = { list: isList(text), lines: 0, explained: 0, unknown: 0, items: [] }, byKey = {};

    function add(text, found, lineNo) {
      var key = found ? (found.retired ? 'r:' + found.retired.slug : found.family ? 'f:' + codes.slugify(text) : 'c:' + found.entry.slug) : 'u:' + compact(text);
      if (key === 'u:') key = 'u:' + text;
      var item = byKey[key];
      if (!item) {
        if (result.items.length >= MAX_ITEMS) return;
        item = byKey[key] = { text: text, found: found, lines: [] };
        result.items.push(item);
      }
      if (item.lines.indexOf(lineNo) < 0) item.lines.push(lineNo);
    }

    if (result.list) {
      text.split(/[,;]/).forEach(function (part) {
        part = part.replace(/^\s+|\s+$/g, '');
        if (!part) return;
        result.lines++;
        var hit = place(data, part, true);
        if (hit) add(part, hit, result.lines);
        else {
          var on = scan(data, part).found;
          if (on.length) on.forEach(function (f) { add(f.text, f.found, result.lines); });
          else add(part, null, result.lines);
        }
      });
      result.unknown = result.items.filter(function (i) { return !i.found; }).length;
      result.explained = result.items.length - result.unknown;
      return result;
    }

    text.split(/\r\n|\r|\n/).slice(0, MAX_LINES).forEach(function (line) {
      if (!/\S/.test(line)) return;
      var lineNo = ++result.lines, on = scan(data, line);
      if (on.found.length) {
        result.explained++;
        on.found.forEach(function (f) { add(f.text, f.found, lineNo); });
        return;
      }
      var unknown = unknownOn(line, on.first);
      if (unknown) {
        result.unknown++;
        add(unknown, null, lineNo);
      }
    });
    return result;
  }

  window.phrasebookInvoice = { read: read, tokens: tokens };
})();
