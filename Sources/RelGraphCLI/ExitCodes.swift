import ArgumentParser
import Foundation
import RelGraph

/// Runs `body`, turning library errors into one `relgraph: ` line on stderr and the documented exit code.
/// Also installs the SIGINT/SIGTERM handlers and refuses arguments that are not UTF-8, since every
/// command starts here.
func withExitCodes(_ body: () throws -> Void) throws {
    Interruption.install()
    do {
        try RawArguments.refuseNonUTF8()
        try body()
    } catch let error as InputError {
        throw fail(error.commandLineMessage, code: error.exitCode)
    } catch let error as OutputError {
        throw fail(error.commandLineMessage, code: 73)
    } catch let error as RenderError {
        throw fail(error.commandLineMessage, code: 70)
    } catch let error as GraphFilterError {
        throw fail(error.description, code: 64)
    } catch let error as LexiconError {
        throw fail(error.description, code: error.exitCode)
    } catch let error as SyntaxError {
        throw fail(error.description, code: error.exitCode)
    }
}

private func fail(_ message: String, code: Int32) -> ExitCode {
    warn(message)
    return ExitCode(code)
}

/// One `relgraph: ` line on standard error. Messages name files and quote input, which may hold line
/// breaks or a terminal's escape sequences: they are shown, on one line, not obeyed.
func warn(_ message: String) {
    let line = TerminalText.printable(message).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    GraphOutput.writeToStandardError("relgraph: \(shortened(line))\n")
}

/// A message kept to a few lines of a terminal: one that quotes a huge argument or value (`--actor` given a
/// page of text) keeps its start and its end, where the advice is, around an ellipsis.
private func shortened(_ line: String, limit: Int = 1000) -> String {
    let scalars = line.unicodeScalars
    guard scalars.count > limit else { return line }
    let head = String(String.UnicodeScalarView(scalars.prefix(limit * 2 / 3)))
    let tail = String(String.UnicodeScalarView(scalars.suffix(limit / 3)))
    return head + " … " + tail
}

extension LexiconError {
    /// A lexicon that cannot be read is 66; one that is malformed is 65.
    var exitCode: Int32 {
        if case .unreadable = self { return 66 }
        return 65
    }
}

extension InputError {
    /// Data that is not what it should be (binary, a malformed JSON line or graph) is 65; input that cannot be read is 66.
    var exitCode: Int32 {
        switch self {
        case .binary, .badLine, .badGraph, .noDatedDocument: 65
        default: 66
        }
    }
}

extension SyntaxError {
    /// A malformed CoNLL-U file is 65; a syntax model this build cannot read is a fault of the build, 70.
    var exitCode: Int32 {
        if case .malformedModel = self { return 70 }
        return 65
    }
}
