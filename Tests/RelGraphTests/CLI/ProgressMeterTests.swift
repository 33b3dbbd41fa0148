import Testing
@testable import RelGraph
@testable import RelGraphCLI

@Suite("Progress line")
struct ProgressMeterTests {
    @Test func knownTotalShowsShareRateAndTimeLeft() {
        let line = ProgressMeter(total: 2000).line(done: 500, elapsed: 2)
        #expect(line == "500/2000 documents (25%)  250.0/s  ETA 0:06")
        #expect(ProgressMeter(total: 2000).line(done: 2000, elapsed: 8) == "2000/2000 documents (100%)  250.0/s")
    }

    @Test func unknownTotalShowsCountAndRate() {
        #expect(ProgressMeter(total: nil).line(done: 30, elapsed: 4) == "30 documents  7.5/s")
    }

    @Test func clockGoesPastAnHour() {
        #expect(ProgressMeter.clock(59.2) == "1:00")
        #expect(ProgressMeter.clock(3725) == "1:02:05")
    }
}
