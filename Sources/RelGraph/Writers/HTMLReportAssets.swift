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
        figure.graph .picture { overflow: auto; max-height: 85vh; border: 1px solid var(--rule); cursor: zoom-out; }
        figure.graph svg { display: block; margin: 0 auto; max-width: none; height: auto; }
        figure.graph.fit .picture { max-height: none; cursor: zoom-in; }
        figure.graph.fit svg { max-width: 100%; }
        figure.graph figcaption { color: var(--muted); font-size: .85em; text-align: center; margin-top: .4em; }
        .controls { display: flex; gap: 1.5em; align-items: center; margin: 1em 0; font-size: .95em; }
        .controls select { font: inherit; padding: .15em; }
        #shown { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; font-size: .9em; }
        th, td { text-align: left; vertical-align: top; padding: .35em .5em; border-bottom: 1px solid var(--rule); }
        th { background: #f4f6f8; }
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
          figure.graph .picture { max-height: none; overflow: visible; border: none; }
          figure.graph svg { max-width: 100%; }
          figure.graph figcaption { display: none; }
        }
        """

    /// Filters both tables by relation type and by actor; the actor filter also keeps that actor's row.
    static let script = """
        (function () {
          var type = document.getElementById("type-filter");
          var actor = document.getElementById("actor-filter");
          var shown = document.getElementById("shown");
          function update() {
            var t = type.value, a = actor.value, count = 0;
            document.querySelectorAll("#relations tbody tr").forEach(function (row) {
              var ok = (!t || row.dataset.type === t) && (!a || row.dataset.actors.split(" ").indexOf(a) >= 0);
              row.classList.toggle("hidden", !ok);
              if (ok) { count += 1; }
            });
            document.querySelectorAll("#actors tbody tr").forEach(function (row) {
              row.classList.toggle("hidden", !!a && row.dataset.actors !== a);
            });
            shown.textContent = count + " relations shown";
          }
          type.addEventListener("change", update);
          actor.addEventListener("change", update);
          update();
          // The picture at its own size keeps every label readable; a click fits it to the page and back.
          var figure = document.querySelector("figure.graph");
          var picture = figure && figure.querySelector(".picture");
          if (picture) { picture.addEventListener("click", function () { figure.classList.toggle("fit"); }); }
        })();
        """
}
