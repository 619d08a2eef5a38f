/* Phrasebook embed: the explanation of an invoice code on another site (a customer portal, an
   e-invoice viewer). docs/embed.md has the snippet:
     <script src="https://help.example.com/theme/embed.js" defer data-role="finance"></script>
     <span data-phrasebook-code="FSC">FSC</span>
   Each marked code shows its term, summary and the reader's role's text (data-role on the script or
   data-phrasebook-role on the code) on hover, keyboard focus and tap, in the page's language (<html
   lang>) when the phrasebook has it. The tip stays while hovered and Escape hides it (WCAG 1.4.13).
   Reads the site's codes.json (served with Access-Control-Allow-Origin) and codes.js (its code rule).
   Styles are set as properties, not a style sheet, so a portal's Content-Security-Policy needs no
   'unsafe-inline'. Data is only ever written with textContent and attributes. */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src) return;
  var root = new URL('../', script.src).href;
  var pageRole = script.getAttribute('data-role');
  var count = 0, open = null;

  function ready(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  function loadRule() {
    if (window.phrasebookCodes) return Promise.resolve(window.phrasebookCodes);
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = root + 'theme/codes.js';
      s.onload = function () { return window.phrasebookCodes ? resolve(window.phrasebookCodes) : reject(new Error('codes.js')); };
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function language(data) {
    var langs = data.languages || [], tag = (document.documentElement.getAttribute('lang') || '').toLowerCase();
    var kin = { no: 'nb', nn: 'nb' }, base = tag.split('-')[0];
    if (langs.indexOf(tag) >= 0) return tag;
    if (langs.indexOf(base) >= 0) return base;
    if (kin[base] && langs.indexOf(kin[base]) >= 0) return kin[base];
    return data.default_language || langs[0];
  }

  function style(node, props) {
    for (var k in props) node.style[k] = props[k];
    return node;
  }

  function place(trigger, tip) {
    var r = trigger.getBoundingClientRect(), vw = document.documentElement.clientWidth, vh = window.innerHeight;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var top = r.bottom + 6 + h > vh - 8 && r.top - 6 - h >= 8 ? r.top - 6 - h : r.bottom + 6;
    style(tip, { left: Math.round(Math.max(8, Math.min(r.left, vw - w - 8))) + 'px', top: Math.round(top) + 'px' });
  }

  function show(trigger) {
    var tip = document.getElementById(trigger.getAttribute('aria-describedby'));
    if (!tip) return;
    if (open && open !== trigger) hide(open);
    tip.hidden = false;
    place(trigger, tip);
    open = trigger;
  }

  function hide(trigger) {
    var tip = document.getElementById(trigger.getAttribute('aria-describedby'));
    if (tip) tip.hidden = true;
    if (open === trigger) open = null;
  }

  function explain(trigger, codes, data) {
    var code = trigger.getAttribute('data-phrasebook-code') || trigger.textContent;
    var found = codes.resolve(data, code);
    if (!found) return;
    var entry = found.entry, lang = language(data), fallback = data.default_language;
    var role = trigger.getAttribute('data-phrasebook-role') || pageRole;
    var roleText = role && entry.roles && entry.roles[role] ? codes.pick(entry.roles[role], lang, fallback) : '';
    var tip = style(document.createElement('span'), {
      position: 'fixed', zIndex: '2147483000', maxWidth: '22rem', padding: '0.5rem 0.75rem', borderRadius: '6px',
      background: '#fff', color: '#111', border: '1px solid #555', boxShadow: '0 4px 14px rgba(0,0,0,.2)',
      font: '14px/1.45 system-ui, sans-serif', textAlign: 'start', whiteSpace: 'normal',
    });
    tip.id = 'phrasebook-tip-' + (++count);
    tip.setAttribute('role', 'tooltip');
    tip.setAttribute('lang', lang);
    tip.className = 'phrasebook-tip';
    tip.hidden = true;
    style(tip.appendChild(document.createElement('strong')), { display: 'block' }).textContent = codes.pick(entry.term, lang, fallback);
    tip.appendChild(document.createElement('span')).textContent = codes.pick(entry.summary, lang, fallback);
    if (roleText) style(tip.appendChild(document.createElement('span')), { display: 'block', marginTop: '0.35rem' }).textContent = roleText;
    var more = style(tip.appendChild(document.createElement('a')), { display: 'block', marginTop: '0.35rem', color: '#0b4f6c' });
    more.href = codes.pick(entry.url, lang, fallback) + (found.family ? '?code=' + encodeURIComponent(code) : '');
    more.textContent = codes.pick(entry.term, lang, fallback) + ' →';
    document.body.appendChild(tip);

    trigger.setAttribute('aria-describedby', tip.id);
    trigger.setAttribute('data-phrasebook-term', entry.term_id);
    if (!trigger.matches('a[href], button, input, select, textarea, [tabindex]')) trigger.tabIndex = 0;
    style(trigger, { textDecoration: 'underline dotted', cursor: 'help' });
    trigger.addEventListener('mouseenter', function () { show(trigger); });
    trigger.addEventListener('focus', function () { show(trigger); });
    trigger.addEventListener('blur', function (e) { if (!tip.contains(e.relatedTarget)) hide(trigger); });
    trigger.addEventListener('mouseleave', function () {
      setTimeout(function () { if (!tip.matches(':hover') && document.activeElement !== trigger) hide(trigger); }, 150);
    });
    tip.addEventListener('mouseleave', function () { if (document.activeElement !== trigger) hide(trigger); });
    // A tap shows the tip (a touch screen has no hover), a second tap hides it.
    trigger.addEventListener('click', function () { if (open === trigger && tip.hidden === false && trigger.getAttribute('data-tapped')) { trigger.removeAttribute('data-tapped'); hide(trigger); } else { trigger.setAttribute('data-tapped', '1'); show(trigger); } });
  }

  ready(function () {
    var marked = document.querySelectorAll('[data-phrasebook-code]');
    if (!marked.length) return;
    document.addEventListener('keydown', function (e) { if ((e.key === 'Escape' || e.key === 'Esc') && open) hide(open); });
    window.addEventListener('scroll', function () { if (open) hide(open); }, { passive: true });
    Promise.all([loadRule(), fetch(root + 'codes.json', { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error('codes.json: HTTP ' + r.status);
      return r.json();
    })]).then(function (loaded) {
      for (var i = 0; i < marked.length; i++) explain(marked[i], loaded[0], loaded[1]);
    }).catch(function () { /* the portal works on without explanations */ });
  });
})();
