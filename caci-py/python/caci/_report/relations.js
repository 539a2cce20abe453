// Section "relations": arms transfers (supplier x recipient, a column per status) and the
// meetings network (leaders as nodes, stated meetings as edges), both for the year range.
// A relation's year is the year the text gives for it, else its document's; relations with
// neither follow the "undated" checkbox.
function (el, data, view) {
  var h = view.h, s = view.svg, names = data.names;
  function shown(row) {
    var y = row[row.length - 1];
    return y === null ? view.inRange(row[0]) : y >= view.from && y <= view.to;
  }
  function label(id) { return names[id] || id; }
  // Transfers: counts per (supplier, recipient) and status.
  var statuses = data.statuses, pairs = {}, order = [];
  data.transfers.forEach(function (t) {
    if (!shown(t)) return;
    var key = t[1] + "\u0000" + t[2];
    if (!pairs[key]) { pairs[key] = {supplier: t[1], recipient: t[2], n: {}, total: 0, systems: {}}; order.push(key); }
    var p = pairs[key];
    p.n[t[4]] = (p.n[t[4]] || 0) + 1; p.total += 1; p.systems[t[3]] = 1;
  });
  order.sort(function (a, b) { return pairs[b].total - pairs[a].total || (a < b ? -1 : 1); });
  el.appendChild(h("h3", {}, "Arms transfers stated in the texts"));
  if (!order.length) el.appendChild(h("p", {"class": "muted"}, "no transfers in this view"));
  else {
    var head = h("tr", {}, h("th", {}, "supplier"), h("th", {}, "recipient"));
    statuses.forEach(function (st) { head.appendChild(h("th", {}, st)); });
    head.appendChild(h("th", {}, "total")); head.appendChild(h("th", {}, "systems"));
    var table = h("table", {"class": "relations transfers"}, head);
    order.forEach(function (key) {
      var p = pairs[key], tr = h("tr", {"data-pair": p.supplier + ">" + p.recipient},
        h("td", {}, label(p.supplier)), h("td", {}, label(p.recipient)));
      statuses.forEach(function (st) { tr.appendChild(h("td", {"class": "n"}, p.n[st] ? String(p.n[st]) : "")); });
      tr.appendChild(h("td", {"class": "n"}, String(p.total)));
      tr.appendChild(h("td", {"class": "systems"}, Object.keys(p.systems).sort().join(", ")));
      table.appendChild(tr);
    });
    el.appendChild(table);
  }
  // Meetings: an edge per pair, its width the number of meetings; hover for the kinds.
  var edges = {}, keys = [], degree = {};
  data.meetings.forEach(function (m) {
    if (!shown(m)) return;
    var a = m[1] < m[2] ? m[1] : m[2], b = m[1] < m[2] ? m[2] : m[1], key = a + "\u0000" + b;
    if (!edges[key]) { edges[key] = {a: a, b: b, n: 0, kinds: {}}; keys.push(key); }
    edges[key].n += 1; edges[key].kinds[m[3]] = 1;
    degree[a] = (degree[a] || 0) + 1; degree[b] = (degree[b] || 0) + 1;
  });
  el.appendChild(h("h3", {}, "Meetings network"));
  if (!keys.length) { el.appendChild(h("p", {"class": "muted"}, "no meetings in this view")); return; }
  var people = Object.keys(degree).sort(function (x, y) { return degree[y] - degree[x] || (x < y ? -1 : 1); });
  people = people.slice(0, Math.max(view.data.top * 2, 12));
  var at = {}, size = 520, r = 200;
  people.forEach(function (p, k) {
    var t = 2 * Math.PI * k / people.length - Math.PI / 2;
    at[p] = [size / 2 + 120 + r * Math.cos(t), size / 2 + r * Math.sin(t)];
  });
  var top = 1;
  keys.forEach(function (k) { top = Math.max(top, edges[k].n); });
  var g = s("svg", {"class": "meetings-graph", width: size + 240, height: size, role: "img", "aria-label": "meetings network"});
  keys.forEach(function (k) {
    var e = edges[k];
    if (!at[e.a] || !at[e.b]) return;
    var text = label(e.a) + " \u2013 " + label(e.b) + ": " + view.count(e.n, "meeting") + " (" + Object.keys(e.kinds).join(", ") + ")";
    g.appendChild(s("line", {"class": "edge", x1: at[e.a][0].toFixed(0), y1: at[e.a][1].toFixed(0), x2: at[e.b][0].toFixed(0),
      y2: at[e.b][1].toFixed(0), "stroke-width": (1 + 5 * e.n / top).toFixed(1), "data-edge": e.a + "|" + e.b,
      onmousemove: function (ev) { view.tip(text, ev); }, onmouseleave: function () { view.tip(null); }}));
  });
  people.forEach(function (p) {
    var right = at[p][0] >= size / 2 + 120, text = label(p) + ": " + view.count(degree[p], "meeting");
    g.appendChild(s("g", {"class": "node", "data-id": p,
      onmouseenter: function (ev) { view.tip(text, ev); }, onmouseleave: function () { view.tip(null); }},
      s("circle", {cx: at[p][0].toFixed(0), cy: at[p][1].toFixed(0), r: 5, fill: view.data.colours.leader}),
      s("text", {x: (at[p][0] + (right ? 8 : -8)).toFixed(0), y: (at[p][1] + 4).toFixed(0), "text-anchor": right ? "start" : "end"}, label(p))));
  });
  el.appendChild(g);
}
