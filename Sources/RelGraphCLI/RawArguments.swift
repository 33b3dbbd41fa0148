import ArgumentParser
import Foundation
import RelGraph

/// The arguments as the kernel passed them, read for the one thing `CommandLine.arguments` hides: an
/// argument that is not UTF-8 reaches Swift with U+FFFD in place of its bad bytes, so it would name a file
/// that does not exist ("no such file") or an actor or pattern the user never wrote.
enum RawArguments {
    /// Refuses the first argument that is not UTF-8: 66 when it names an existing file (it cannot be opened
    /// under the name Swift made of it), else 64, with its bytes shown as `\xE9`.
    static func refuseNonUTF8() throws {
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeRawBufferPointer(start: argument, count: strlen(argument))
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            let shown = TerminalText.printable(bytes: bytes)
            var info = stat()
            if stat(argument, &info) == 0 {
                throw InputError.unreadable(shown, reason: "its name is not UTF-8; rename it to read it")
            }
            throw ValidationError("the argument '\(shown)' is not UTF-8; give file names and values in UTF-8")
        }
    }
}
