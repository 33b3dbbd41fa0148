import ArgumentParser
import Foundation
import RelGraph

/// Runs `body`, turning library errors into one `relgraph: ` line on stderr and the documented exit code.
func withExitCodes(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as InputError {
        throw fail(error.description, code: error.exitCode)
    } catch let error as OutputError {
        throw fail(error.description, code: 73)
    } catch let error as RenderError {
        throw fail(error.description, code: 70)
    }
}

private func fail(_ message: String, code: Int32) -> ExitCode {
    FileHandle.standardError.write(Data("relgraph: \(message)\n".utf8))
    return ExitCode(code)
}

extension InputError {
    /// Data that is not what it should be (binary, a malformed JSON line or graph) is 65; input that cannot be read is 66.
    var exitCode: Int32 {
        switch self {
        case .binary, .badLine, .badGraph: 65
        default: 66
        }
    }
}
