// The map page: Natural Earth countries (vendored GeoJSON) as the base layer, one circle a place sized by its
// claim count, a popup with the place's counts that fetches its newest claims when opened (/map.json?place=KEY,
// one page: the GeoJSON carries counts only, so its size does not grow with the claims). Text goes in with
// textContent only: a quote is untrusted and never becomes markup.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var map = L.map(el, { worldCopyJump: true, attributionControl: false }).setView([35, 40], 3);
  map.getContainer().style.background = "#dce9f2";

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": HTTP " + r.status); }
      return r.json();
    });
  }

  function text(tag, value, cls) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (cls) { node.className = cls; }
    return node;
  }

  var SHOWN = 10;  // claims a popup lists

  function claimsURL(key) {
    var url = new URL(el.dataset.claims, window.location.href);
    url.searchParams.set("place", key);
    url.searchParams.set("limit", String(SHOWN));
    return url.pathname + url.search;
  }

  function claimPath(iri) {
    var base = "https://w3id.org/claimkb/id/claim/";
    return iri.indexOf(base) === 0 ? "/claims/" + iri.slice(base.length) : null;
  }

  function item(c) {
    var li = document.createElement("li");
    li.appendChild(text("span", (c.type || "").split("#").pop().replace(/Claim$/, "").toLowerCase(), "tag"));
    li.appendChild(document.createTextNode(" " + (c.when || "undated") + " · " + (c.speakerLabel || "") +
      (c.figure ? " · " + c.figure : "") + ": "));
    var quote = c.quote || "";
    var a = text("a", "“" + (quote.length > 140 ? quote.slice(0, 137) + "…" : quote) + "”");
    var path = claimPath(c.claim);
    if (path) { a.href = path; }
    li.appendChild(a);
    return li;
  }

  function popup(p, marker) {
    var box = document.createElement("div");
    box.className = "map-popup";
    box.appendChild(text("strong", p.label));
    box.appendChild(text("div", p.claims + (p.claims === 1 ? " claim" : " claims") +
      (p.first ? " · " + p.first + (p.last && p.last !== p.first ? " – " + p.last : "") : ""), "meta"));
    box.appendChild(text("div", Object.keys(p.types).sort().map(function (t) { return t + " " + p.types[t]; })
      .join(", "), "meta"));
    var list = document.createElement("ol");
    box.appendChild(list);
    getJSON(claimsURL(p.key)).then(function (data) {
      data.rows.forEach(function (c) { list.appendChild(item(c)); });
      box.dataset.ready = String(data.rows.length);
      // Laid out and panned again now that it is taller (opened short, it was clipped at the map's top); set as
      // the element itself, so that the update (and a later opening) does not fetch the claims again.
      marker.setPopupContent(box);
    }).catch(function (err) { box.dataset.error = String(err); box.appendChild(text("div", "claims not loaded", "meta")); });
    return box;
  }

  getJSON(el.dataset.countries).then(function (countries) {
    L.geoJSON(countries, { interactive: false,
      style: { color: "#8a9aa8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
  }).catch(function () { /* the points still show without the base map */ })
    .then(function () {  // the page carries its places (counted once); the GeoJSON is fetched only without them
      return el.dataset.features ? JSON.parse(el.dataset.features) : getJSON(el.dataset.geojson);
    })
    .then(function (data) {
      var layer = L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          var n = feature.properties.claims;
          return L.circleMarker(latlng, { radius: 4 + 3 * Math.sqrt(n), color: "#a3331f", weight: 1,
            fillColor: "#d9573b", fillOpacity: 0.7, className: "place-marker" });
        },
        onEachFeature: function (feature, marker) {
          marker.bindPopup(function () { return popup(feature.properties, marker); }, { maxHeight: 300 });
          marker.bindTooltip(feature.properties.label + " (" + feature.properties.claims + ")");
        }
      }).addTo(map);
      // No zoom animation: data-ready must mean the markers sit where they will stay (a click on a marker
      // mid-animation misses it, which failed the browser test on a loaded CI machine).
      if (data.features.length) { map.fitBounds(layer.getBounds().pad(0.4), { maxZoom: 7, animate: false }); }
      el.dataset.ready = String(data.features.length);
    }).catch(function (err) { el.dataset.error = String(err); });
}());
