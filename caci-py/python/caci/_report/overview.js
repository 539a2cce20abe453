// Section "overview": documents by year that mention an entity of each kind shown.
function (el, _, view) {
  var D = view.data.docs, E = view.data.entities, kinds = view.data.kinds.filter(function (k) { return view.kinds[k]; });
  if (view.maxYear === 0 && view.minYear === 0) { el.appendChild(view.h("p", {"class": "muted"}, "no dated documents")); return; }
  // Documents per year that mention an entity of each kind.
  var count = {};
  kinds.forEach(function (k) { count[k] = {}; });
  var seen = {};
  for (var e = 0; e < E.id.length; e++) {
    var k = E.kind[e];
    if (!view.kinds[k]) continue;
    E.docs[e].forEach(function (i) {
      var y = D.year[i];
      if (y === null || y < view.from || y > view.to || seen[k + i]) return;
      seen[k + i] = 1; count[k][y] = (count[k][y] || 0) + 1;
    });
  }
  var n = view.to - view.from + 1, width = 1100, height = 170, pad = 30, step = (width - pad) / Math.max(n, 1), top = 1;
  for (var y = view.from; y <= view.to; y++) {
    var s = 0; kinds.forEach(function (k) { s += count[k][y] || 0; }); top = Math.max(top, s);
  }
  var g = view.svg("svg", {width: width, height: height + 34, role: "img", "aria-label": "documents by year"});
  for (y = view.from; y <= view.to; y++) {
    var x = pad + (y - view.from) * step, base = height;
    kinds.forEach(function (k) {
      var v = count[k][y] || 0, hgt = (height - 14) * v / top;
      base -= hgt;
      if (v) g.appendChild(view.svg("rect", {x: x.toFixed(1), y: base.toFixed(1), width: (step * 0.75).toFixed(1),
        height: hgt.toFixed(1), fill: view.data.colours[k]}, view.svg("title", {}, y + " " + view.data.plural[k] + ": " + view.count(v, "document"))));
    });
    if (n <= 40 || (y - view.from) % Math.ceil(n / 40) === 0)
      g.appendChild(view.svg("text", {x: x.toFixed(1), y: height + 14}, String(y).slice(n > 20 ? 2 : 0)));
  }
  kinds.forEach(function (k, j) {
    g.appendChild(view.svg("rect", {x: pad + j * 130, y: height + 22, width: 10, height: 10, fill: view.data.colours[k]}));
    g.appendChild(view.svg("text", {x: pad + j * 130 + 14, y: height + 32}, view.data.plural[k]));
  });
  el.appendChild(g);
}
