// Section "passages": the selected entity's timeline and its stored passages in the year range.
function (el, _, view) {
  var D = view.data.docs, E = view.data.entities, e = view.selected, h = view.h;
  if (e === null) { el.appendChild(h("p", {"class": "muted"}, "Click an entity to read its passages.")); return; }
  var docs = view.docsOf(e), hidden = !view.kinds[E.kind[e]];
  el.appendChild(h("p", {"class": "who"}, h("strong", {"class": "name"}, E.name[e]), " ",
    h("span", {"class": "muted"}, E.kind[e] + " " + E.id[e] + ": " + view.count(E.mentions[e], "mention") + " in " +
      view.count(E.docs[e].length, "document") + ", " + docs.length + " in the years shown" + (hidden ? " (its kind is filtered out)" : ""))));
  // Timeline: documents by year over the whole corpus; the years outside the range are grey.
  var per = {};
  E.docs[e].forEach(function (i) { var y = D.year[i]; if (y !== null) per[y] = (per[y] || 0) + 1; });
  var n = view.maxYear - view.minYear + 1, width = 1100, height = 80, step = (width - 30) / Math.max(n, 1), top = 1;
  for (var y in per) top = Math.max(top, per[y]);
  var t = view.svg("svg", {"class": "timeline", width: width, height: height + 18, role: "img", "aria-label": "documents by year"});
  for (y = view.minYear; y <= view.maxYear; y++) {
    var x = 30 + (y - view.minYear) * step, v = per[y] || 0, hgt = (height - 4) * v / top, inside = y >= view.from && y <= view.to;
    if (v) t.appendChild(view.svg("rect", {x: x.toFixed(1), y: (height - hgt).toFixed(1), width: Math.max(1, step * 0.75).toFixed(1),
      height: hgt.toFixed(1), fill: inside ? view.colour(e) : "#ccc", "data-year": y}, view.svg("title", {}, y + ": " + view.count(v, "document"))));
    if (n <= 40 || (y - view.minYear) % Math.ceil(n / 40) === 0)
      t.appendChild(view.svg("text", {x: x.toFixed(1), y: height + 14}, String(y).slice(n > 20 ? 2 : 0)));
  }
  el.appendChild(t);
  // Passages: those stored (at most data.passages per entity) whose document is in range.
  var stored = E.passages[e], rows = [];
  stored.forEach(function (p, j) {
    var i = p[0];
    if (!view.inRange(i)) return;
    var where = D.title[i] || D.key[i], source = view.data.sources[D.source[i]], link = source[1];
    rows.push(h("tr", {id: "p-" + e + "-" + j, "class": view.passage === j ? "target" : null, "data-doc": D.key[i]},
      h("td", {"class": "d"}, h("a", {href: "#e=" + encodeURIComponent(E.id[e]) + "&p=" + j, title: "link to this passage"}, "¶"), " ",
        D.date[i] || "undated"),
      h("td", {"class": "l"}, p[2]), h("td", {"class": "m"}, p[3]), h("td", {"class": "r"}, p[4]),
      h("td", {"class": "d"}, link ? h("a", {href: link, title: source[0]}, where) : h("span", {title: source[0]}, where),
        h("span", {"class": "n"}, " char " + p[1]))));
  });
  el.appendChild(h("p", {"class": "muted cap"}, "Showing " + rows.length + " passages: the page keeps at most " + view.data.passages +
    " per entity (one per document, spread over its years; " + stored.length + " kept for this one, of " + E.mentions[e] +
    " mentions). caci tag lists every mention."));
  if (rows.length) el.appendChild(h("table", {"class": "kwic"}, rows));
}
