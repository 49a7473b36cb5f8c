// The SPARQL page: YASGUI bound to this app's /sparql, nothing fetched from elsewhere.
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || typeof Yasgui === "undefined") { return; }
  var initial = el.getAttribute("data-query") || "";
  // resolved against this page's own address, never a Host header the server was sent
  var endpoint = new URL(el.getAttribute("data-endpoint") || "/sparql", window.location.href).href;
  var notice = document.getElementById("sparql-notice");
  // The page asks for at most this many rows: YASR drawing the endpoint's full 10,000 froze the browser.
  var pageRows = el.getAttribute("data-max-rows") || "1000";

  // The endpoint's errors are {"error": {"status", "title", "detail"}}: shown as one readable line (its detail),
  // not as the raw JSON text YASR would print.
  function readableError(text) {
    try {
      var body = JSON.parse(text);
      if (body && body.error && (body.error.detail || body.error.title)) {
        return { title: body.error.title || "Error", status: body.error.status, detail: body.error.detail || "" };
      }
    } catch (ignored) { /* not our JSON: shown as it is */ }
    return null;
  }
  Yasgui.Yasr.defaults.errorRenderers = [function (summary) {
    var found = readableError(summary && summary.text);
    if (!found) { return Promise.resolve(undefined); }
    var box = document.createElement("div");
    box.className = "sparql-error";
    var head = document.createElement("strong");
    head.textContent = found.title + (found.status ? " (" + found.status + ")" : "");
    var detail = document.createElement("p");
    detail.textContent = found.detail;
    box.appendChild(head);
    box.appendChild(detail);
    return Promise.resolve(box);
  }];

  // A result cut at the row cap says so (the server sends X-SPARQL-Truncated and X-SPARQL-Max-Rows).
  function showTruncation(response) {
    if (!notice) { return; }
    var headers = response && response.headers;
    var cut = headers && typeof headers.get === "function" && headers.get("X-SPARQL-Truncated") === "true";
    notice.hidden = !cut;
    if (cut) {
      var cap = headers.get("X-SPARQL-Max-Rows") || "the row limit";
      notice.textContent = "Only the first " + cap + " results are shown: this query has more. Narrow it " +
        "(a FILTER, or LIMIT/OFFSET) to see the rest, or download more of it, up to the endpoint's own row limit " +
        "(its answer then carries X-SPARQL-Truncated: true), from the endpoint: ";
      var link = document.createElement("a");
      link.id = "sparql-download";
      link.href = endpoint.split("?")[0] + "?query=" + encodeURIComponent(yasgui.getTab().getQuery());
      link.textContent = "as JSON";
      notice.appendChild(link);
      notice.appendChild(document.createTextNode(" (or as CSV with the header Accept: text/csv)."));
    }
  }
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST", args: [{ name: "max-rows", value: pageRows }] },
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
  // YASGUI's own inputs carry no label: name each for screen readers, now and whenever YASGUI redraws them.
  function labelControls() {
    var controls = el.querySelectorAll("input, select, textarea");
    for (var i = 0; i < controls.length; i++) {
      var c = controls[i];
      if (c.getAttribute("aria-label") || (c.labels && c.labels.length)) { continue; }
      var name = null;
      if (c.closest(".tabsList")) { name = "Tab name"; }
      else if (c.closest(".acceptWrapper")) {
        var selects = c.closest(".acceptWrapper").querySelectorAll("select");
        name = c === selects[0] ? "Result format for SELECT and ASK queries"
          : "Result format for CONSTRUCT and DESCRIBE queries";
      }
      else if (c.closest(".autocompleteWrapper")) { name = "SPARQL endpoint"; }
      else if (c.closest(".CodeMirror")) { name = "SPARQL query"; }
      else if (c.classList.contains("tableSizer")) { name = "Results per page"; }
      if (name) { c.setAttribute("aria-label", name); }
    }
  }
  labelControls();
  new MutationObserver(labelControls).observe(el, { childList: true, subtree: true });
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
  yasgui.on("query", function () { updatePermalink(); if (notice) { notice.hidden = true; } });
  var yasqe = tab.getYasqe();
  if (yasqe) {
    yasqe.on("queryResponse", function () {  // (yasqe, response, duration): the response carries the headers
      for (var i = 0; i < arguments.length; i++) {
        if (arguments[i] && arguments[i].headers) { showTruncation(arguments[i]); return; }
      }
    });
  }
  // a failed query is shown by YASR (above); its rejected promise is handled, not an uncaught page error
  function run() { var done = tab.query(); if (done && done.catch) { done.catch(function () {}); } }
  if (new URLSearchParams(window.location.search).has("query")) { run(); }
  window.claimkbYasgui = yasgui;
})();
