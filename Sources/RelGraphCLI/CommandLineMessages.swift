import RelGraph

/// The library's messages as the command line shows them. The library says what to change in its own words ("raise the
/// byte limit"); where the remedy is an option, the command line names it ("raise --max-input-bytes").
extension InputError {
    var commandLineMessage: String {
        switch self {
        case .tooLarge: problem + "; split the input or raise --max-input-bytes"
        case .lineTooLong: problem + "; split the document or raise --max-input-bytes"
        case .noMatchingFiles: problem + "; give --glob or the files themselves"
        case .badGraph: problem + "; give JSON written by 'relgraph --format json' or 'relgraph extract'"
        case .noDatedDocument(let period, let undated):
            "--by \(period) found no dated document (\(undated) undated): give JSON Lines records with a \"date\" "
                + "(YYYY-MM-DD), or leave out --by"
        default: description
        }
    }
}

extension OutputError {
    var commandLineMessage: String {
        guard case .unknownExtension(let path) = self else { return description }
        return "cannot tell the format of '\(path)' from its extension; use \(Self.extensions), or give --format"
    }
}

extension RenderError {
    var commandLineMessage: String {
        switch self {
        case .layoutFailed(let engine, _):
            problem + " Try another engine (\(Self.otherEngines(than: engine).map { "--layout " + $0 }.joined(separator: " or ")))."
        case .bitmapTooLarge:
            problem + " Write SVG or PDF instead (-o graph.svg), or draw fewer actors (--top N, --actor ID)."
        case .bitmapOutOfMemory:
            problem + " Write SVG or PDF instead (-o graph.svg), draw fewer actors (--top N, --actor ID), or raise the limit (ulimit -v)."
        default: description
        }
    }
}

extension LeftOutDocuments {
    /// Undated documents are left out because of options the user gave: the warning names them.
    var commandLineMessage: String {
        guard case .undated(let count, let byDateFilter) = self else { return description }
        return "left out \(Self.count(count, "undated document")): with \(byDateFilter ? "--since or --until" : "--by") only dated "
            + "documents are read (JSON Lines records with a \"date\")"
    }
}

extension LayoutChoice {
    /// The warning for a forced dot on a graph `auto` would lay out with sfdp, naming both options.
    var commandLineWarning: String? {
        slowDot.map { "--layout dot on \($0) may take minutes; --layout auto would use sfdp" }
    }
}
