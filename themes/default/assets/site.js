/* Phrasebook default theme. Vanilla JS, no dependencies.
   The remembered role is applied before paint by the inline script in
   _layout.liquid; this file wires up the role switcher and remembers the
   language a reader picks. Storage may be unavailable: never throw. */
(function () {
  'use strict';

  var ROLE_KEY = 'phrasebook.role';
  var LANG_KEY = 'phrasebook.lang';
  var html = document.documentElement;

  function store(key, value) {
    try {
      if (value == null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch (e) { /* private mode, disabled storage: the choice lasts this page */ }
  }

  function applyRole(id) {
    if (id && id !== 'all') html.setAttribute('data-role', id);
    else html.removeAttribute('data-role');
  }

  var select = document.querySelector('[data-role-select]');
  if (select) {
    var current = html.getAttribute('data-role') || 'all';
    select.value = current;
    if (select.value !== current) select.value = 'all'; // an unknown remembered role
    select.addEventListener('change', function () {
      var id = select.value;
      applyRole(id);
      store(ROLE_KEY, id === 'all' ? null : id);
    });
  }

  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[data-lang]') : null;
    if (link) store(LANG_KEY, link.getAttribute('data-lang'));
  });

  /* The language switcher keeps what the reader typed or was sent: the invoice's codes, the search,
     a family member's code, and the place on the page. Set when a link is about to be used (pointer,
     focus), since the invoice page changes its address without reloading. */
  var KEEP = ['codes', 'q', 'code'];
  function keepQuery(event) {
    var link = event.target && event.target.closest ? event.target.closest('.lang-switch a[data-lang]') : null;
    if (!link) return;
    var url = new URL(link.getAttribute('data-base') || link.getAttribute('href'), location.href), here = new URLSearchParams(location.search);
    if (!link.hasAttribute('data-base')) link.setAttribute('data-base', link.getAttribute('href'));
    KEEP.forEach(function (key) { if (here.has(key)) url.searchParams.set(key, here.get(key)); });
    link.setAttribute('href', url.pathname + url.search + location.hash);
  }
  ['mouseover', 'focusin', 'pointerdown', 'click'].forEach(function (type) { document.addEventListener(type, keepQuery, true); });

  /* The chosen role first in document order, not only on screen: screen readers, the Tab order
     and print follow the DOM, so the chosen role's text (term, code pages) or card (home) is moved
     before its siblings; with no role chosen the authored order comes back. */
  var roleGroups = [];
  (function () {
    var items = document.querySelectorAll('[data-role-text], [data-role-card]');
    for (var i = 0; i < items.length; i++) {
      var parent = items[i].parentNode;
      if (roleGroups.indexOf(parent) < 0) roleGroups.push(parent);
    }
    roleGroups = roleGroups.map(function (parent) {
      var kids = [];
      for (var c = parent.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
      return { parent: parent, authored: kids };
    });
  })();
  function roleFirst() {
    var id = html.getAttribute('data-role');
    roleGroups.forEach(function (group) {
      var order = group.authored.slice(), chosen = null;
      if (id) {
        chosen = order.filter(function (c) { return c.getAttribute('data-role-text') === id || c.getAttribute('data-role-card') === id; })[0];
      }
      if (chosen) {
        order.splice(order.indexOf(chosen), 1);
        var first = 0;
        while (first < order.length && !order[first].hasAttribute('data-role-text') && !order[first].hasAttribute('data-role-card')) first++;
        order.splice(first, 0, chosen);
      }
      var current = [];
      for (var c = group.parent.firstElementChild; c; c = c.nextElementSibling) current.push(c);
      if (current.every(function (c, i) { return c === order[i]; })) return;
      order.forEach(function (c) { group.parent.appendChild(c); });
    });
  }
  if (roleGroups.length) {
    roleFirst();
    if (window.MutationObserver) new MutationObserver(roleFirst).observe(html, { attributes: true, attributeFilter: ['data-role'] });
  }

  /* Term tooltips. The stylesheet shows a term link's tip on hover and focus; this places it and
     adds what CSS cannot: Escape hides it (WCAG 1.4.13) until the link is left or blurred, and on a
     touch screen the first tap shows the tip and a second tap follows the link. Pages without
     term links pay one querySelector. */
  if (!document.querySelector('.term-link')) return;

  var GAP = 6, EDGE = 8;
  var placed = [];
  var lastPointer = '';

  function termLink(node) {
    return node && node.closest ? node.closest('a.term-link') : null;
  }

  function tipOf(link) {
    var tip = link && link.nextElementSibling;
    return tip && tip.classList.contains('term-tip') ? tip : null;
  }

  function isShown(tip) {
    return !!tip && tip.getClientRects().length > 0;
  }

  // Below the link's last line box, starting where that line of the link starts, inside the
  // viewport; above the link when there is no room below. Fixed, so no scrolling box clips it.
  function place(link) {
    var tip = tipOf(link);
    if (!isShown(tip)) return;
    var rects = link.getClientRects();
    var r = rects[rects.length - 1] || link.getBoundingClientRect();
    var s = tip.style;
    s.position = 'fixed';
    s.margin = '0';
    s.left = '0';
    s.top = '0';
    var w = tip.offsetWidth, h = tip.offsetHeight, vw = document.documentElement.clientWidth, vh = window.innerHeight;
    var left = Math.max(EDGE, Math.min(r.left, vw - w - EDGE));
    var top = r.bottom + GAP, above = top + h > vh - EDGE && r.top - GAP - h >= EDGE;
    if (above) top = r.top - GAP - h;
    s.left = Math.round(left) + 'px';
    s.top = Math.round(top) + 'px';
    tip.classList.toggle('is-above', above);
    if (placed.indexOf(link) < 0) placed.push(link);
  }

  function unplace(link) {
    var tip = tipOf(link);
    if (tip) {
      tip.removeAttribute('style');
      tip.classList.remove('is-above');
    }
    var at = placed.indexOf(link);
    if (at >= 0) placed.splice(at, 1);
  }

  // The links whose tip may show: hovered, focused, tapped open, or placed earlier (its tip hovered).
  function candidates() {
    var list = placed.slice(), more = document.querySelectorAll('.term-link:hover, .term-link:focus, .term-link.is-tip-open');
    for (var i = 0; i < more.length; i++) if (list.indexOf(more[i]) < 0) list.push(more[i]);
    return list;
  }

  // After any change of state: place the tips that show, release the ones that do not.
  function refresh() {
    candidates().forEach(function (link) {
      if (isShown(tipOf(link))) place(link);
      else unplace(link);
    });
  }

  function undismiss(link) {
    var tip = tipOf(link);
    if (tip) tip.removeAttribute('data-dismissed');
  }

  function closeTapped(except) {
    var open = document.querySelectorAll('.term-link.is-tip-open');
    for (var i = 0; i < open.length; i++) if (open[i] !== except) open[i].classList.remove('is-tip-open');
  }

  document.addEventListener('pointerdown', function (event) {
    lastPointer = event.pointerType || '';
    if (!termLink(event.target)) closeTapped(null);
  }, true);

  document.addEventListener('click', function (event) {
    var link = termLink(event.target);
    if (!link || !tipOf(link)) return;
    var touch = (event.pointerType || lastPointer) === 'touch';
    if (!touch || link.classList.contains('is-tip-open')) return; // a second tap follows the link
    event.preventDefault();
    closeTapped(link);
    undismiss(link);
    link.classList.add('is-tip-open');
    refresh();
  });

  document.addEventListener('mouseover', function (event) {
    if (termLink(event.target) || (event.target.closest && event.target.closest('.term-tip'))) refresh();
  });
  // Leaving the link (or its tip) for anything else ends an Escape.
  document.addEventListener('mouseout', function (event) {
    var tip = event.target.closest ? event.target.closest('.term-tip') : null;
    var link = termLink(event.target) || (tip && termLink(tip.previousElementSibling));
    var to = event.relatedTarget;
    if (link && !(to && (link.contains(to) || (tipOf(link) && tipOf(link).contains(to))))) undismiss(link);
    setTimeout(refresh, 0);
  });
  document.addEventListener('focusin', function (event) {
    if (termLink(event.target)) refresh();
  });
  document.addEventListener('focusout', function (event) {
    var link = termLink(event.target);
    if (!link) return;
    link.classList.remove('is-tip-open');
    undismiss(link);
    setTimeout(refresh, 0);
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') return;
    candidates().forEach(function (link) {
      var tip = tipOf(link);
      if (!isShown(tip)) return;
      tip.setAttribute('data-dismissed', '');
      link.classList.remove('is-tip-open');
      unplace(link);
    });
  });

  window.addEventListener('scroll', function () { if (placed.length) refresh(); }, { passive: true, capture: true });
  window.addEventListener('resize', function () { if (placed.length) refresh(); });
})();
