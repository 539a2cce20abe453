// Section "entities": one list per kind shown, by documents in the years shown; a click selects.
function (el, _, view) {
  var E = view.data.entities, ranked = view.ranked(), lists = view.h("div", {"class": "lists"});
  view.data.kinds.forEach(function (k) {
    if (!view.kinds[k]) return;
    var items = ranked.filter(function (r) { return E.kind[r[0]] === k; });
    lists.appendChild(view.h("div", {"class": "kind", "data-kind": k},
      view.h("h3", {}, view.data.plural[k] + " (" + items.length + ")"),
      items.length ? view.h("ol", {}, items.map(function (r) {
        var e = r[0];
        return view.h("li", {},
          view.h("button", {type: "button", "class": "entity" + (view.selected === e ? " on" : ""), "data-id": E.id[e],
            title: E.id[e], onclick: function () { view.select(e); document.getElementById("s-passages").scrollIntoView(); }},
            E.name[e]),
          " ", view.h("span", {"class": "n"}, r[1]));
      })) : view.h("p", {"class": "muted"}, "none in these years")));
  });
  el.appendChild(lists);
}
