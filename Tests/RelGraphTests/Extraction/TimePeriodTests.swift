import Testing
@testable import RelGraph

@Suite("Time periods")
struct TimePeriodTests {
    @Test("a month is named by its year and month, whatever the time of day")
    func months() {
        #expect(TimePeriod.month.name(of: "2022-03-01") == "2022-03")
        #expect(TimePeriod.month.name(of: "2022-12-31T23:59:00Z") == "2022-12")
        #expect(TimePeriod.month.name(of: "2022-02-30") == nil)
        #expect(TimePeriod.month.name(of: "March 2022") == nil)
    }

    @Test("weeks are ISO 8601 weeks: from Monday, week 1 holding the year's first Thursday")
    func weeks() {
        #expect(TimePeriod.week.name(of: "2022-03-01") == "2022-W09")
        #expect(TimePeriod.week.name(of: "2022-03-06") == "2022-W09", "Sunday ends the week")
        #expect(TimePeriod.week.name(of: "2022-03-07") == "2022-W10", "Monday starts the next")
        #expect(TimePeriod.week.name(of: "2022-01-01") == "2021-W52", "early January in the year before's last week")
        #expect(TimePeriod.week.name(of: "2021-01-03") == "2020-W53", "2020 has 53 weeks")
        #expect(TimePeriod.week.name(of: "2024-12-30") == "2025-W01", "late December in the next year's first week")
        #expect(TimePeriod.week.name(of: "2026-12-31") == "2026-W53")
        #expect(TimePeriod.weekday(year: 1970, month: 1, day: 1) == 4)
        #expect(TimePeriod.weekday(year: 2000, month: 2, day: 29) == 2)
    }

    @Test("the graphs of a corpus are cut by period, in time order; undated ones are counted, not kept")
    func periodGraphs() {
        var periods = PeriodGraphs(by: .month)
        let edge = { (source: String, target: String, date: String) in
            RelationGraph(nodes: [Node(id: source, kind: .state, label: source), Node(id: target, kind: .state, label: target)],
                          edges: [Edge(source: source, target: target, type: .consult)]).stamped(date: date)
        }
        periods.add(edge("RUS", "VEN", "2022-04-02"), dated: "2022-04-02")
        periods.add(edge("RUS", "CUB", "2022-03-01"), dated: "2022-03-01")
        periods.add(edge("RUS", "VEN", "2022-03-08"), dated: "2022-03-08T10:00:00Z")
        periods.add(RelationGraph(nodes: [Node(id: "JPN", kind: .state, label: "Japon")], edges: []), dated: nil)
        let graphs = periods.graphs
        #expect(graphs.map(\.name) == ["2022-03", "2022-04"])
        #expect(Set(graphs[0].graph.edges.map(\.target)) == ["CUB", "VEN"])
        #expect(graphs[1].graph.edges.map(\.target) == ["VEN"])
        #expect(periods.undated == 1)
        #expect(!graphs.contains { $0.graph.nodes.contains { $0.id == "JPN" } })
    }
}
