"use strict";
// Progressive enhancement only: every page works without this file.
// - j/n and k/p step through the changes of a comparison (of the view shown), loading
//   the next page of rows when the last change loaded is passed
// - "Copy link" copies the pinned permalink (the field stays visible as a fallback)
// - "Print redline" prints the page as shown (print.css makes it a redline)
// - a link to a row past the rows loaded so far loads the pages up to it
(function () {
  function changes() {
    return Array.prototype.slice.call(document.querySelectorAll(".rows [data-change]"));
  }

  function openAncestors(element) {
    var details = element.closest("details");
    while (details) {
      details.open = true;
      details = details.parentElement ? details.parentElement.closest("details") : null;
    }
  }

  function currentIndex(rows) {
    var active = document.activeElement;
    var index = rows.indexOf(active && active.closest ? active.closest("[data-change]") : null);
    if (index !== -1) return index;
    if (location.hash) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      index = rows.indexOf(target);
      if (index !== -1) return index;
    }
    return -1;
  }

  function firstBelowTop(rows, direction) {
    // Without a current change, start from what is on screen.
    var line = 120;
    if (direction > 0) {
      for (var i = 0; i < rows.length; i++) {
        if (rows[i].getBoundingClientRect().top > line) return i;
      }
      return rows.length - 1;
    }
    for (var j = rows.length - 1; j >= 0; j--) {
      if (rows[j].getBoundingClientRect().top < line - 1) return j;
    }
    return 0;
  }

  function step(direction) {
    var rows = changes();
    var status = document.querySelector(".change-position");
    if (!rows.length) {
      if (status) status.textContent = "No changes to step through.";
      return;
    }
    var index = currentIndex(rows);
    var next = index === -1 ? firstBelowTop(rows, direction) : index + direction;
    if (next >= rows.length && loadMoreRows(function () { step(direction); })) return;
    next = Math.max(0, Math.min(rows.length - 1, next));
    var row = rows[next];
    openAncestors(row);
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "start" });
    if (history.replaceState) history.replaceState(history.state, "", "#" + row.id);
    syncPermalink();
    if (status) status.textContent = "Change " + (next + 1) + " of " + rows.length;
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (!document.querySelector(".rows")) return;
    var key = event.key;
    if (key === "j" || key === "n") {
      event.preventDefault();
      step(1);
    } else if (key === "k" || key === "p") {
      event.preventDefault();
      step(-1);
    }
  });

  function copyLink(button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = button.closest(".share") && button.closest(".share").querySelector(".copy-status");
    if (!field) return;
    function done(message) {
      if (status) status.textContent = message;
    }
    function fallback() {
      field.focus();
      field.select();
      done("Press Ctrl+C (or ⌘C) to copy the selected link.");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () {
        done("Link copied. It shows these exact versions, even after later corrections.");
      }, fallback);
    } else {
      fallback();
    }
  }

  document.addEventListener("click", function (event) {
    var copy = event.target.closest ? event.target.closest("[data-copy]") : null;
    if (copy) {
      event.preventDefault();
      copyLink(copy);
      return;
    }
    var print = event.target.closest ? event.target.closest("[data-print]") : null;
    if (print) {
      event.preventDefault();
      window.print();
    }
  });

  function syncPermalink() {
    // The shared link points at the row being read, when there is one.
    var field = document.querySelector("[data-permalink]");
    if (!field) return;
    if (!field.dataset.base) field.dataset.base = field.value.split("#")[0];
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    field.value = field.dataset.base + (target && target.closest(".rows") ? location.hash : "");
  }

  function revealHashTarget() {
    syncPermalink();
    if (!location.hash) return;
    var id = decodeURIComponent(location.hash.slice(1));
    var target = document.getElementById(id);
    if (target) {
      openAncestors(target);
      return;
    }
    loadRowsThrough(id);
  }

  function loadMoreRows(then) {
    // Past the last change loaded so far: fetch the next page of rows (the same view's),
    // then carry on. False when every row is already here.
    var more = document.querySelector("[data-more-rows]");
    if (!more || !window.htmx) return false;
    if (more.dataset.loading) return true;
    more.dataset.loading = "1";
    var status = document.querySelector(".change-position");
    if (status) status.textContent = "Loading more rows…";
    window.htmx.ajax("GET", more.getAttribute("hx-get"), { target: more.closest("li"), swap: "outerHTML" }).then(then);
    return true;
  }

  function loadRowsThrough(id) {
    // A long comparison shows its first rows; a link to a row further down asks for
    // every page of rows up to it ("through"), then scrolls to it.
    var more = document.querySelector("[data-more-rows]");
    if (!more || !window.htmx || more.dataset.loadingThrough === id) return;
    more.dataset.loadingThrough = id;
    var url = more.getAttribute("hx-get") + "&through=" + encodeURIComponent(id);
    window.htmx.ajax("GET", url, { target: more.closest("li"), swap: "outerHTML" }).then(function () {
      var target = document.getElementById(id);
      if (!target) return;
      openAncestors(target);
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "start" });
      syncPermalink();
    });
  }

  function enhance(root) {
    (root || document).querySelectorAll("[data-copy], [data-print]").forEach(function (button) {
      button.hidden = false;
    });
  }

  window.addEventListener("hashchange", revealHashTarget);
  document.addEventListener("DOMContentLoaded", function () {
    enhance(document);
    revealHashTarget();
  });
  // htmx swaps in new panels: enhance them too, and start the change counter afresh.
  document.addEventListener("htmx:afterSettle", function (event) {
    enhance(event.target);
    syncPermalink();
  });
})();
