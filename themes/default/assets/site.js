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
})();
