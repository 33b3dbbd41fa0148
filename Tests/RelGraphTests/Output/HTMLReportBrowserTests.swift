import Foundation
import Testing
@testable import RelGraph

/// The HTML report's script in a real browser: headless Chromium opens a report with a probe appended, the probe
/// clicks what a reader would click (found on screen with `elementFromPoint`, so a covered or misplaced picture
/// fails), and writes what the page then shows into the DOM that Chromium dumps.
@Suite("HTMLReportBrowser")
struct HTMLReportBrowserTests {
    @Test("a click on an actor or a line narrows the tables and the picture; filters, sorting and zoom act",
          .enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium): the report's script is not run"))
    func explore() throws {
        let graph = Self.graph
        let mutual = try #require(DrawingPlan(graph).lines.first { $0.direction == .mutual })
        let lineID = try #require(DrawingPlan(graph).lineIDsByRelation[mutual.relations[0]])
        let html = String(decoding: try GraphOutput.data(graph, as: .html, layout: .dot), as: UTF8.self)
        let probe = Self.probe.replacingOccurrences(of: "LINE_ID", with: lineID)
        let result = try Chromium.dumpProbe(html.replacingOccurrences(of: "</body>", with: "<script>//<![CDATA[\n\(probe)\n//]]></script></body>"))

        let all = Set(graph.edges.map(Self.row))
        #expect(Set(result.strings("initial")) == all)
        #expect(result.bool("initialNarrowed") == false)

        // An actor: its relations, the actors it meets, itself outlined, the other lines dimmed.
        let ofRussia = graph.edges.filter { $0.source == "RUS" || $0.target == "RUS" }
        #expect(Set(result.strings("actorRows")) == Set(ofRussia.map(Self.row)))
        #expect(Set(result.strings("actorActors")) == Set(ofRussia.flatMap { [$0.source, $0.target] }))
        #expect(result.strings("actorSelected") == ["RUS"])
        #expect(result.bool("actorNarrowed") == true)
        let plan = DrawingPlan(graph).lineIDsByRelation
        #expect(Set(result.strings("actorLit")) == Set(ofRussia.compactMap { plan[$0.key] }))
        #expect(result.strings("actorStatus").first?.contains("\(ofRussia.count) of \(graph.edges.count) relations shown") == true)
        #expect(Set(result.strings("actorAgain")) == all)

        // A line: the relations it draws, both ways for a mutual one.
        #expect(Set(result.strings("lineRows")) == Set(graph.edges.filter { mutual.relations.contains($0.key) }.map(Self.row)))
        #expect(result.strings("lineSelected") == [lineID])
        #expect(Set(result.strings("escaped")) == all)

        // The type menu narrows the picture too.
        let sanctions = graph.edges.filter { $0.type == .sanction }
        #expect(Set(result.strings("typeRows")) == Set(sanctions.map(Self.row)))
        #expect(Set(result.strings("typeLit")) == Set(sanctions.compactMap { plan[$0.key] }))

        // Sorting by a header, then the other way; names sort as shown, not by id.
        let weights = result.strings("weightsUp").compactMap(Int.init)
        #expect(weights.count == graph.edges.count && weights == weights.sorted())
        #expect(result.strings("weightsDown").compactMap(Int.init) == weights.sorted(by: >))
        #expect(result.strings("actorNames") == ["Cuba", "États-Unis", "Nicaragua", "Russie", "Venezuela", "Vladimir Poutine"])

        // The wheel zooms in about the pointer; 0 fits the width again.
        let fitted = try #require(result.numbers("fitBox"))
        let zoomed = try #require(result.numbers("zoomBox"))
        #expect(zoomed[2] < fitted[2] * 0.8)
        #expect(result.numbers("refitBox") == fitted)
        let whole = try #require(result.numbers("whole"))
        #expect(fitted[2] >= whole[2] - 1, "the picture opens with its whole width in view")
    }

    private static func row(_ edge: Edge) -> String {
        "\(edge.source)>\(edge.target):\(edge.type.rawValue)"
    }

    /// Six actors; Russia and Venezuela agree both ways (one mutual line of two relations), a person belongs to Russia.
    static var graph: RelationGraph {
        let say = { (text: String) in
            [Evidence(document: "d1", title: "Talks", url: "https://example.org/d1", date: "2022-03-04", sentence: 0, start: 0,
                      end: text.count, text: text)]
        }
        return RelationGraph(
            nodes: [
                Node(id: "RUS", kind: .state, label: "Russie", mentions: 5),
                Node(id: "VEN", kind: .state, label: "Venezuela", mentions: 4),
                Node(id: "CUB", kind: .state, label: "Cuba", mentions: 2),
                Node(id: "USA", kind: .state, label: "États-Unis", mentions: 3),
                Node(id: "NIC", kind: .state, label: "Nicaragua", mentions: 1),
                Node(id: "person:vladimir-poutine", kind: .person, label: "Vladimir Poutine", country: "RUS", role: "président", mentions: 2),
            ],
            edges: [
                Edge(source: "RUS", target: "VEN", type: .agree, weight: 2, evidence: say("La Russie et le Venezuela ont signé.")),
                Edge(source: "VEN", target: "RUS", type: .agree, weight: 2, evidence: say("La Russie et le Venezuela ont signé.")),
                Edge(source: "RUS", target: "CUB", type: .consult, weight: 1, evidence: say("Borisov se rend à Cuba.")),
                Edge(source: "USA", target: "VEN", type: .sanction, weight: 4, evidence: say("Washington sanctionne Caracas.")),
                Edge(source: "USA", target: "RUS", type: .accuse, weight: 3, evidence: say("Washington accuse Moscou.")),
                Edge(source: "NIC", target: "USA", type: .reject, weight: 5, evidence: say("Managua rejette Washington.")),
                Edge(source: "person:vladimir-poutine", target: "RUS", type: .affiliation, weight: 1),
            ]
        )
    }

