/* Phrasebook default theme: "explain my invoice", /{lang}/invoice/?codes=FSC,FRT-03,ADM&role=finance.
   The reader pastes the lines of an invoice (or types its codes); invoice-read.js finds the codes,
   this file explains each in one card: the term, its summary, the reader's role's text (every
   role's text when none is chosen), the example line and a link to the term. The address keeps
   the codes found (?codes=), so a clerk can send the explained invoice on. Needs codes.js and
   invoice-read.js, loaded before it. Data is only ever written with textContent and attributes. */
(function () {
  'use strict';

  var codes = window.phrasebookCodes, reader = window.phrasebookInvoice;
  var page = document.querySelector('[data-invoice-page]');
  if (!codes || !reader || !page) return;

  var el = codes.el, fill = codes.fill, pick = codes.pick, localUrl = codes.localUrl;
  var html = document.documentElement;
  var configNode = document.getElementById('invoice-config'), config = {};
  try { config = JSON.parse(configNode ? configNode.textContent : '{}'); } catch (e) { /* defaults */ }
  var strings = config.strings || {}, roles = config.roles || {}, roleOrder = Object.keys(roles);
  var lang = html.getAttribute('lang') || 'en';
  var lines = page.querySelector('[data-invoice-lines]');
  var status = page.querySelector('[data-invoice-status]');
  var form = page.querySelector('form.invoice-form');
  var input = page.querySelector('[name=codes]');
  var contactNode = page.querySelector('[data-invoice-contact]');
  var contact = contactNode ? contactNode.textContent.replace(/\s+/g, ' ').replace(/^ | $/g, '') : '';
  var data = null, last = null;

  function s(key, values) { return fill(strings[key] || '', values || {}); }

  function chosenRole() {
    var role = html.getAttribute('data-role');
    return role && Object.prototype.hasOwnProperty.call(roles, role) ? role : null;
  }

  // The role texts to show: the chosen role's alone when the term has one, else every role's.
  function roleTexts(card, entry, fallback) {
    var texts = entry.roles || {}, role = chosenRole();
    var ids = role && texts[role] && pick(texts[role], lang, fallback) ? [role] : roleOrder.filter(function (id) { return texts[id]; });
    ids.forEach(function (id) {
      var text = pick(texts[id], lang, fallback);
      if (!text) return;
      var box = el('div', 'invoice-item-role' + (id === role ? ' is-chosen' : ''));
      box.setAttribute('data-role-text', id);
      box.appendChild(el('h3', 'invoice-item-role-name', roles[id]));
      box.appendChild(el('p', null, text));
      card.appendChild(box);
    });
  }

  function knownCard(item) {
    var found = item.found, entry = found.entry, retired = found.retired, fallback = data.default_language;
    var card = el('section', 'invoice-item' + (retired ? ' is-retired' : '') + (entry && entry.status === 'deprecated' ? ' is-deprecated' : ''));
    card.setAttribute('data-code', item.text);
    card.setAttribute('data-term-id', (entry && entry.term_id) || (retired && retired.term_id) || '');
    card.setAttribute('data-lines', item.lines.join(','));
    var head = el('h2', 'invoice-item-head');
    head.appendChild(el('code', 'invoice-item-code', item.text));
    head.appendChild(document.createTextNode(' '));
    var termName = retired ? pick(retired.term, lang, fallback) : pick(entry.term, lang, fallback);
    var term = el('a', 'invoice-item-term', termName);
    term.href = retired ? localUrl(pick(retired.url, lang, fallback)) || ''
      : (localUrl(pick(entry.url, lang, fallback)) || '') + (found.family ? '?code=' + encodeURIComponent(item.text) : '');
    head.appendChild(term);
    card.appendChild(head);
    if (found.family) card.appendChild(el('p', 'invoice-item-family', s('code_family_note', { code: item.text, family: entry.code })));
    if (retired) {
      var since = retired.since ? ' ' + s('retired_code_since', { date: retired.since }) : '';
      var note = el('p', 'invoice-item-retired', s('retired_code_text', { code: retired.code }) + since + ' ' + s('retired_code_replaced_by') + ': ');
      var by = el('a', null, termName);
      by.href = localUrl(pick(retired.term_url, lang, fallback)) || '';
      note.appendChild(by);
      if (retired.replaced_by && retired.replaced_by.length) note.appendChild(document.createTextNode(' (' + retired.replaced_by.join(', ') + ')'));
      note.appendChild(document.createTextNode('.'));
      card.appendChild(note);
    }
    if (!entry) return card;
    card.appendChild(el('p', 'invoice-item-summary', pick(entry.summary, lang, fallback)));
    roleTexts(card, entry, fallback);
    var line = pick(entry.example, lang, fallback);
    if (line) {
      var example = el('figure', 'invoice-item-example');
      example.appendChild(el('figcaption', null, s('example_line')));
      example.appendChild(el('pre')).appendChild(el('code', null, line));
      card.appendChild(example);
    }
    var more = el('a', null, s('invoice_read_more', { term: pick(entry.term, lang, fallback) }));
    more.href = localUrl(pick(entry.term_url, lang, fallback)) || '';
    more.setAttribute('data-address', entry.short_url || pick(entry.term_url, lang, fallback)); // printed on paper
    card.appendChild(el('p', 'invoice-item-more')).appendChild(more);
    return card;
  }

  function unknownCard(item) {
    var card = el('section', 'invoice-item is-unknown');
    card.setAttribute('data-code', item.text);
    card.setAttribute('data-unknown', '');
    card.setAttribute('data-lines', item.lines.join(','));
    card.appendChild(el('h2', 'invoice-item-head')).appendChild(el('code', 'invoice-item-code', item.text));
    card.appendChild(el('p', 'invoice-item-unknown', s('invoice_unknown')));
    if (contact) card.appendChild(el('p', 'invoice-item-contact', contact));
    if (config.search_url) {
      var link = el('a', null, s('unknown_code_search', { code: item.text }));
      link.href = config.search_url + '?q=' + encodeURIComponent(item.text);
      card.appendChild(el('p')).appendChild(link);
    }
    return card;
  }

  function render() {
    if (!last) return;
    var list = document.createDocumentFragment();
    last.items.forEach(function (item) { list.appendChild(item.found ? knownCard(item) : unknownCard(item)); });
    lines.textContent = '';
    lines.appendChild(list);
    var summary = last.list ? '' : s(last.items.length ? 'invoice_summary' : 'invoice_none', {
      lines: last.lines, explained: last.explained, unknown: last.unknown, other: last.lines - last.explained - last.unknown,
    });
    if (status) status.textContent = summary;
    page.classList.toggle('has-results', last.items.length > 0);
  }

  // The address keeps what was found, as a list: ?codes=FSC,MOMS 25%,XYZ99 (and the role, if any).
  function remember(result, push) {
    var query = new URLSearchParams(location.search);
    var found = result.items.map(function (i) { return i.found && !i.found.family ? (i.found.retired || i.found.entry).code : i.text; });
    if (found.length) query.set('codes', found.join(','));
    else query.delete('codes');
    var url = location.pathname + (query.toString() ? '?' + query.toString() : '') + location.hash;
    try { history[push ? 'pushState' : 'replaceState'](null, '', url); } catch (e) { /* file: URLs */ }
  }

  function explain(text, push) {
    var run = function () {
      last = reader.read(data, text);
      render();
      remember(last, push);
      // On a phone the cards start below the box: bring what was found (the summary) into view.
      if (push && status && status.scrollIntoView) status.scrollIntoView({ block: 'start' });
    };
    if (data) return run();
    if (status) status.textContent = s('invoice_loading');
    lines.setAttribute('aria-busy', 'true');
    codes.loadCodes(page.getAttribute('data-codes-json')).then(function (loaded) {
      data = loaded;
      run();
    }).catch(function () {
      if (status) status.textContent = s('invoice_error');
    }).then(function () {
      lines.removeAttribute('aria-busy');
    });
  }

  function fromAddress() {
    var given = new URLSearchParams(location.search).get('codes') || '';
    if (!/\S/.test(given)) return;
    var list = given.split(/[,;\r\n]+/).map(function (c) { return c.replace(/^\s+|\s+$/g, ''); }).filter(Boolean);
    if (input) input.value = /[\r\n]/.test(given) ? given : list.join(', ');
    explain(given, false);
  }

  if (form && input) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      explain(input.value, true);
    });
    // Enter starts a new line in the box; Ctrl+Enter (Cmd+Enter) explains, as in most text areas that send.
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        explain(input.value, true);
      }
    });
  }
  var print = page.querySelector('[data-invoice-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
  // A role chosen in the header: the cards show its text instead.
  if (window.MutationObserver) new MutationObserver(render).observe(html, { attributes: true, attributeFilter: ['data-role'] });
  window.addEventListener('popstate', function () {
    last = null;
    lines.textContent = '';
    if (status) status.textContent = '';
    fromAddress();
  });
  window.phrasebookInvoice.explain = function (text) { explain(text, true); };
  fromAddress();
})();
