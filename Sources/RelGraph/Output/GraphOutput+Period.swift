extension GraphOutput {
    /// The file of one period's graph: the period's name before the extension, so the files sort by time and
    /// keep the format their name asks for: `out.svg` → `out-2022-03.svg`, `week.events.csv` →
    /// `week-2022-W09.events.csv`, `out` (with `--format`) → `out-2022-03`.
    public static func path(_ path: String, period: String) -> String {
        let (folder, name) = FilePath.split(path)
        let lowered = name.lowercased()
        let compound = ["." + OutputFormat.eventsCSV.rawValue, "." + OutputFormat.eventsJSONL.rawValue].first { lowered.hasSuffix($0) }
        let extensionLength = compound?.count
            ?? name.dropFirst().lastIndex(of: ".").map { name.distance(from: $0, to: name.endIndex) } ?? 0
        let stem = name.dropLast(extensionLength)
        let named = stem + "-" + period + name.suffix(extensionLength)
        return path.contains("/") ? FilePath.join(folder, String(named)) : String(named)
    }
}
