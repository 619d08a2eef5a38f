/* Phrasebook search: results as you type from the prebuilt lunr index of the page's language.
   Vanilla JS, no dependencies. Nothing is loaded until a reader first touches a search box: then
   the lunr scripts (in order) and the search engine (search-engine.js), search/{lang}/index.json
   (names, codes, customer words) and search/{lang}/docs.json. The prose index (summaries and explanations, search/{lang}/text.json)
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
    var scripts = window.lunr && window.phrasebookSearchEngine ? Promise.resolve()
      : loadScripts((window.lunr ? [] : config.scripts || []).concat(window.phrasebookSearchEngine ? [] : [config.engine_url]));
    engine = Promise.all([scripts, getJson(config.index_url), getJson(config.docs_url)])
      .then(function (r) {
        var search = window.phrasebookSearchEngine.create(window.lunr, r[1], r[2], config.lang);
        ready = true;
        return search;
      });
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

  /* The engine (what a query finds) is search-engine.js, loaded with the lunr scripts. */

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
