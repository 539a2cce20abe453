// Section "graph": the co-mention graph of the most mentioned entities in view; hover, click.
function (el, _, view) {
  var E = view.data.entities, h = view.h, s = view.svg;
  // The most mentioned entities in view, placed round the circle a kind at a time.
  var kinds = view.data.kinds, E0 = view.data.entities;
  var nodes = view.ranked().slice(0, Math.max(view.data.top * 2, 10)).map(function (r, k) { return [r[0], r[1], k]; });
  nodes.sort(function (a, b) { return kinds.indexOf(E0.kind[a[0]]) - kinds.indexOf(E0.kind[b[0]]) || a[2] - b[2]; });
  if (nodes.length < 2) { el.appendChild(h("p", {"class": "muted"}, "no co-mentions in this view")); return; }
  // Co-mentions in the range: documents shared by each pair (sorted lists, merged).
  var lists = nodes.map(function (r) { return view.docsOf(r[0]); }), pairs = [];
  for (var a = 0; a < nodes.length; a++) for (var b = a + 1; b < nodes.length; b++) {
    var x = lists[a], y = lists[b], i = 0, j = 0, c = 0;
    while (i < x.length && j < y.length) { if (x[i] === y[j]) { c++; i++; j++; } else if (x[i] < y[j]) i++; else j++; }
    if (c) pairs.push([a, b, c]);
  }
  pairs.sort(function (p, q) { return q[2] - p[2]; });
  var size = 560, r = 220, top = pairs.length ? pairs[0][2] : 1, most = Math.max.apply(null, nodes.map(function (r) { return r[1]; }));
  var pos = nodes.map(function (_, k) {
    var t = 2 * Math.PI * k / nodes.length - Math.PI / 2;
    return [size / 2 + 120 + r * Math.cos(t), size / 2 + r * Math.sin(t)];
  });
  var g = s("svg", {"class": "graph", width: size + 240, height: size, role: "img", "aria-label": "co-mention graph"});
  // The strongest pairs only (two per node): a circle with every pair drawn is a grey disc.
  var drawn = pairs.slice(0, nodes.length * 2);
  var edges = drawn.map(function (p) {
    var line = s("line", {"class": "edge", x1: pos[p[0]][0].toFixed(0), y1: pos[p[0]][1].toFixed(0), x2: pos[p[1]][0].toFixed(0),
      y2: pos[p[1]][1].toFixed(0), "stroke-width": (0.5 + 5 * p[2] / top).toFixed(1),
      onmousemove: function (ev) { view.tip(E.name[nodes[p[0]][0]] + " – " + E.name[nodes[p[1]][0]] + ": " + view.count(p[2], "document"), ev); },
      onmouseleave: function () { view.tip(null); }});
    g.appendChild(line);
    return line;
  });
  nodes.forEach(function (nr, k) {
    var e = nr[0], label = E.name[e] + " (" + E.kind[e] + ", " + view.count(nr[1], "document") + ")";
    var right = pos[k][0] >= size / 2 + 120;
    g.appendChild(s("g", {"class": "node", "data-id": E.id[e],
      onmouseenter: function (ev) {
        view.tip(label, ev);
        edges.forEach(function (line, m) { if (drawn[m][0] !== k && drawn[m][1] !== k) line.classList.add("dim"); });
      },
      onmousemove: function (ev) { view.tip(label, ev); },
      onmouseleave: function () { view.tip(null); edges.forEach(function (line) { line.classList.remove("dim"); }); },
      onclick: function () { view.tip(null); view.select(e); document.getElementById("s-passages").scrollIntoView(); }},
      s("circle", {cx: pos[k][0].toFixed(0), cy: pos[k][1].toFixed(0), r: (4 + 6 * Math.sqrt(nr[1] / most)).toFixed(1),
        fill: view.colour(e), stroke: view.selected === e ? "#000" : "#fff", "stroke-width": 2}),
      s("text", {x: (pos[k][0] + (right ? 12 : -12)).toFixed(0), y: (pos[k][1] + 4).toFixed(0),
        "text-anchor": right ? "start" : "end"}, E.name[e])));
  });
  el.appendChild(g);
  el.appendChild(h("h3", {}, "Strongest co-mentions (documents mentioning both)"));
  el.appendChild(h("table", {"class": "pairs"}, pairs.slice(0, view.data.top).map(function (p) {
    return h("tr", {}, h("td", {}, E.name[nodes[p[0]][0]]), h("td", {}, E.name[nodes[p[1]][0]]), h("td", {"class": "n"}, p[2]));
  })));
}
