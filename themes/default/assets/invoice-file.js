/* Phrasebook default theme: the invoice itself on "explain my invoice". The reader drops (or picks) a
   PDF invoice, a PEPPOL BIS Billing 3.0 e-invoice (UBL 2.1 XML; EHF in Norway) or a text file; it is
   read here, in the browser (the file is never sent anywhere), turned into invoice lines and
   explained as pasted lines are (invoice.js). PDF text comes from pdf.js, published by the build
   under pdfjs/ and loaded only when a PDF arrives. */
(function () {
  'use strict';

  var reader = window.phrasebookInvoice;
  var page = document.querySelector('[data-invoice-page]');
  var picker = page && page.querySelector('[data-invoice-file]');
  if (!reader || !reader.explain || !page || !picker) return;

  var input = page.querySelector('[name=codes]');
  var status = page.querySelector('[data-invoice-status]');
  var zone = page.querySelector('.invoice-form') || page;
  var config = {};
  try { config = JSON.parse(document.getElementById('invoice-config').textContent); } catch (e) { /* defaults */ }
  var strings = config.strings || {};
  var MAX_BYTES = 20 * 1024 * 1024, MAX_PAGES = 50;
  page.querySelector('.invoice-file').hidden = false;

  function say(key, name) {
    if (status) status.textContent = String(strings[key] || '').replace('{file}', name || '');
  }

  /* ---------- PDF: text items to lines ---------- */
  // Items on one baseline (within a third of the text height) make one line, left to right; a wide gap
  // between two items keeps a few spaces, as the invoice's columns did.
  function pageLines(content) {
    var rows = [];
    content.items.forEach(function (item) {
      if (!item.str) return;
      var x = item.transform[4], y = item.transform[5], h = Math.abs(item.transform[3]) || item.height || 10;
      var row = null;
      for (var i = 0; i < rows.length && !row; i++) if (Math.abs(rows[i].y - y) <= h / 3) row = rows[i];
      if (!row) rows.push(row = { y: y, h: h, items: [] });
      row.items.push({ x: x, w: item.width || 0, s: item.str });
    });
    rows.sort(function (a, b) { return b.y - a.y; });
    return rows.map(function (row) {
      row.items.sort(function (a, b) { return a.x - b.x; });
      var line = '', end = null;
      row.items.forEach(function (it) {
        if (end !== null) line += it.x - end > row.h * 0.8 ? '   ' : (it.x - end > row.h * 0.15 ? ' ' : '');
        line += it.s;
        end = it.x + it.w;
      });
      return line;
    }).join('\n');
  }

  function pdfText(buffer) {
    var base = page.getAttribute('data-pdfjs') || '/pdfjs/';
    return import(base + 'pdf.min.js').then(function (pdfjs) {
      pdfjs.GlobalWorkerOptions.workerSrc = base + 'pdf.worker.min.js';
      // No eval: the site's Content-Security-Policy allows none, and fonts need not be drawn to read text.
      return pdfjs.getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, disableFontFace: true }).promise;
    }).then(function (pdf) {
      var pages = [];
      for (var n = 1; n <= Math.min(pdf.numPages, MAX_PAGES); n++) {
        pages.push(pdf.getPage(n).then(function (p) { return p.getTextContent(); }).then(pageLines));
      }
      return Promise.all(pages).then(function (texts) { return texts.join('\n'); });
    });
  }

  /* ---------- PEPPOL BIS Billing 3.0 / UBL 2.1 ---------- */
  function child(node, name) {
    for (var c = node && node.firstElementChild; c; c = c.nextElementSibling) if (c.localName === name) return c;
    return null;
  }
  function path(node, names) {
    for (var i = 0; i < names.length && node; i++) node = child(node, names[i]);
    return node ? node.textContent.replace(/\s+/g, ' ').replace(/^ | $/g, '') : '';
  }

  // One line per InvoiceLine (CreditNoteLine): the seller's item id first (where invoices print the
  // code), the standard item id, the item name, quantity and amount.
  function ublText(text) {
    var doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return null;
    var lines = [], all = doc.getElementsByTagName('*');
    for (var i = 0; i < all.length; i++) {
      var line = all[i];
      if (line.localName !== 'InvoiceLine' && line.localName !== 'CreditNoteLine') continue;
      var item = child(line, 'Item');
      var qty = path(line, ['InvoicedQuantity']) || path(line, ['CreditedQuantity']);
      lines.push([path(item, ['SellersItemIdentification', 'ID']), path(item, ['StandardItemIdentification', 'ID']),
        path(item, ['Name']), qty, path(line, ['LineExtensionAmount']).replace('.', ',')].filter(Boolean).join('   '));
    }
    return lines.length ? lines.join('\n') : null;
  }

  function readFile(file) {
    if (!file) return;
    if (file.size > MAX_BYTES) return say('invoice_file_error', file.name);
    say('invoice_file_reading', file.name);
    var isPdf = /\.pdf$/i.test(file.name) || file.type === 'application/pdf';
    file.arrayBuffer().then(function (buffer) {
      if (isPdf) return pdfText(buffer);
      var text = new TextDecoder('utf-8').decode(buffer);
      return /^\s*(<\?xml|<)/.test(text) ? ublText(text) : text;
    }).then(function (text) {
      if (!text || !/\S/.test(text)) return say('invoice_file_error', file.name);
      if (input) input.value = text;
      reader.explain(text);
    }).catch(function () { say('invoice_file_error', file.name); });
  }

  picker.addEventListener('change', function () { readFile(picker.files && picker.files[0]); });
  zone.addEventListener('dragover', function (event) {
    event.preventDefault();
    zone.classList.add('is-dragover');
  });
  zone.addEventListener('dragleave', function () { zone.classList.remove('is-dragover'); });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    zone.classList.remove('is-dragover');
    readFile(event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0]);
  });
})();
