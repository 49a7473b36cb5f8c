// Reviewing: keyboard shortcuts on the /review queue, and adding a missed claim from a text selection on
// an article page.  No framework; served from 'self' (the CSP allows no inline script).
(function () {
  "use strict";

  function queue() {
    var list = document.getElementById("queue");
    if (!list) { return; }
    var items = Array.prototype.slice.call(list.querySelectorAll("li.queue-item"));
    if (!items.length) { return; }
    var current = 0;
    function select(i) {
      if (i < 0 || i >= items.length) { return; }
      items[current].classList.remove("selected");
      current = i;
      items[current].classList.add("selected");
      items[current].focus({preventScroll: false});
    }
    function press(action) {
      var button = items[current].querySelector("button." + action);
      if (button) { button.click(); }
    }
    select(0);
    document.addEventListener("keydown", function (event) {
      var tag = (event.target && event.target.tagName) || "";
      if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      var key = event.key;
      if (key === "j" || key === "n" || key === "ArrowDown") { select(current + 1); }
      else if (key === "k" || key === "p" || key === "ArrowUp") { select(current - 1); }
      else if (key === "a") { press("accept"); }
      else if (key === "r") { press("reject"); }
      else if (key === "o" || key === "Enter") {
        var link = items[current].querySelector("a.open");
        if (link) { window.location.href = link.href; }
      } else { return; }
      event.preventDefault();
    });
  }

  // Offsets of a selection inside the article text: the text nodes of #article-text, in order, are the article
  // text exactly (highlighted spans only wrap parts of it).  JavaScript counts UTF-16 units; the server also
  // gets the selected text and finds it when the counts disagree (text outside the Basic Multilingual Plane).
  function offsetOf(root, node, offset) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var total = 0;
    while (walker.nextNode()) {
      if (walker.currentNode === node) { return total + offset; }
      total += walker.currentNode.nodeValue.length;
    }
    return null;
  }

  function adding() {
    var form = document.getElementById("add-claim");
    var root = document.getElementById("article-text");
    if (!form || !root) { return; }
    root.addEventListener("click", function (event) {
      var selection = window.getSelection();
      if (selection && !selection.isCollapsed && event.target.closest("a")) { event.preventDefault(); }
    });
    document.addEventListener("selectionchange", function () {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount) { return; }
      var range = selection.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) { return; }
      var start = offsetOf(root, range.startContainer, range.startOffset);
      var end = offsetOf(root, range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) { return; }
      document.getElementById("add-start").value = String(start);
      document.getElementById("add-end").value = String(end);
      document.getElementById("add-quote").value = selection.toString();
      form.hidden = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () { queue(); adding(); });
}());