    /// Clicks, filters, sorts and zooms in turn, recording what the page shows after each step.
    private static let probe = """
        (function () {
          var out = {};
          var svg = document.querySelector("figure.graph svg");
          function visible(selector, read) {
            return Array.prototype.filter.call(document.querySelectorAll(selector), function (row) {
              return !row.classList.contains("hidden") && getComputedStyle(row).display !== "none";
            }).map(read);
          }
          function rows() { return visible("#relations tbody tr", function (r) { return r.dataset.source + ">" + r.dataset.target + ":" + r.dataset.type; }); }
          function ids(selector) { return Array.prototype.map.call(svg.querySelectorAll(selector), function (g) { return g.id; }); }
          function find(selector, id) { return Array.prototype.filter.call(svg.querySelectorAll(selector), function (g) { return g.id === id; })[0]; }
          function click(element) {
            var box = element.getBoundingClientRect();
            var x = box.left + box.width / 2, y = box.top + box.height / 2;
            var hit = document.elementFromPoint(x, y);
            hit.dispatchEvent(new MouseEvent("click", { bubbles: true, clientX: x, clientY: y }));
          }
          function box() { return svg.getAttribute("viewBox").split(" ").map(Number); }
          out.initial = rows();
          out.initialNarrowed = svg.classList.contains("narrowed");
          var russia = find("g.node", "RUS");
          click(russia.querySelector("text"));
          out.actorRows = rows();
          out.actorActors = visible("#actors tbody tr", function (r) { return r.dataset.actor; });
          out.actorSelected = ids("g.selected");
          out.actorNarrowed = svg.classList.contains("narrowed");
          out.actorLit = ids("g.edge.lit");
          out.actorStatus = [document.getElementById("shown").textContent];
          click(russia.querySelector("text"));
          out.actorAgain = rows();
          click(find("g.edge", "LINE_ID").querySelector("text"));
          out.lineRows = rows();
          out.lineSelected = ids("g.selected");
          document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
          out.escaped = rows();
          var type = document.getElementById("type-filter");
          type.value = "SANCTION";
          type.dispatchEvent(new Event("change"));
          out.typeRows = rows();
          out.typeLit = ids("g.edge.lit");
          type.value = "";
          type.dispatchEvent(new Event("change"));
          var weight = document.querySelectorAll("#relations thead th")[3];
          weight.click();
          out.weightsUp = visible("#relations tbody tr", function (r) { return r.cells[3].textContent; });
          weight.click();
          out.weightsDown = visible("#relations tbody tr", function (r) { return r.cells[3].textContent; });
          out.actorNames = visible("#actors tbody tr", function (r) { return r.cells[0].textContent; });
          var view = document.querySelector("figure.graph .picture");
          var frame = view.getBoundingClientRect();
          out.whole = [0, 0, svg.viewBox.baseVal.width, 0];
          out.fitBox = box();
          view.dispatchEvent(new WheelEvent("wheel", { deltaY: -300, clientX: frame.left + frame.width / 2,
                                                      clientY: frame.top + frame.height / 2, bubbles: true, cancelable: true }));
          out.zoomBox = box();
          view.dispatchEvent(new KeyboardEvent("keydown", { key: "0", bubbles: true }));
          out.refitBox = box();
          var pre = document.createElement("pre");
          pre.id = "probe-result";
          pre.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(out))));
          document.body.appendChild(pre);
        })();
        """
}

/// Headless Chromium, found on the PATH, run on a page written to a temporary file.
enum Chromium {
    static let path: String? = ["chromium", "chromium-browser"].lazy.compactMap(find).first

    private static func find(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// What the probe recorded: the page's DOM after load, as Chromium dumps it, holds it in base64 JSON.
    struct Result {
        var values: [String: Any]

        func strings(_ key: String) -> [String] { (values[key] as? [Any])?.map { "\($0)" } ?? [] }
        func bool(_ key: String) -> Bool? { values[key] as? Bool }
        func numbers(_ key: String) -> [Double]? {
            (values[key] as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue ?? ($0 as? Double) ?? ($0 as? Int).map(Double.init) }
        }
    }

    static func dumpProbe(_ html: String) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let dom = try run(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1800",
                           "--user-data-dir=" + folder.appendingPathComponent("profile").path, "--dump-dom", page.absoluteString])
        guard let start = dom.range(of: "<pre id=\"probe-result\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex),
              let data = Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound])),
              let values = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ProbeError(dom: String(dom.suffix(2000)))
        }
        return Result(values: values)
    }

    struct ProbeError: Error, CustomStringConvertible {
        var dom: String
        var description: String { "the probe left no result (a script error?); the page ended with: \(dom)" }
    }

    /// Chromium's standard output; killed after a minute so a hung browser fails the test instead of the run.
    private static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "chromium")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }
}
