/* teipress e-paper: the issue's page navigation (版面导航), hotspots and the article list
   lit together, and zoom of the page image. Runs from file:// and over HTTP; builds DOM
   with textContent only. Without it the pages still work: the navigation falls back to a
   link to the issue, the page image scrolls in its frame. */
(function () {
  "use strict";

  function issueNav() {
    var nav = document.querySelector(".issue-nav");
    var pages = window.TEIPRESS_ISSUE;
    if (!nav || !pages || !pages.length) { return; }
    var root = nav.getAttribute("data-root");
    var current = nav.getAttribute("data-current");
    var here = -1;
    var list = document.createElement("ol");
    list.className = "issue-pages-nav";
    pages.forEach(function (page, n) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + page.href;
      if (page.href === current) {
        here = n;
        link.setAttribute("aria-current", "page");
      }
      if (page.thumbnail) {
        var img = document.createElement("img");
        img.src = root + page.thumbnail;
        img.alt = "";
        img.loading = "lazy";
        img.width = 80;
        link.appendChild(img);
      }
      var label = document.createElement("span");
      label.textContent = page.label;
      link.appendChild(label);
      item.appendChild(link);
      list.appendChild(item);
    });
    var pager = document.createElement("p");
    pager.className = "page-pager";
    [[here - 1, "prev", "上一版"], [here + 1, "next", "下一版"]].forEach(function (step) {
      var page = here >= 0 ? pages[step[0]] : null;
      if (!page) { return; }
      var link = document.createElement("a");
      link.href = root + page.href;
      link.rel = step[1];
      link.textContent = step[2] + "：" + page.label;
      pager.appendChild(link);
    });
    nav.appendChild(pager);
    nav.appendChild(list);
  }

  /* On an article page: the page's first article leads back to the previous page's last,
     its last on to the next page's first. */
  function crossPageArticles() {
    var pager = document.querySelector(".article-pager");
    var nav = document.querySelector(".issue-nav");
    var pages = window.TEIPRESS_ISSUE;
    if (!pager || !nav || !pages) { return; }
    var root = nav.getAttribute("data-root");
    var current = nav.getAttribute("data-current");
    var here = pages.findIndex(function (p) { return p.href === current; });
    if (here < 0) { return; }
    function neighbour(step) {
      for (var n = here + step; n >= 0 && n < pages.length; n += step) {
        var articles = pages[n].articles || [];
        if (articles.length) { return articles[step < 0 ? articles.length - 1 : 0]; }
      }
      return null;
    }
    if (pager.getAttribute("data-first") === "true") {
      var before = neighbour(-1);
      if (before) {
        var prev = document.createElement("a");
        prev.rel = "prev";
        prev.href = root + before[0];
        prev.textContent = "上一篇（上一版）：" + before[1];
        pager.insertBefore(prev, pager.firstChild);
      }
    }
    if (pager.getAttribute("data-last") === "true") {
      var after = neighbour(1);
      if (after) {
        var next = document.createElement("a");
        next.rel = "next";
        next.href = root + after[0];
        next.textContent = "下一篇（下一版）：" + after[1];
        pager.appendChild(next);
      }
    }
  }

  /* An article's hotspot and its entry in the list light up together. */
  function linkHotspots() {
    var targets = document.querySelectorAll("[data-target]");
    function light(id, on) {
      document.querySelectorAll('[data-target="' + id + '"]').forEach(function (el) {
        el.classList.toggle("is-active", on);
      });
    }
    targets.forEach(function (el) {
      var id = el.getAttribute("data-target");
      ["mouseenter", "focusin"].forEach(function (type) {
        el.addEventListener(type, function () { light(id, true); });
      });
      ["mouseleave", "focusout"].forEach(function (type) {
        el.addEventListener(type, function () { light(id, false); });
      });
    });
  }

  /* Zoom: the canvas (image and hotspots together) widens inside its scrolling frame. */
  function zoom() {
    var controls = document.querySelector(".zoom-controls");
    var frame = document.querySelector(".facsimile-frame");
    var canvas = document.querySelector(".facsimile-canvas");
    if (!controls || !canvas) { return; }
    var levels = [1, 1.5, 2, 3, 4];
    var level = 0;
    function apply(next) {
      var centre = (frame.scrollLeft + frame.clientWidth / 2) / canvas.offsetWidth;
      var middle = (frame.scrollTop + frame.clientHeight / 2) / canvas.offsetHeight;
      level = Math.max(0, Math.min(levels.length - 1, next));
      canvas.style.width = levels[level] * 100 + "%";
      frame.classList.toggle("is-zoomed", level > 0);
      frame.scrollLeft = centre * canvas.offsetWidth - frame.clientWidth / 2;
      frame.scrollTop = middle * canvas.offsetHeight - frame.clientHeight / 2;
      controls.setAttribute("data-level", String(levels[level]));
    }
    controls.hidden = false;
    controls.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) { return; }
      var step = Number(button.getAttribute("data-zoom"));
      apply(step === 0 ? 0 : level + step);
    });
  }

  issueNav();
  crossPageArticles();
  linkHotspots();
  zoom();
}());
