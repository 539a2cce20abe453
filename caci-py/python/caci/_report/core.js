// caci report: the data (parsed from the <script type="application/json"> element), the view
// (what is shown: the selected entity, kinds, year range) with its helpers, and the loop that
// calls each section's function again when the view changes. Text from the data is only
// ever set as text (`h`, `svg` make text nodes), never parsed as markup.
"use strict";
var caci = (function () {
  var data = JSON.parse(document.getElementById("caci-data").textContent);
  var D = data.docs, E = data.entities;
  var minYear = null, maxYear = null;  // a loop, not Math.min.apply: a million documents would overflow it
  D.year.forEach(function (y) {
    if (y === null) return;
    if (minYear === null || y < minYear) minYear = y;
    if (maxYear === null || y > maxYear) maxYear = y;
  });
  if (minYear === null) minYear = maxYear = 0;
  // The view: sections read it and call view.select / view.set to change it.
  var view = {
    data: data, minYear: minYear, maxYear: maxYear,
    kinds: {}, from: minYear, to: maxYear, undated: true, selected: null, passage: null,
    // Is document i in the year range (undated documents as the checkbox says)?
    inRange: function (i) {
      var y = D.year[i];
      return y === null ? view.undated : y >= view.from && y <= view.to;
    },
    // The documents of entity e in the range (sorted numbers).
    docsOf: function (e) { return E.docs[e].filter(view.inRange); },
    // Entities of the kinds shown with documents in the range: [[entity, documents]], most first.
    ranked: function () {
      var out = [];
      for (var e = 0; e < E.id.length; e++) {
        if (!view.kinds[E.kind[e]]) continue;
        var n = view.docsOf(e).length;
        if (n) out.push([e, n]);
      }
      return out.sort(function (a, b) { return b[1] - a[1] || (E.name[a[0]] < E.name[b[0]] ? -1 : 1); });
    },
    select: function (e, passage) { view.selected = e; view.passage = passage === undefined ? null : passage; draw(); },
    set: function (changes) { for (var k in changes) view[k] = changes[k]; showFilters(); draw(); },
    h: h, svg: svg, tip: tip,
    // "1 document", "2 documents".
    count: function (n, word) { return n + " " + word + (n === 1 ? "" : "s"); },
    colour: function (e) { return data.colours[E.kind[e]]; }
  };
  data.kinds.forEach(function (k) { view.kinds[k] = true; });
  // An element with attributes and children (strings become text nodes: never markup).
  function h(tag, attrs) {
    var el = document.createElement(tag);
    return fill(el, attrs, arguments);
  }
  function svg(tag, attrs) {
    var el = document.createElementNS("http://www.w3.org/2000/svg", tag);
    return fill(el, attrs, arguments);
  }
  function fill(el, attrs, args) {
    for (var k in attrs || {}) {
      if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), attrs[k]);
      else if (attrs[k] !== null && attrs[k] !== undefined) el.setAttribute(k, attrs[k]);
    }
    for (var i = 2; i < args.length; i++) {
      var c = args[i];
      if (c === null || c === undefined) continue;
      (Array.isArray(c) ? c : [c]).forEach(function (x) {
        el.appendChild(typeof x === "object" ? x : document.createTextNode(String(x)));
      });
    }
    return el;
  }
  var tipEl = document.getElementById("tip");
  // Shows `text` by the pointer (event ev), or hides the tip when text is null.
  function tip(text, ev) {
    if (text === null) { tipEl.hidden = true; return; }
    tipEl.textContent = text; tipEl.hidden = false;
    tipEl.style.left = (ev.clientX + 12) + "px"; tipEl.style.top = (ev.clientY + 12) + "px";
  }
  var sections = {};
  // The filter fields as the view says (on load and after view.set; not while a reader types).
  function showFilters() {
    document.getElementById("year-from").value = view.from;
    document.getElementById("year-to").value = view.to;
    document.getElementById("undated").checked = view.undated;
    document.querySelectorAll("input[name=kind]").forEach(function (c) { c.checked = !!view.kinds[c.value]; });
  }
  function draw() {
    document.querySelectorAll("[data-section]").forEach(function (el) {
      var key = el.getAttribute("data-section");
      el.textContent = "";
      // A section that fails says so in its place and leaves the others drawn.
      try { sections[key](el, data.sections[key], view); } catch (err) {
        el.appendChild(h("p", {"class": "error"}, "This section failed: " + err));
        console.error(err);
      }
    });
  }
  function readFilters() {
    document.querySelectorAll("input[name=kind]").forEach(function (c) { view.kinds[c.value] = c.checked; });
    var a = parseInt(document.getElementById("year-from").value, 10);
    var b = parseInt(document.getElementById("year-to").value, 10);
    view.from = isNaN(a) ? minYear : a; view.to = isNaN(b) ? maxYear : b;
    view.undated = document.getElementById("undated").checked;
    draw();
  }
  // #e=ID&p=N selects entity ID and its passage N (the anchors of the passages).
  function route() {
    var m = /^#e=([^&]*)(?:&p=(\d+))?$/.exec(location.hash);
    if (!m) return false;
    var e = E.id.indexOf(decodeURIComponent(m[1]));
    if (e < 0) return false;
    view.select(e, m[2] === undefined ? null : parseInt(m[2], 10));
    var target = document.getElementById("p-" + e + "-" + m[2]);
    if (target) target.scrollIntoView({block: "center"});
    return true;
  }
  function start(defs) {
    sections = defs;
    ["year-from", "year-to"].forEach(function (id) {
      var el = document.getElementById(id);
      el.min = minYear; el.max = maxYear;
    });
    document.getElementById("filters").addEventListener("change", readFilters);
    document.getElementById("reset").addEventListener("click", function () {
      var all = {};
      data.kinds.forEach(function (k) { all[k] = true; });
      view.set({kinds: all, from: minYear, to: maxYear, undated: true});
    });
    window.addEventListener("hashchange", route);
    showFilters();
    if (!route()) draw();
  }
  return {start: start, view: view};
})();
