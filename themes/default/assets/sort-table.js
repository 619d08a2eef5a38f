/* Phrasebook: sortable tables. Any table with data-sortable gets a button in each column header;
   a click sorts the rows by that column (again: reversed), announced through aria-sort.
   Without JavaScript the table stays as built (sorted by code). */
(function () {
  'use strict';
  var tables = document.querySelectorAll('table[data-sortable]');
  var lang = document.documentElement.lang || 'en';
  var collator = window.Intl && Intl.Collator ? new Intl.Collator(lang, { numeric: true, sensitivity: 'base' }) : null;
  function compare(a, b) { return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0); }
  function cellText(row, index) {
    var cell = row.cells[index];
    if (!cell) return '';
    var copy = cell.cloneNode(true);
    var hidden = copy.querySelectorAll('[hidden], .badge, .untranslated');
    for (var i = 0; i < hidden.length; i++) hidden[i].remove();
    return copy.textContent.trim();
  }
  Array.prototype.forEach.call(tables, function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      th.setAttribute('aria-sort', index === 0 ? 'ascending' : 'none');
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(cellText(a, index), cellText(b, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
