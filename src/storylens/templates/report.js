// storylens report: highlight counterparts, findings and removed lines. No network access.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("storylens-data").textContent);
  var groups = data.groups;      // group id -> [sentence ids]
  var findings = data.findings;  // finding id -> [sentence ids]
  var detail = document.getElementById("detail");
  var detailBody = detail.querySelector(".detail-body");

  function byId(sid) { return document.getElementById(sid); }
  function clear(cls) {
    document.querySelectorAll("." + cls).forEach(function (el) { el.classList.remove(cls); });
  }
  function mark(ids, cls) {
    ids.forEach(function (sid) { var el = byId(sid); if (el) { el.classList.add(cls); } });
  }
  // Scroll each column so that its highlighted sentence is visible, without moving the page.
  // A finding may point at two sentences of one article (a headline and a body sentence
  // giving one figure): its first one in that column is shown (scrolling to each in turn
  // left the last one in view and the first, the finding's lead, out of it).
  function reveal(ids) {
    var shown = [];
    ids.forEach(function (sid) {
      var el = byId(sid);
      if (!el) { return; }
      var col = el.closest(".col-body");
      if (shown.indexOf(col) >= 0) { return; }
      shown.push(col);
      // Measured from the rendered boxes: offsetTop counts from the nearest positioned
      // ancestor, which is the column itself, so subtracting the column's own offset was wrong
      // whenever the column did not sit at the top of its offset parent.
      if (col) {
        col.scrollTop += el.getBoundingClientRect().top - col.getBoundingClientRect().top - 40;
      }
    });
  }
  // Scroll the side-by-side scroller sideways so the column holding sentence ``sid`` is in
  // view: with five or more columns it is wider than the window, and a link to the sixth
  // column's sentence otherwise scrolled the page down to a column still off to the right.
  function bringColumn(sid) {
    var el = byId(sid);
    var column = el && el.closest(".column");
    var row = column && column.closest(".columns");
    if (!row) { return; }
    var c = column.getBoundingClientRect(), r = row.getBoundingClientRect();
    if (c.left < r.left) {
      row.scrollLeft -= r.left - c.left + 8;
    } else if (c.right > r.right) {
      // as far as the column's right edge, but never past its left edge
      row.scrollLeft += Math.min(c.right - r.right + 8, c.left - r.left);
    }
  }
  // Move the page so that the story's columns start at the top, then further down when
  // the sentence itself would still sit below the window's bottom edge.
  function showOnPage(sid) {
    var el = byId(sid);
    if (!el) { return; }
    el.closest(".story").scrollIntoView({ block: "start" });
    var box = el.getBoundingClientRect();
    if (box.bottom > window.innerHeight) {
      window.scrollBy(0, Math.min(box.bottom - window.innerHeight + 24, box.top - 80));
    }
  }
  function showGroup(gid) {
    var src = document.getElementById("group-" + gid);
    if (!src) { detail.hidden = true; return; }
    // A copy of server-rendered, already escaped markup.
    detailBody.replaceChildren(src.cloneNode(true));
    detail.hidden = false;
  }

  document.querySelectorAll(".col-body .s").forEach(function (el) {
    var gid = el.dataset.group;
    el.addEventListener("mouseenter", function () { if (gid) { mark(groups[gid], "hl"); } });
    el.addEventListener("mouseleave", function () { clear("hl"); });
    function pin() {
      clear("pinned");
      if (!gid) { detail.hidden = true; return; }
      mark(groups[gid], "pinned");
      reveal(groups[gid].filter(function (sid) { return sid !== el.id; }));
      showGroup(gid);
    }
    el.addEventListener("click", pin);
    el.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { pin(); } });
  });

  document.querySelectorAll(".finding").forEach(function (el) {
    function activate() {
      clear("fhl"); clear("active");
      el.classList.add("active");
      var fid = el.dataset.finding;
      var ids = findings[fid] || [];
      mark(ids, "fhl");
      document.querySelectorAll('mark[data-finding="' + fid + '"]').forEach(function (m) {
        m.classList.add("fhl");
      });
      if (ids.length && byId(ids[0])) {
        reveal(ids);
        bringColumn(ids[0]);
        showOnPage(ids[0]);
      }
    }
    el.addEventListener("click", activate);
    el.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { activate(); } });
  });

  document.querySelectorAll("[data-sentence-link]").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      var sid = a.dataset.sentenceLink;
      ev.preventDefault();
      if (!byId(sid)) { return; }
      clear("pinned"); mark([sid], "pinned"); reveal([sid]);
      bringColumn(sid);
      showOnPage(sid);
    });
  });

  detail.querySelector(".close").addEventListener("click", function () {
    detail.hidden = true; clear("pinned");
  });
  var toggle = document.getElementById("toggle-removed");
  toggle.addEventListener("change", function () {
    document.body.classList.toggle("show-removed", toggle.checked);
  });
  var marks = document.getElementById("toggle-marks");
  if (marks) {
    marks.addEventListener("change", function () {
      document.body.classList.toggle("show-marks", marks.checked);
    });
  }
})();
