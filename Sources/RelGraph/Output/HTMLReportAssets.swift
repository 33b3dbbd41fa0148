/// The fixed CSS and JavaScript of the HTML report, kept apart from the code that writes the page.
///
/// Neither references anything outside the page: system fonts, no web
/// fonts, no libraries, so the report works offline and leaks nothing.
enum HTMLReportAssets {
    static let css = """
        :root { --ink: #1f2d3a; --muted: #5d6d7e; --rule: #d5dbe1; --mark: #fff2a8; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink);
               margin: 2em auto; max-width: 1200px; padding: 0 1.5em; line-height: 1.4; }
        h1 { font-size: 1.6em; margin: 0 0 .2em; }
        h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid var(--rule); padding-bottom: .2em; }
        .summary { color: var(--muted); margin: 0; }
        figure.graph { margin: 1em 0; }
        figure.graph .picture { overflow: auto; max-height: 85vh; border: 1px solid var(--rule); }
        figure.graph svg { display: block; margin: 0 auto; max-width: none; height: auto; }
        figure.graph.explorable .picture { overflow: hidden; max-height: none; cursor: grab; touch-action: none;
                                           user-select: none; -webkit-user-select: none; }
        figure.graph.explorable .picture:focus-visible { outline: 2px solid #3182bd; }
        figure.graph.explorable .picture.dragging { cursor: grabbing; }
        figure.graph.explorable svg { width: 100%; height: 100%; }
        figure.graph g.node, figure.graph g.edge { cursor: pointer; }
        svg.narrowed g.node, svg.narrowed g.edge { opacity: .15; }
        svg.narrowed g.node.lit, svg.narrowed g.edge.lit { opacity: 1; }
        svg g.selected { filter: drop-shadow(0 0 3px #f0a30a) drop-shadow(0 0 2px #f0a30a); }
        figure.graph figcaption { color: var(--muted); font-size: .85em; text-align: center; margin-top: .4em; }
        .controls { display: flex; gap: 1.5em; align-items: center; margin: 1em 0; font-size: .95em; }
        .controls select { font: inherit; padding: .15em; }
        #shown { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; font-size: .9em; }
        th, td { text-align: left; vertical-align: top; padding: .35em .5em; border-bottom: 1px solid var(--rule); }
        th { background: #f4f6f8; }
        table.sortable th { cursor: pointer; user-select: none; }
        table.sortable th[aria-sort="ascending"]::after { content: " ▲"; font-size: .75em; }
        table.sortable th[aria-sort="descending"]::after { content: " ▼"; font-size: .75em; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.evidence p { margin: 0 0 .3em; }
        td.evidence cite { color: var(--muted); font-style: normal; font-size: .85em; margin-right: .3em; }
        td.evidence cite::before { content: "["; }
        td.evidence cite::after { content: "]"; }
        mark { background: var(--mark); padding: 0 .1em; }
        .type { font-weight: bold; font-size: .85em; white-space: nowrap; }
        .verbal-cooperation, .material-cooperation { color: #08519c; }
        .verbal-conflict, .material-conflict { color: #a63603; }
        .structural { color: #7f8c8d; }
        .historical { color: var(--muted); font-size: .8em; }
        tr.hidden { display: none; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          .controls { display: none; }
          figure.graph { break-inside: avoid; }
          tr { break-inside: avoid; }
          tr.hidden { display: table-row; }
          mark { background: none; font-weight: bold; text-decoration: underline; }
          figure.graph .picture, figure.graph.explorable .picture { max-height: none; height: auto !important;
                                                                     overflow: visible; border: none; }
          figure.graph.explorable svg { height: auto; }
          figure.graph svg { max-width: 100%; }
          figure.graph figcaption { display: none; }
        }
        """

