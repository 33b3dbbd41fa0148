import Testing
@testable import RelGraph

@Suite("Period file names")
struct GraphOutputPeriodTests {
    @Test("the period goes before the extension, compound ones included, and the folder is kept")
    func names() {
        #expect(GraphOutput.path("out.svg", period: "2022-03") == "out-2022-03.svg")
        #expect(GraphOutput.path("runs/week.events.csv", period: "2022-W09") == "runs/week-2022-W09.events.csv")
        #expect(GraphOutput.path("a.b/out", period: "2022-03") == "a.b/out-2022-03")
        #expect(GraphOutput.path(".hidden", period: "2022-03") == ".hidden-2022-03")
        #expect(GraphOutput.path("/tmp/x.tar.csv", period: "2022-03") == "/tmp/x.tar-2022-03.csv")
        #expect(GraphOutput.format(forPath: GraphOutput.path("out.events.jsonl", period: "2022-03")) == .eventsJSONL)
    }
}
