// The SPARQL page: YASGUI bound to this app's /sparql, nothing fetched from elsewhere.
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || typeof Yasgui === "undefined") { return; }
  var initial = el.getAttribute("data-query") || "";
  // resolved against this page's own address, never a Host header the server was sent
  var endpoint = new URL(el.getAttribute("data-endpoint") || "/sparql", window.location.href).href;
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,          // our own ?query= handling below; never take an endpoint from the URL
    persistenceId: null,             // each visit starts from the permalink or the first example
    autofocus: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: {
      autocompleters: ["prefixes", "variables"],   // "property"/"class" call the LOV web service: off
      prefixCcApi: null,
      createShareableLink: null,
      consumeShareLink: null
    },
    yasr: { prefixes: {} }
  });
  var tab = yasgui.getTab();
  var yasr = tab.getYasr();
  if (yasr) { yasr.storePluginConfig("table", { compact: true }); }  // values, not "10"^^<...#integer>
  tab.setQuery(initial);
  var permalink = document.getElementById("permalink");
  function updatePermalink() {
    var href = "/query?query=" + encodeURIComponent(tab.getQuery());
    if (permalink) { permalink.setAttribute("href", href); }
    window.history.replaceState(null, "", href);
  }
  yasgui.on("query", updatePermalink);
  if (new URLSearchParams(window.location.search).has("query")) { tab.query(); }
  window.claimkbYasgui = yasgui;
})();