    /// The page's behaviour, in plain JavaScript with no library.
    ///
    /// - The picture: the SVG's `viewBox` is a window onto the drawing, moved by dragging or the arrow keys and
    ///   scaled by the wheel or `+`/`-` about the pointer; it opens fitted to the page's width (`0` again).
    /// - Narrowing: the type and actor menus and a click on an actor or a line decide which relation rows are
    ///   shown; the picture then dims every line and actor no shown row names, and the actors table keeps the
    ///   actors of the shown rows. A second click on the same thing, a click on the background or Escape undoes
    ///   the click. Rows know their line by `data-line`, the SVG id of the line that draws them. The address
    ///   keeps the selection (`#actor=RUS`, `#line=…`), so that a link, or a screenshot, opens it.
    /// - Sorting: a click on a column's header sorts its table by what the column shows, again to reverse.
    static let script = """
        (function () {
          "use strict";
          var figure = document.querySelector("figure.graph");
          var view = figure && figure.querySelector(".picture");
          var svg = view && view.querySelector("svg");
          var typeFilter = document.getElementById("type-filter");
          var actorFilter = document.getElementById("actor-filter");
          var shown = document.getElementById("shown");
          var relationRows = Array.prototype.slice.call(document.querySelectorAll("#relations tbody tr"));
          var actorRows = Array.prototype.slice.call(document.querySelectorAll("#actors tbody tr"));
          var selected = null;
          var names = {};
          actorRows.forEach(function (row) { names[row.dataset.actor] = row.cells[0].textContent; });

          function narrows(row) {
            var d = row.dataset, t = typeFilter.value, a = actorFilter.value;
            if (t && d.type !== t) { return false; }
            if (a && d.source !== a && d.target !== a) { return false; }
            if (!selected) { return true; }
            return selected.node ? d.source === selected.id || d.target === selected.id : d.line === selected.id;
          }

          function update() {
            var lines = {}, actors = {}, count = 0;
            relationRows.forEach(function (row) {
              var ok = narrows(row);
              row.classList.toggle("hidden", !ok);
              if (ok) { count += 1; lines[row.dataset.line] = true; actors[row.dataset.source] = actors[row.dataset.target] = true; }
            });
            if (actorFilter.value) { actors[actorFilter.value] = true; }
            if (selected && selected.node) { actors[selected.id] = true; }
            var narrowed = !!(typeFilter.value || actorFilter.value || selected);
            actorRows.forEach(function (row) { row.classList.toggle("hidden", narrowed && !actors[row.dataset.actor]); });
            if (svg) {
              svg.classList.toggle("narrowed", narrowed);
              svg.querySelectorAll("g.node, g.edge").forEach(function (g) {
                var node = g.classList.contains("node");
                g.classList.toggle("lit", node ? !!actors[g.id] : !!lines[g.id]);
                g.classList.toggle("selected", !!selected && selected.id === g.id && selected.node === node);
              });
            }
            var text = count + " of " + relationRows.length + " relations shown";
            if (selected) {
              text += " · " + (selected.node ? names[selected.id] || selected.id : "one line") + " selected (Escape shows all)";
            }
            shown.textContent = text;
          }

          function select(target) {
            var g = target.closest ? target.closest("g.node, g.edge") : null;
            var choice = g ? { id: g.id, node: g.classList.contains("node") } : null;
            var same = choice && selected && choice.id === selected.id && choice.node === selected.node;
            selected = same ? null : choice;
            update();
            remember();
          }

          // The selection is kept in the address (#actor=RUS, #line=edge-RUS-to-VEN-agree): a link opens it again.
          function remember() {
            var hash = selected ? "#" + (selected.node ? "actor=" : "line=") + encodeURIComponent(selected.id) : "";
            try { history.replaceState(null, "", location.pathname + location.search + hash); } catch (error) { }
          }
          var asked = /^#(actor|line)=(.+)$/.exec(location.hash);
          if (asked) { selected = { node: asked[1] === "actor", id: decodeURIComponent(asked[2]) }; }

          typeFilter.addEventListener("change", update);
          actorFilter.addEventListener("change", update);
          document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && selected) { selected = null; update(); remember(); }
          });

          if (svg) { explore(); }
          update();
          document.querySelectorAll("table.sortable").forEach(sortable);

          function explore() {
            var base = svg.viewBox.baseVal;
            var whole = { x: base.x, y: base.y, w: base.width, h: base.height };
            var at = { x: whole.x, y: whole.y, scale: 1 };
            figure.classList.add("explorable");
            svg.removeAttribute("width");
            svg.removeAttribute("height");
            svg.setAttribute("preserveAspectRatio", "xMinYMin meet");

            function draw() {
              var w = view.clientWidth / at.scale, h = view.clientHeight / at.scale;
              svg.setAttribute("viewBox", [at.x, at.y, w, h].join(" "));
            }
            function fit() {
              at.scale = Math.min(view.clientWidth / whole.w, 2);
              view.style.height = Math.max(200, Math.min(whole.h * at.scale + 2, window.innerHeight * 0.8)) + "px";
              at.x = whole.x - Math.max(0, view.clientWidth / at.scale - whole.w) / 2;
              at.y = whole.y;
              draw();
            }
            function zoom(factor, px, py) {
              var least = Math.min(view.clientWidth / whole.w, view.clientHeight / whole.h) / 2;
              var scale = Math.max(least, Math.min(at.scale * factor, 8));
              at.x += px / at.scale - px / scale;
              at.y += py / at.scale - py / scale;
              at.scale = scale;
              draw();
            }
            function pan(dx, dy) {
              at.x += dx / at.scale;
              at.y += dy / at.scale;
              draw();
            }

            view.addEventListener("wheel", function (event) {
              event.preventDefault();
              var box = view.getBoundingClientRect();
              var lines = event.deltaMode === 1 ? 33 : event.deltaMode === 2 ? box.height : 1;
              zoom(Math.exp(-event.deltaY * lines * 0.002), event.clientX - box.left, event.clientY - box.top);
            }, { passive: false });

            var drag = null, dragged = false;
            view.addEventListener("pointerdown", function (event) {
              if (event.button !== 0) { return; }
              drag = { x: event.clientX, y: event.clientY };
              dragged = false;
            });
            view.addEventListener("pointermove", function (event) {
              if (!drag) { return; }
              var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
              if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) { return; }
              if (!dragged) { dragged = true; view.setPointerCapture(event.pointerId); view.classList.add("dragging"); }
              drag = { x: event.clientX, y: event.clientY };
              pan(-dx, -dy);
            });
            function release() { drag = null; view.classList.remove("dragging"); }
            view.addEventListener("pointerup", release);
            view.addEventListener("pointercancel", release);
            view.addEventListener("click", function (event) {
              if (dragged) { dragged = false; return; }
              select(event.target);
            });

            var keys = {
              "+": function () { zoom(1.25, view.clientWidth / 2, view.clientHeight / 2); },
              "=": function () { zoom(1.25, view.clientWidth / 2, view.clientHeight / 2); },
              "-": function () { zoom(0.8, view.clientWidth / 2, view.clientHeight / 2); },
              "0": fit,
              ArrowLeft: function () { pan(-view.clientWidth / 8, 0); },
              ArrowRight: function () { pan(view.clientWidth / 8, 0); },
              ArrowUp: function () { pan(0, -view.clientHeight / 8); },
              ArrowDown: function () { pan(0, view.clientHeight / 8); }
            };
            view.addEventListener("keydown", function (event) {
              var action = keys[event.key];
              if (!action || event.ctrlKey || event.metaKey || event.altKey) { return; }
              event.preventDefault();
              action();
            });
            window.addEventListener("resize", draw);
            // Printed, the picture is whole and fitted to the paper.
            window.addEventListener("beforeprint", function () {
              svg.setAttribute("viewBox", [whole.x, whole.y, whole.w, whole.h].join(" "));
            });
            window.addEventListener("afterprint", draw);
            fit();
            if (selected) { update(); show(); }

            // A selection opened from the address is framed: the picture zooms in (up to 1.5 times its own size)
            // until what the selection lights fills the view, so a reader following a link can read it.
            function show() {
              var frame = view.getBoundingClientRect(), box = null;
              svg.querySelectorAll("g.lit, g.selected").forEach(function (g) {
                var r = g.getBoundingClientRect();
                box = box ? { left: Math.min(box.left, r.left), top: Math.min(box.top, r.top),
                              right: Math.max(box.right, r.right), bottom: Math.max(box.bottom, r.bottom) } : r;
              });
              if (!box) { return; }
              var cx = (box.left + box.right) / 2 - frame.left, cy = (box.top + box.bottom) / 2 - frame.top;
              var room = 0.9 * Math.min(view.clientWidth / (box.right - box.left), view.clientHeight / (box.bottom - box.top));
              zoom(Math.max(1, Math.min(room, Math.max(1, 1.5 / at.scale))), cx, cy);
              pan(cx - view.clientWidth / 2, cy - view.clientHeight / 2);
            }
          }

          function sortable(table) {
            var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
            var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
            heads.forEach(function (head, column) {
              head.tabIndex = 0;
              function sort() {
                var ascending = head.getAttribute("aria-sort") !== "ascending";
                var numeric = head.classList.contains("number");
                heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
                head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                function key(row) { return row.cells[column].textContent.trim(); }
                rows.sort(function (p, q) {
                  var order = numeric ? parseFloat(key(p)) - parseFloat(key(q)) : collator.compare(key(p), key(q));
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              }
              head.addEventListener("click", sort);
              head.addEventListener("keydown", function (event) {
                if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
              });
            });
          }
        })();
        """
}
