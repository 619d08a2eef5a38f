/* Phrasebook search: results as you type from the prebuilt lunr index of the page's language.
   Vanilla JS, no dependencies. Nothing is loaded until a reader first touches a search box: then
   the lunr scripts (in order), search/{lang}/index.json (names, codes, customer words) and
   search/{lang}/docs.json. The prose index (summaries and explanations, search/{lang}/text.json)
   is several times bigger: it is fetched only when a query leaves room for more suggestions, when
   a role is chosen (it holds the role snippets), and on the search page; its hits follow the name
   matches. Every search form (role=search, input name=q) becomes a WAI-ARIA 1.2 combobox with a
   listbox of suggestions; the search page's own form renders the full list into
   [data-search-results] instead.
   Settings and UI strings come from <script type="application/json" id="search-config">. */
(function () {
  'use strict';

  var configElement = document.getElementById('search-config');
  if (!configElement || !window.fetch || !window.Promise) return;
  var config;
  try { config = JSON.parse(configElement.textContent); } catch (e) { return; }
  var strings = config.strings || {};
  var roleNames = config.roles || {};

  var MAX_SUGGESTIONS = 8;
  var MAX_RESULTS = 200;
  var MAX_QUERY = 200;
  var MAX_WORDS = 10;

  function text(key, values) {
    var s = strings[key] || key;
    for (var name in values) s = s.split('{' + name + '}').join(values[name]);
    return s;
  }

  function count(n, q) {
    if (n === 0) return text('search_no_results', { q: q });
    return text(n === 1 ? 'search_results_one' : 'search_results_other', { n: n, q: q });
  }

  /* ---------- Loading (once, on the first interaction) ---------- */

  var engine = null, fullText = null;

  function loadScripts(urls) {
    // Inserted scripts with async = false download in parallel and run in insertion order.
    return Promise.all(urls.map(function (url) {
      return new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = url;
        script.async = false;
        script.onload = resolve;
        script.onerror = function () { reject(new Error('Could not load ' + url)); };
        document.head.appendChild(script);
      });
    }));
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      return response.json();
    });
  }

  var ready = false; // the words index is loaded: boxes stop saying "loading"

  function load() {
    if (engine) return engine;
    var scripts = window.lunr ? Promise.resolve() : loadScripts(config.scripts || []);
    engine = Promise.all([scripts, getJson(config.index_url), getJson(config.docs_url)])
      .then(function (r) { var search = createEngine(window.lunr, r[1], r[2], config.lang); ready = true; return search; });
    engine.catch(function () { engine = null; }); // the next interaction tries again
    return engine;
  }

  function loadText() {
    if (fullText) return fullText;
    fullText = Promise.all([load(), getJson(config.text_url)])
      .then(function (r) { r[0].addText(r[1]); return r[0]; });
    fullText.catch(function () { fullText = null; });
    return fullText;
  }

  // Where the explanations' index cannot help (it failed to load), the words index still answers.
  function loadAll() {
    return loadText().catch(function () { return load(); });
  }

  /* ---------- Searching ---------- */

  /* engine:start */
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
      var isTypo = !f.some(function (x) { return known(index, x.term); }) && typo(text);
      return { word: text, forms: f, tails: text.length >= 4 && f.length && !isTypo ? endingWith(f[0].term) : [] };
    }

    function typo(word) {
      return word.length >= 5 && index.query(function (query) { query.term(word, { usePipeline: false, editDistance: 1 }); }).length > 0;
    }

    // The index words a query word stands for, with their weight: its stems; for Nordic languages
    // the stem stemmed again (Snowball takes one suffix: "lastemeteren" -> "lastemeter" -> "lastemet");
    // when none of these is in the words index and the word is not one typo away from a word that is,
    // its longest beginning of 4 letters or more that is, at most 3 letters shorter (an ending the
    // stemmer does not know: "räntan" -> "ränt"); and the
    // index's words with the same letters but for accents ("farjetillagg" -> "färjetillägg").
    function forms(word) {
      var out = [], seen = {};
      function add(term, boost) { if (term && !seen[term]) { seen[term] = true; out.push({ term: term, boost: boost }); } }
      var stems = stemsOf(index, word);
      stems.forEach(function (s) { add(s, 10); });
      if (lang !== 'en') stems.forEach(function (s) { stemsOf(index, s).forEach(function (t) { add(t, 8); }); });
      if (!out.some(function (f) { return known(index, f.term); }) && !typo(word)) {
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
  /* engine:end */

  /* ---------- Rendering ---------- */

  function el(tag, className, content) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (content != null) e.textContent = content;
    return e;
  }

  function currentRole() {
    var role = document.documentElement.getAttribute('data-role');
    return role && role !== 'all' ? role : null;
  }

  // The parts of one result, shared by the suggestions and the search page's list.
  function resultParts(result, titleTag) {
    var doc = result.doc, parts = [];
    var title = el(titleTag, 'search-result-title');
    if (result.retired) {
      // A retired code: its page says so and leads on to the term that replaced it.
      title.appendChild(el('span', 'search-result-kicker', text('kicker_retired_code')));
      title.appendChild(el('code', 'search-result-code', result.code.c));
      parts.push(title);
      parts.push(el('span', 'search-result-summary', text('search_replaced_by', { t: doc.t })));
      return parts;
    }
    if (result.code) {
      title.appendChild(el('span', 'search-result-kicker', text('kicker_code')));
      title.appendChild(el('code', 'search-result-code', result.code.c));
      title.appendChild(document.createTextNode(' – ' + doc.t));
    } else {
      if (doc.k) title.appendChild(el('span', 'search-result-kicker', text(doc.k === 'p' ? 'kicker_process' : 'kicker_page')));
      title.appendChild(document.createTextNode(doc.t));
      if (doc.a) title.appendChild(el('span', 'search-result-abbr', doc.a));
    }
    if (doc.d) title.appendChild(el('span', 'badge badge-deprecated', text('deprecated_badge')));
    parts.push(title);
    if (doc.s) parts.push(el('span', 'search-result-summary', doc.s));
    var role = currentRole();
    if (role && result.roles && result.roles[role]) {
      var snippet = el('span', 'search-result-role');
      snippet.appendChild(el('span', 'search-result-role-name', (roleNames[role] || role) + ': '));
      snippet.appendChild(document.createTextNode(result.roles[role]));
      parts.push(snippet);
    }
    if (!result.code && doc.c && doc.c.length) {
      var list = el('span', 'search-result-codes');
      list.appendChild(el('span', 'visually-hidden', text('codes_title') + ': '));
      doc.c.forEach(function (c) { list.appendChild(el('code', 'search-result-code', c)); });
      parts.push(list);
    }
    return parts;
  }

  function url(result) { return result.code ? result.code.u : result.doc.u; }

  function searchPageUrl(q) {
    return config.page_url + (q ? '?q=' + encodeURIComponent(q) : '');
  }

  // Where a reader goes after a search without results: close matches from the index ("did you
  // mean"), the A-Z list, the codes list, the contact text, and a prefilled message to the editors
  // (an issue in the site's repository or an e-mail, from the settings; none without either).
  function missHelp(search, q) {
    var help = { suggestions: search ? search.suggest(q) : [], links: [] };
    if (config.terms_url) help.links.push({ key: 'az', label: text('search_miss_az'), href: config.terms_url });
    if (config.codes_url) help.links.push({ key: 'codes', label: text('search_miss_codes'), href: config.codes_url });
    if (config.contact) help.links.push({ key: 'contact', label: text('search_miss_contact'), href: config.contact });
    if (config.feedback_url) {
      var values = { q: q.trim(), lang: config.page_lang || '', page: window.location.href };
      help.feedback = config.feedback_url
        .split('{subject}').join(encodeURIComponent(text('search_feedback_subject', values)))
        .split('{body}').join(encodeURIComponent(text('search_feedback_body', values)));
    }
    return help;
  }

  // "Look it up in the {az}, in the {codes}, or {contact}." with each link in its place; a site
  // without one of them (no contact text) gets the links one after the other instead.
  function helpSentence(help) {
    var p = el('p', 'search-miss-links'), sentence = text('search_miss_help'), at = 0;
    var links = {};
    help.links.forEach(function (l) { links[l.key] = l; });
    if (help.links.length < 3) {
      help.links.forEach(function (l, i) {
        if (i) p.appendChild(document.createTextNode(' · '));
        var a = el('a', null, l.label);
        a.href = l.href;
        p.appendChild(a);
      });
      return p;
    }
    sentence.replace(/\{(az|codes|contact)\}/g, function (all, key, index) {
      p.appendChild(document.createTextNode(sentence.slice(at, index)));
      at = index + all.length;
      var l = links[key];
      if (l) { var a = el('a', null, l.label); a.href = l.href; p.appendChild(a); }
      return all;
    });
    p.appendChild(document.createTextNode(sentence.slice(at)));
    return p;
  }

  /* ---------- The combobox (every search box but the search page's own) ---------- */

  var uid = 0;

  function Combobox(form, input) {
    var id = 'search-' + (++uid);
    var self = this;
    this.input = input;
    this.form = form;
    this.results = [];
    this.active = -1;

    form.classList.add('has-search-popup');
    this.popup = el('div', 'search-popup');
    this.popup.hidden = true;
    this.listbox = el('ul', 'search-listbox');
    this.listbox.id = id + '-listbox';
    this.listbox.setAttribute('role', 'listbox');
    this.listbox.setAttribute('aria-label', text('search_suggestions_label'));
    this.note = el('p', 'search-popup-note');
    this.note.hidden = true;
    this.popup.appendChild(this.listbox);
    this.popup.appendChild(this.note);
    this.status = el('div', 'visually-hidden');
    this.status.setAttribute('role', 'status');
    form.appendChild(this.popup);
    form.appendChild(this.status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.listbox.id);

    // While the index loads (a slow line), the box says so in its placeholder and, once something
    // is typed, in its popup.
    this.placeholder = input.getAttribute('placeholder');
    input.addEventListener('focus', function () {
      if (!ready) input.setAttribute('placeholder', text('search_loading'));
      load().then(function () { self.loaded(); }, function () { self.loaded(); });
      self.update();
    });
    input.addEventListener('input', function () { self.update(); });
    input.addEventListener('keydown', function (e) { self.key(e); });
    input.addEventListener('blur', function () { self.close(); });
    // Keep the focus in the box while an option is clicked. An option holds no link (a focusable element
    // inside role=option is nested interaction, which screen readers handle badly): a click goes to its
    // data-href, in a new tab with Ctrl or Cmd as a link would.
    this.popup.addEventListener('mousedown', function (e) { e.preventDefault(); });
    this.popup.addEventListener('click', function (e) {
      var option = e.target.closest && e.target.closest('[role="option"][data-href]');
      if (!option) return;
      if (e.ctrlKey || e.metaKey) window.open(option.getAttribute('data-href'), '_blank', 'noopener');
      else window.location.href = option.getAttribute('data-href');
    });
    document.addEventListener('pointerdown', function (e) {
      if (!form.contains(e.target)) self.close();
    });
  }

  Combobox.prototype.loaded = function () {
    if (this.placeholder === null) this.input.removeAttribute('placeholder');
    else this.input.setAttribute('placeholder', this.placeholder);
  };

  Combobox.prototype.loading = function () {
    this.listbox.textContent = '';
    this.listbox.hidden = true;
    this.note.textContent = text('search_loading');
    this.note.hidden = false;
    this.status.textContent = text('search_loading');
    this.popup.setAttribute('data-loading', 'true');
    this.popup.hidden = false;
    this.input.setAttribute('aria-busy', 'true');
  };

  Combobox.prototype.update = function () {
    var self = this, q = this.input.value;
    if (!q.trim()) { this.show([], ''); return; }
    if (!ready) this.loading();
    load().then(function (search) {
      if (self.input.value !== q || document.activeElement !== self.input) return; // stale
      var results = search(q);
      self.show(results, q, search);
      if (!search.hasText() && (results.length < MAX_SUGGESTIONS || currentRole())) {
        self.listbox.setAttribute('aria-busy', 'true'); // more suggestions may follow
        loadText().then(function () {
          if (self.input.value === q && document.activeElement === self.input) self.show(search(q), q, search);
        }, function () {}).then(function () { self.listbox.removeAttribute('aria-busy'); });
      }
    }, function () {
      if (self.input.value === q) self.show(null, q);
    });
  };

  Combobox.prototype.option = function (id, href, parts) {
    var option = el('li', 'search-option');
    option.id = id;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.setAttribute('data-href', href);
    var body = el('span', 'search-option-body');
    parts.forEach(function (part) { body.appendChild(part); });
    option.appendChild(body);
    this.listbox.appendChild(option);
    return option;
  };

  // After a miss: close matches, then the A-Z list, the codes list, contact and the editors, as options
  // (reachable with the arrow keys like any suggestion).
  Combobox.prototype.showHelp = function (search, q) {
    var self = this, help = missHelp(search, q), n = 0;
    help.suggestions.forEach(function (result) {
      var parts = resultParts(result, 'span');
      parts[0].insertBefore(el('span', 'search-result-kicker', text('search_did_you_mean')), parts[0].firstChild);
      self.option(self.listbox.id + '-help-' + (n++), url(result), parts).classList.add('search-option-suggestion');
    });
    help.links.forEach(function (l) {
      self.option(self.listbox.id + '-help-' + (n++), l.href, [el('span', null, l.label)]).classList.add('search-option-help');
    });
    if (help.feedback) {
      self.option(self.listbox.id + '-help-' + (n++), help.feedback, [el('span', null, text('search_tell_editors'))]).classList.add('search-option-help', 'search-option-feedback');
    }
    return n;
  };

  Combobox.prototype.show = function (results, q, search) {
    var self = this;
    this.results = results || [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.input.removeAttribute('aria-busy');
    this.popup.removeAttribute('data-loading');
    this.listbox.textContent = '';
    if (!q.trim()) {
      this.status.textContent = '';
      this.close();
      return;
    }
    var shown = this.results.slice(0, MAX_SUGGESTIONS);
    shown.forEach(function (result, i) {
      self.option(self.listbox.id + '-' + i, url(result), resultParts(result, 'span'));
    });
    if (this.results.length > shown.length) {
      var more = el('li', 'search-option search-option-more');
      more.id = this.listbox.id + '-more';
      more.setAttribute('role', 'option');
      more.setAttribute('aria-selected', 'false');
      more.setAttribute('data-href', searchPageUrl(q));
      more.appendChild(el('span', 'search-option-body', text('search_show_all', { n: this.results.length })));
      this.listbox.appendChild(more);
    }
    var help = results && !this.results.length ? this.showHelp(search, q) : 0;
    this.note.textContent = results ? count(0, q) : text('search_error');
    this.note.hidden = this.results.length > 0;
    this.listbox.hidden = this.results.length === 0 && help === 0;
    this.status.textContent = results ? count(this.results.length, q) : text('search_error');
    this.popup.setAttribute('data-query', q); // what the suggestions are for (tests wait on it)
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', String(!this.listbox.hidden));
  };

  Combobox.prototype.isOpen = function () { return !this.popup.hidden; };

  Combobox.prototype.close = function () {
    this.popup.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  };

  Combobox.prototype.options = function () {
    return this.listbox.querySelectorAll('[role="option"]');
  };

  Combobox.prototype.activate = function (i) {
    var options = this.options();
    if (this.active >= 0 && options[this.active]) options[this.active].setAttribute('aria-selected', 'false');
    this.active = i;
    if (i < 0 || !options[i]) {
      this.active = -1;
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    options[i].setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', options[i].id);
    if (options[i].scrollIntoView) options[i].scrollIntoView({ block: 'nearest' });
  };

  Combobox.prototype.key = function (e) {
    var n = this.options().length;
    if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (!n) return;
        e.preventDefault();
        if (!this.isOpen()) { this.popup.hidden = false; this.input.setAttribute('aria-expanded', 'true'); }
        var down = e.key === 'ArrowDown';
        this.activate(this.active < 0 ? (down ? 0 : n - 1) : (this.active + (down ? 1 : n - 1)) % n);
        break;
      case 'Enter':
        if (this.isOpen() && this.active >= 0) {
          e.preventDefault();
          window.location.href = this.options()[this.active].getAttribute('data-href');
        }
        break; // with no active option the form goes to the search page
      case 'Escape':
        if (this.isOpen()) {
          e.preventDefault();
          this.close();
        } else if (this.input.value) {
          e.preventDefault();
          this.input.value = '';
          this.show([], '');
        }
        break;
      case 'Tab':
        this.close();
        break;
    }
  };

  /* ---------- The search page: the full list ---------- */

  function SearchPage(root, form, input) {
    var self = this;
    this.input = input;
    this.list = root.querySelector('[data-search-results]');
    this.status = root.querySelector('[data-search-status]');
    this.hint = root.querySelector('[data-search-hint]');
    input.addEventListener('focus', function () { loadAll().catch(function () {}); });
    input.addEventListener('input', function () { self.update(true); });
    form.addEventListener('submit', function (e) { e.preventDefault(); self.update(true); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && input.value) { e.preventDefault(); input.value = ''; self.update(true); }
    });
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) { input.value = q; this.update(false); }
  }

  // After a miss: close matches as links, the places to look it up, and the message to the editors.
  SearchPage.prototype.help = function (q) {
    var box = el('div', 'search-miss'), help = missHelp(this.search, q);
    if (help.suggestions.length) {
      var p = el('p', 'search-did-you-mean', text('search_did_you_mean') + ' ');
      help.suggestions.forEach(function (result, i) {
        if (i) p.appendChild(document.createTextNode(', '));
        var a = el('a', null, result.doc.t);
        a.href = url(result);
        p.appendChild(a);
      });
      box.appendChild(p);
    }
    if (help.links.length) box.appendChild(helpSentence(help));
    if (help.feedback) {
      var f = el('p', 'search-feedback'), link = el('a', null, text('search_tell_editors'));
      link.href = help.feedback;
      f.appendChild(link);
      box.appendChild(f);
    }
    return box;
  };

  SearchPage.prototype.update = function (remember) {
    var self = this, q = this.input.value;
    if (remember && window.history.replaceState) {
      window.history.replaceState(window.history.state, '', searchPageUrl(q.trim() ? q : ''));
    }
    if (!q.trim()) { this.render([], ''); return; }
    if (this.status) this.status.textContent = text('search_loading');
    loadAll().then(function (search) {
      self.search = search;
      if (self.input.value === q) self.render(search(q), q);
    }, function () {
      if (self.input.value === q) self.render(null, q);
    });
  };

  SearchPage.prototype.render = function (results, q) {
    if (this.hint) this.hint.hidden = !!q.trim();
    if (this.status) this.status.textContent = !q.trim() ? '' : results ? count(results.length, q) : text('search_error');
    if (!this.list) return;
    this.list.textContent = '';
    this.list.setAttribute('data-query', q);
    if (results && !results.length && q.trim()) this.list.appendChild(this.help(q));
    if (!results || !results.length) return;
    var ol = el('ol', 'search-list');
    results.forEach(function (result) {
      var li = el('li', 'search-result');
      var parts = resultParts(result, 'h2');
      var title = parts[0], link = el('a');
      link.href = url(result);
      while (title.firstChild) link.appendChild(title.firstChild);
      title.appendChild(link);
      parts.forEach(function (part) {
        if (part !== title && part.tagName === 'SPAN') {
          var p = el('p', part.className);
          while (part.firstChild) p.appendChild(part.firstChild);
          part = p;
        }
        li.appendChild(part);
      });
      ol.appendChild(li);
    });
    this.list.appendChild(ol);
  };

  // For other scripts and for the search quality benchmark (tests/search-quality/run.js runs this
  // very file in Node): the search page's results for a query, once the search files are loaded.
  window.phrasebookSearch = function (q) {
    return loadAll().then(function (search) {
      return search(q).map(function (result) {
        return { url: url(result), ref: result.ref, title: result.doc.t, code: result.code ? result.code.c : null };
      });
    });
  };

  /* ---------- Wiring ---------- */

  var forms = document.querySelectorAll('form[role="search"]');
  Array.prototype.forEach.call(forms, function (form) {
    var input = form.querySelector('input[name="q"]');
    if (!input) return;
    var page = form.closest('[data-search-page]');
    if (page) new SearchPage(page, form, input);
    else new Combobox(form, input);
  });
})();
