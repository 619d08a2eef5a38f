/* Phrasebook search engine: what a query finds in a language's prebuilt lunr indexes (see
   docs/search.md). Loaded by search.js together with the lunr scripts on the first use of a search
   box, so pages that are only read never parse it. Defines window.phrasebookSearchEngine.create(
   lunr, indexJson, docsJson, lunrLanguage), which returns search(q) -> results, best first; search.suggest,
   search.addText and search.hasText. Vanilla JS, no dependencies. */
(function () {
  'use strict';

  var MAX_RESULTS = 200;
  var MAX_QUERY = 200;
  var MAX_WORDS = 10;

  // The slug of an invoice code (content-model.md): "MOMS 25%" -> "moms-25", "RÄNTA" -> "ranta".
  var ASCII = { 'æ': 'ae', 'ø': 'o', 'å': 'a', 'ä': 'a', 'ö': 'o', 'ü': 'u', 'é': 'e', 'ß': 'ss' };
  function fold(s) {
    return s.replace(/[æøåäöüéß]/g, function (c) { return ASCII[c]; })
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  function slug(s) {
    return fold(s.toLowerCase()).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  // A code pattern without its separators, for a code typed without them: 'FSC-\d{2}' -> 'FSC\d{2}'
  // matches "fsc12". A separator (with a quantifier after it) goes outside character classes only.
  function compactPattern(p) {
    var out = '', inClass = false;
    for (var i = 0; i < p.length; i++) {
      var c = p[i], sep = false;
      if (c === '\\' && i + 1 < p.length) {
        if (!inClass && /[-\/. %s]/.test(p[i + 1])) { i++; sep = true; } else { out += c + p[++i]; continue; }
      } else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (!inClass && /[- \/%]/.test(c)) sep = true;
      if (sep) { if (/[*+?]/.test(p[i + 1] || '')) i++; continue; }
      out += c;
    }
    return out;
  }

  function createEngine(lunr, indexJson, docsJson, lang) {
    var index = lunr.Index.load(indexJson);
    var textIndex = null, roleTexts = {};
    var docs = docsJson.docs || {};
    var codes = docsJson.codes || {}, retired = docsJson.retired || {};
    var trimmer = (lang !== 'en' && lunr[lang] && lunr[lang].trimmer) || lunr.trimmer;
    var stopWords = (lang !== 'en' && lunr[lang] && lunr[lang].stopWordFilter) || lunr.stopWordFilter;
    var TRAILING = lunr.Query.wildcard.TRAILING;

    // Codes (and retired codes) by their slug without '-': "mva25", "MVA 25 %" and "F S C" find theirs.
    var compactCodes = {};
    [codes, retired].forEach(function (set, r) {
      Object.keys(set).forEach(function (s) {
        var key = s.replace(/-/g, '');
        if (!compactCodes[key]) compactCodes[key] = { entry: set[s], retired: r === 1 };
      });
    });
    var families = (docsJson.families || []).map(function (f) {
      var res = [];
      (f.p || []).forEach(function (p) {
        // A pattern this browser cannot read is skipped rather than breaking search.
        try { res.push(new RegExp('^(?:' + p + ')$', 'i')); } catch (e) { /* skipped */ }
        try { res.push(new RegExp('^(?:' + compactPattern(p) + ')$', 'i')); } catch (e) { /* skipped */ }
      });
      return { res: res, ref: f.ref, codes: f.codes || [] };
    });

    // The code a text is, however typed: a listed code, a retired one, or a member of a code family
    // (FSC-12, "fsc 12", FSC12 -> FSC, with the typed code carried to its page).
    function findCode(text) {
      var s = slug(text);
      if (!s) return null;
      if (codes[s]) return { code: codes[s] };
      if (retired[s]) return { code: retired[s], retired: true };
      var flat = s.replace(/-/g, '');
      if (compactCodes[flat]) return { code: compactCodes[flat].entry, retired: compactCodes[flat].retired };
      var tries = [text.trim(), s, s.replace(/-/g, ' '), flat];
      for (var i = 0; i < families.length; i++) {
        var f = families[i];
        if (!f.res.some(function (re) { return tries.some(function (t) { return re.test(t); }); })) continue;
        var own = f.codes.filter(function (c) { return flat.lastIndexOf(c.replace(/-/g, ''), 0) === 0; })[0] || f.codes[0];
        var typed = text.trim().toUpperCase();
        if (own && codes[own]) return { code: { c: typed, u: codes[own].u + '?code=' + encodeURIComponent(typed), ref: codes[own].ref } };
        return { ref: f.ref };
      }
      return null;
    }

    function known(idx, term) { return idx.invertedIndex[term] !== undefined; }
    function stemsOf(idx, word) { return idx.pipeline.runString(word).filter(Boolean); }
    function beginsAWord(text) { return index.tokenSet.intersect(lunr.TokenSet.fromString(text + '*')).toArray().length > 0; }

    // The words index's words that end with a text (compound heads before it: "løft" -> "bakløft"),
    // at most 50, from its words written backwards and sorted: a leading wildcard would walk the
    // whole index for every query (7-9 ms at 1,000 terms).
    var backwards = null;
    function reverse(s) { return s.split('').reverse().join(''); }
    function endingWith(text) {
      if (!backwards) backwards = Object.keys(index.invertedIndex).map(reverse).sort();
      var r = reverse(text), lo = 0, hi = backwards.length, out = [];
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (backwards[mid] < r) lo = mid + 1; else hi = mid;
      }
      for (var i = lo; i < backwards.length && out.length < 50 && backwards[i].lastIndexOf(r, 0) === 0; i++) {
        if (backwards[i] !== r) out.push(reverse(backwards[i]));
      }
      return out;
    }

    // The words index's words by their letters without accents: "drojsmalsrant" -> "dröjsmålsränt".
    var foldedWords = null;
    function unfolded(term) {
      if (!foldedWords) {
        foldedWords = Object.create(null);
        Object.keys(index.invertedIndex).forEach(function (w) {
          var f = fold(w);
          if (f !== w) (foldedWords[f] = foldedWords[f] || []).push(w);
        });
      }
      return foldedWords[fold(term)] || [];
    }

    // The query's words as the index spells them: lunr's tokenizer (lower case, split on spaces
    // and hyphens), split again on lunr's query syntax (^ ~ * : +), each piece through the
    // language's trimmer (so "fsc:" is "fsc", "frakt^2" is "frakt" and "2"), stop words left out
    // (the index has none) unless the query has nothing else.
    function words(q) {
      var seen = {}, out = [], stops = [];
      lunr.tokenizer(q.slice(0, MAX_QUERY)).forEach(function (token) {
        String(token).split(/[\^~*:+]+/).forEach(function (piece) {
          var text = String(trimmer(new lunr.Token(piece, {})));
          if (!text || seen[text] || out.length >= MAX_WORDS) return;
          seen[text] = true;
          (stopWords(new lunr.Token(text, {})) === undefined ? stops : out).push(text);
        });
      });
      return (out.length ? out : stops).map(word);
    }

    // A query word: what it is in the index (forms), and the longer words it is the ending of
    // (tails), unless it looks like a typo of a word there (it is not one itself, but one letter
    // away from one).
    function word(text) {
      var f = forms(text);
      var isTypo = !f.some(function (x) { return known(index, x.term); }) &&
        (typo(text) || f.some(function (x) { return typo(x.term); }));
      return { word: text, forms: f, tails: text.length >= 4 && f.length && !isTypo ? endingWith(f[0].term) : [] };
    }

    function typo(word) {
      return word.length >= 5 && index.query(function (query) { query.term(word, { usePipeline: false, editDistance: 1 }); }).length > 0;
    }

    // The index words a query word stands for, with their weight: its stems; for Nordic languages
    // the stem stemmed again (Snowball takes one suffix: "lastemeteren" -> "lastemeter" -> "lastemet");
    // when none of these is in the words index and neither the word nor its stem is one typo away
    // from a word that is, its longest beginning of 4 letters or more that is, at most 3 letters
    // shorter (an ending the stemmer does not know: "räntan" -> "ränt"); and the
    // index's words with the same letters but for accents ("farjetillagg" -> "färjetillägg").
    function forms(word) {
      var out = [], seen = {};
      function add(term, boost) { if (term && !seen[term]) { seen[term] = true; out.push({ term: term, boost: boost }); } }
      var stems = stemsOf(index, word);
      stems.forEach(function (s) { add(s, 10); });
      if (lang !== 'en') stems.forEach(function (s) { stemsOf(index, s).forEach(function (t) { add(t, 8); }); });
      if (!out.some(function (f) { return known(index, f.term); }) && !typo(word) && !stems.some(typo)) {
        for (var cut = 1; cut <= 3 && word.length - cut >= 4; cut++) {
          var shorter = stemsOf(index, word.slice(0, -cut)).filter(function (t) { return known(index, t); });
          if (shorter.length) { shorter.forEach(function (t) { add(t, 6); }); break; }
        }
      }
      out.slice().concat([{ term: word }]).forEach(function (f) {
        unfolded(f.term).forEach(function (t) { add(t, 8); });
      });
      return out;
    }

    // A compound the index does not have, as two parts it does, where both can be found:
    // "påminnelsesgebyret" -> "påminnelses" + "gebyret", "taillift" -> "tail" + "lift". The tail is
    // the longest that is a word of the index, or the ending of one; the head (without a linking
    // s or e) a word, or the beginning or ending of one.
    function split(text) {
      // The tail as the whole word's stem ends: a tail stemmed alone may keep an ending the
      // compound loses ("leie" stays "leie", "palleplassleie" -> "palleplasslei", as "lagerleie" -> "lagerlei").
      var whole = stemsOf(index, text)[0] || text;
      for (var i = 3; i <= text.length - 4; i++) {
        var head = text.slice(0, i), tail = text.slice(i);
        var tailStems = stemsOf(index, tail);
        if (whole.length > i + 2 && whole.lastIndexOf(head, 0) === 0) tailStems.push(whole.slice(i));
        var tails = tailStems.filter(function (t) { return known(index, t) || endingWith(t).length > 0; });
        if (!tails.length) continue;
        var heads = /[se]$/.test(head) && head.length > 3 ? [head, head.slice(0, -1)] : [head];
        for (var h = 0; h < heads.length; h++) {
          var stems = stemsOf(index, heads[h]).concat([heads[h]]);
          if (stems.some(function (t) { return known(index, t) || beginsAWord(t) || endingWith(t).length > 0; })) {
            var last = word(tail);
            tails.forEach(function (t) {
              if (!last.forms.some(function (f) { return f.term === t; })) last.forms.push({ term: t, boost: 10 });
              endingWith(t).forEach(function (e) { if (last.tails.indexOf(e) < 0) last.tails.push(e); });
            });
            return [word(heads[h]), last];
          }
        }
      }
      return null;
    }

    // Per word: its forms exactly; unless strict, the word as typed as a prefix (wildcards skip the
    // pipeline, so a prefix longer than the stem would find nothing on its own), in the words index
    // the compounds it ends ("løft" -> "bakløft"), and for words of five letters or more, one typo.
    function clauses(query, w, idx, strict) {
      w.forms.forEach(function (f) { query.term(f.term, { usePipeline: false, boost: f.boost }); });
      if (strict) return;
      query.term(w.word, { usePipeline: false, wildcard: TRAILING, boost: w.word.length > 2 ? 4 : 1 });
      if (idx === index) w.tails.forEach(function (t) { query.term(t, { usePipeline: false, boost: 2 }); });
      if (w.word.length < 5) return;
      query.term(w.word, { usePipeline: false, editDistance: 1, boost: 1 });
      w.forms.forEach(function (f) {
        if (f.term !== w.word) query.term(f.term, { usePipeline: false, editDistance: 1, boost: 1 });
      });
    }

    // Search as you type: a term whose name (or abbreviation) is, or begins with, what was typed
    // goes before terms that only mention it.
    function nameBonus(doc, typed) {
      var names = [doc.t.toLowerCase(), (doc.a || '').toLowerCase()];
      if (names.indexOf(typed) >= 0) return 3;
      return names.some(function (n) { return n && n.lastIndexOf(typed, 0) === 0; }) ? 1.5 : 1;
    }

    function run(idx, list, strict) {
      return idx.query(function (query) { list.forEach(function (w) { clauses(query, w, idx, strict); }); });
    }

    // One index's hits for the query's words, best first.
    function ranked(idx, list, typed, strict) {
      var hits = run(idx, list, strict);
      if (list.length > 1) {
        // Several words: keep the terms that match every word that matches anything at all.
        var sets = list.map(function (w) {
          var set = {};
          run(idx, [w], strict).forEach(function (h) { set[h.ref] = true; });
          return set;
        }).filter(function (set) { return Object.keys(set).length > 0; });
        var all = hits.filter(function (h) { return sets.every(function (set) { return set[h.ref]; }); });
        if (all.length) hits = all;
      }
      hits = hits.filter(function (h) { return docs[h.ref]; });
      hits.forEach(function (h) {
        var doc = docs[h.ref];
        h.score *= nameBonus(doc, typed);
        if (doc.d) h.score *= 0.5; // a deprecated term after the current ones
      });
      return hits.sort(function (a, b) { return b.score - a.score || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0); });
    }

    function found(w) {
      return run(index, [w]).length > 0 || (textIndex !== null && run(textIndex, [w]).length > 0);
    }

    function search(q) {
      var results = [], seen = {};
      function push(result) {
        var key = result.code ? 'code:' + result.code.u : result.ref;
        if (seen[key] || results.length >= MAX_RESULTS || !docs[result.ref]) return;
        seen[key] = true;
        result.doc = docs[result.ref];
        result.roles = roleTexts[result.ref];
        results.push(result);
      }
      function pushCode(c) {
        if (c.code) push({ ref: c.code.ref, code: c.code, retired: !!c.retired });
        else push({ ref: c.ref });
      }

      // The whole query as a code, then any of its words that is one ("DSL code").
      var whole = findCode(q);
      if (whole) pushCode(whole);
      var list = words(q);
      if (list.length > 1 && list.length <= 3) {
        list.forEach(function (w) { if (w.word.length >= 3) { var c = findCode(w.word); if (c) pushCode(c); } });
      }
      if (!list.length) return results;

      // A word the words index does not know at all may be a compound of two that it does.
      list = list.reduce(function (out, w) {
        var parts = w.word.length >= 7 && run(index, [w]).length === 0 ? split(w.word) : null;
        return out.concat(parts || [w]);
      }, []);
      // A query with a word found nowhere (not even as a typo) is about something the glossary does
      // not have: only what its other words name exactly is shown, so "exchange rate" does not list
      // every term that mentions a rate.
      var strict = list.length > 1 && !list.every(found);
      var typed = q.trim().toLowerCase();
      var names = ranked(index, list, typed, strict);
      var mentions = textIndex && !strict ? ranked(textIndex, list, typed, false) : [];
      function isTerm(h) { return !docs[h.ref].k; }
      function notTerm(h) { return !!docs[h.ref].k; }
      // Terms whose names, codes or customer words match; processes and pages whose titles do; terms
      // whose summaries or explanations mention it; then processes and pages that do.
      names.filter(isTerm).concat(names.filter(notTerm), mentions.filter(isTerm), mentions.filter(notTerm))
        .forEach(function (h) { push({ ref: h.ref }); });
      return results;
    }

    // After a search without results: terms whose names are close to what was typed (two typos
    // away in the words index's own vocabulary), best first.
    search.suggest = function (q) {
      var list = words(q);
      if (!list.length) return [];
      var hits = index.query(function (query) {
        list.forEach(function (w) {
          if (w.word.length < 4) return;
          query.term(w.word, { usePipeline: false, editDistance: 2 });
          w.forms.forEach(function (f) { query.term(f.term, { usePipeline: false, editDistance: 2 }); });
        });
      });
      return hits.filter(function (h) { return docs[h.ref]; }).slice(0, 3).map(function (h) { return { ref: h.ref, doc: docs[h.ref] }; });
    };

    search.addText = function (textJson) {
      textIndex = lunr.Index.load(textJson.index);
      roleTexts = textJson.roles || {};
    };
    search.hasText = function () { return !!textIndex; };
    return search;
  }

  window.phrasebookSearchEngine = { create: createEngine };
})();
