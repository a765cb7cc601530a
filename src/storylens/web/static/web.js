// storylens web UI: the little the server cannot do. Sentence highlighting, findings and
// the boilerplate toggle come from the report's own script (/assets/report.js).
// Text reaches the page only as textContent, never as markup.
(function () {
  "use strict";

  // Stories page: fill in finding counts for stories this server has not compared yet,
  // two requests at a time, so the list shows at once and the counts arrive after.
  var pending = Array.prototype.slice.call(
    document.querySelectorAll(".sl-fcount[data-story]")
  ).filter(function (td) { return td.querySelector(".sl-muted"); });

  function chip(text, cls) {
    var span = document.createElement("span");
    span.className = cls;
    span.textContent = text;
    return span;
  }

  function fill(td, summary) {
    td.replaceChildren();
    if (!summary.findings) { td.textContent = "none"; return; }
    var strong = document.createElement("strong");
    strong.textContent = String(summary.findings);
    td.append(strong, " ");
    Object.keys(summary.by_type).forEach(function (type) {
      td.append(chip(type.replace(/_/g, " ") + " " + summary.by_type[type], "sl-chip"));
    });
  }

  function next() {
    var td = pending.shift();
    if (!td) { return; }
    td.querySelector(".sl-muted").textContent = "comparing…";
    fetch("/api/stories/" + encodeURIComponent(td.dataset.story) + "/summary", {
      headers: { "Accept": "application/json" }
    })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (summary) { fill(td, summary); })
      .catch(function () { td.textContent = "—"; })
      .then(next);
  }
  next();
  next();

  // Story page: scroll the outlet columns together (by share of their height, since
  // columns differ in length), unless the reader turns it off.
  var bodies = Array.prototype.slice.call(document.querySelectorAll(".col-body"));
  var sync = document.getElementById("sync-scroll");
  var leader = null;
  bodies.forEach(function (el) {
    el.addEventListener("pointerenter", function () { leader = el; });
    el.addEventListener("focusin", function () { leader = el; });
    el.addEventListener("wheel", function () { leader = el; }, { passive: true });
    el.addEventListener("scroll", function () {
      if (!sync || !sync.checked || leader !== el) { return; }
      var range = el.scrollHeight - el.clientHeight;
      var share = range > 0 ? el.scrollTop / range : 0;
      bodies.forEach(function (other) {
        if (other !== el) {
          other.scrollTop = share * (other.scrollHeight - other.clientHeight);
        }
      });
    }, { passive: true });
  });
  // A finding or a pinned sentence scrolls columns on purpose: pause syncing meanwhile.
  document.querySelectorAll(".finding, .col-body .s").forEach(function (el) {
    el.addEventListener("click", function () { leader = null; });
  });
})();
