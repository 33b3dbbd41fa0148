/// The text of a progress line: documents done (of how many), rate, time left.
///
/// Pure formatting, so it is tested without a terminal; the command line
/// decides whether and where to show it.
struct ProgressMeter: Sendable {
    /// Documents in the corpus, when known before reading (not for JSON Lines).
    var total: Int?

    init(total: Int?) {
        self.total = total
    }

    /// "1200/2000 documents  350.0/s  ETA 0:02", or without total and ETA when the total is unknown.
    func line(done: Int, elapsed seconds: Double) -> String {
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let rateText = "\((rate * 10).rounded() / 10)/s"
        guard let total, total > 0 else { return "\(done) documents  \(rateText)" }
        let percent = done * 100 / total
        var text = "\(done)/\(total) documents (\(percent)%)  \(rateText)"
        if rate > 0, done < total {
            text += "  ETA " + Self.clock(Double(total - done) / rate)
        }
        return text
    }

    /// "drawing out.svg: 88 actors, 671 relations with sfdp  0:12": a step that counts nothing (Graphviz laying
    /// out and drawing, a file written) shows what it does and for how long, so a long wait is never silent.
    static func phase(_ step: String, elapsed seconds: Double) -> String {
        step + "  " + clock(seconds)
    }

    /// Seconds as m:ss, or h:mm:ss past an hour.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
