/* Phrasebook default theme: invoice codes in the browser, from /codes.json (docs/codes-json.md).
   Loaded only where it is needed:
   - the 404 page, and only for a short link /c/{slug}/ that has no page (the inline script of
     notfound.liquid loads it): a listed code goes to its page, a code of a family (FSC-07) to the
     family's code page with ?code=FSC-07, anything else gets the unknown-code texts;
   - the "explain my invoice" page, where invoice.js uses what window.phrasebookCodes exports.
   Vanilla JS, no dependencies. Data is only ever written with textContent and attributes. */
(function () {
  'use strict';

  var html = document.documentElement;

  function ready(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : all;
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  // slug-rule:begin
  // The slug rule of the content model: lower case, Nordic and accented letters in ASCII, every
  // run of other characters one '-', no '-' at the ends. `MOMS 25%` -> `moms-25`. The table of
  // spelled letters is written in by the build from its own rule (Slug.Spelled in the C# source),
  // so the browser and the build give every code the same slug.
  var SPELLED = {/* slug-spelling */};
  var SPELLED_RE = new RegExp('[' + Object.keys(SPELLED).join('') + ']', 'g');
  function slugify(code) {
    var s = String(code).toLowerCase().replace(SPELLED_RE, function (c) { return SPELLED[c]; });
    if (s.normalize) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return s.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }
  // slug-rule:end

  function patternsOf(entry) {
    if (!entry._re) {
      entry._re = [];
      (entry.patterns || []).forEach(function (p) {
        // Patterns match the whole code, ignoring case (content model); a pattern this browser
        // cannot read is skipped rather than breaking the page.
        // The build allows only patterns that cannot backtrack without bound (docs/errors.md#pb011-invalidpattern).
        if (String(p).length > MAX_PATTERN_LENGTH) return;
        try { entry._re.push(new RegExp('^(?:' + p + ')$', 'i')); } catch (e) { /* skipped */ }
      });
    }
    return entry._re;
  }

  /* Finds the entry of codes.json that explains a code: {entry, family} or null.
     1. A listed code: the code's slug is a listed slug (so `fsc`, `FSC` and `Fsc/` all find FSC).
     2. A code of a family: a pattern matches. Patterns are written against the code as printed
        ('FSC-\d{2}'), but a short link carries only the slug, which has lost the printed
        separators: `FSC-07`, `FSC 07` and `FSC/07` all become `fsc-07`. So the patterns are tried,
        anchored and ignoring case, against the code as given, against the slug, and against the
        slug with every '-' read as a space and in upper case (`FSC 07`, for patterns written with
        a space such as 'MOMS \d+'). A separator other than '-' or ' ' cannot be recovered from a
        slug; such families need a pattern that accepts '-' too.
        When several codes share the family (BAF and FSC both explain the fuel surcharge), the one
        whose own slug starts the code's slug wins (`fsc-07` -> FSC), else the first in codes.json. */
  // Codes are short; a longer one (from a crafted link) is never matched, so no pattern runs on it.
  var MAX_CODE_LENGTH = 200, MAX_PATTERN_LENGTH = 100;

  function resolve(data, code) {
    if (String(code).length > MAX_CODE_LENGTH) return null;
    var slug = slugify(code), i, entry;
    if (!slug) return null;
    var codes = data.codes || [];
    for (i = 0; i < codes.length; i++) if (codes[i].slug === slug) return { entry: codes[i], family: false };
    var tries = [String(code).replace(/^\s+|\s+$/g, ''), slug, slug.replace(/-/g, ' ').toUpperCase()];
    var found = [];
    for (i = 0; i < codes.length; i++) {
      entry = codes[i];
      var fits = patternsOf(entry).some(function (re) {
        return tries.some(function (t) { return re.test(t); });
      });
      if (fits) found.push(entry);
    }
    if (!found.length) return null;
    var best = found[0], bestLength = -1;
    found.forEach(function (e) {
      var own = e.slug || '';
      if ((slug === own || slug.indexOf(own + '-') === 0) && own.length > bestLength) {
        best = e;
        bestLength = own.length;
      }
    });
    return { entry: best, family: true };
  }

  // The best of the site's languages for this reader, as the short-link page chooses it: the
  // language picked on the site before, else the browser's languages, else the default.
  function bestLanguage(data) {
    var langs = data.languages || [], kin = { no: ['nb', 'nn'], nb: ['no', 'nn'], nn: ['nb', 'no'] };
    function pick(tag) {
      if (!tag) return null;
      tag = String(tag).toLowerCase().replace('_', '-');
      if (langs.indexOf(tag) >= 0) return tag;
      var base = tag.split('-')[0], alt = [base].concat(kin[base] || []);
      for (var j = 0; j < alt.length; j++) if (langs.indexOf(alt[j]) >= 0) return alt[j];
      return null;
    }
    var choice = null, i;
    try { choice = pick(localStorage.getItem('phrasebook.lang')); } catch (e) { /* no storage */ }
    var wanted = navigator.languages || [navigator.language];
    for (i = 0; !choice && i < wanted.length; i++) choice = pick(wanted[i]);
    return choice || data.default_language || langs[0];
  }

  // codes.json URLs are absolute, for the production host; in the browser the path on this host
  // is what counts (it already holds LinkRoot), so previews and test servers work too.
  function localUrl(absolute) {
    try { return new URL(absolute, location.href).pathname; } catch (e) { return null; }
  }

  function pick(map, lang, fallback) {
    if (!map) return '';
    return map[lang] != null ? map[lang] : (map[fallback] != null ? map[fallback] : '');
  }

  function loadCodes(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error('codes.json: HTTP ' + response.status);
      return response.json();
    });
  }

  /* ---------- 404 page: /c/{slug}/ without a page ---------- */
  function shortLinkMiss(page) {
    var root = page.getAttribute('data-root') || '/';
    var raw = location.pathname.slice(root.length + 2).replace(/\/$/, ''), typed;
    try { typed = decodeURIComponent(raw); } catch (e) { typed = raw; }

    function unknown() {
      var code = typed.toUpperCase();
      var title = page.querySelector('[data-unknown-code-title]');
      var text = page.querySelector('[data-unknown-code-text]');
      var input = page.querySelector('input[name=q]');
      var search = page.querySelector('[data-unknown-code-search]');
      var contact = page.querySelector('[data-unknown-code-contact]');
      if (title) {
        title.textContent = fill(title.getAttribute('data-unknown-code-title'), { code: code });
        document.title = title.textContent + ' – ' + document.title.split(' – ').slice(1).join(' – ');
      }
      if (text) text.textContent = text.getAttribute('data-unknown-code-text');
      if (input) input.value = code;
      if (search) {
        search.textContent = fill(search.getAttribute('data-unknown-code-search'), { code: code });
        search.href = (page.getAttribute('data-search-url') || search.getAttribute('href')) + '?q=' + encodeURIComponent(code);
        search.parentNode.hidden = false;
      }
      if (contact) contact.hidden = false;
      page.setAttribute('data-unknown-code', code);
      html.classList.remove('code-lookup');
    }

    // The host serves the default language's 404 page; a reader whose browser prefers another of
    // the site's languages gets that language's (/{lang}/404.html): its main part and footer replace
    // these, so the unknown-code answer is in the reader's language.
    function inReadersLanguage(data) {
      var lang = bestLanguage(data);
      if (!lang || lang === html.getAttribute('lang') || !window.DOMParser) return Promise.resolve();
      return fetch(root + lang + '/404.html', { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error('404.html: HTTP ' + response.status);
        return response.text();
      }).then(function (text) {
        var other = new DOMParser().parseFromString(text, 'text/html');
        var article = other.querySelector('[data-notfound-page]');
        var main = document.querySelector('main'), otherMain = other.querySelector('main');
        if (!article || !main || !otherMain) return;
        main.replaceWith(document.importNode(otherMain, true));
        var footer = document.querySelector('.site-footer'), otherFooter = other.querySelector('.site-footer');
        if (footer && otherFooter) footer.replaceWith(document.importNode(otherFooter, true));
        html.setAttribute('lang', lang);
        document.title = other.title;
        page = document.querySelector('[data-notfound-page]');
      }).catch(function () { /* the default language's answer is still an answer */ });
    }

    loadCodes(page.getAttribute('data-codes-json')).then(function (data) {
      var found = resolve(data, typed);
      var target = found && localUrl(pick(found.entry.url, bestLanguage(data), data.default_language));
      if (!target) return inReadersLanguage(data).then(unknown);
      var query = new URLSearchParams(location.search);
      if (found.family) query.set('code', typed.toUpperCase());
      var search = query.toString();
      location.replace(target + (search ? '?' + search : '') + location.hash);
    }).catch(unknown);
  }

  // What invoice.js (explain my invoice) builds on: one code rule for the whole site.
  window.phrasebookCodes = { resolve: resolve, slugify: slugify, loadCodes: loadCodes, localUrl: localUrl, pick: pick, fill: fill, el: el };

  ready(function () {
    var notFound = document.querySelector('[data-notfound-page]');
    if (notFound && html.classList.contains('code-lookup')) shortLinkMiss(notFound);
  });
})();
