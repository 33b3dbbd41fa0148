import Foundation
import Testing

/// What one run of the `relgraph` binary gave back.
struct CLIResult: Sendable {
    var status: Int32
    var stdout: Data
    var stderr: Data

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }

    /// The non-empty lines written to standard error.
    var stderrLines: [String] {
        stderrText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}

enum CLIRunnerError: Error, CustomStringConvertible {
    case binaryNotFound([String])
    case timedOut(arguments: [String], seconds: Double)

    var description: String {
        switch self {
        case .binaryNotFound(let tried):
            "relgraph binary not found (tried \(tried.joined(separator: ", "))); build it or set RELGRAPH_BIN"
        case .timedOut(let arguments, let seconds):
            "relgraph \(arguments.joined(separator: " ")) did not finish within \(seconds) s"
        }
    }
}

/// Finds and runs the `relgraph` executable that `swift test` built next to the test bundle.
enum CLIRunner {
    /// `RELGRAPH_BIN` if set; else `relgraph` in the build products folder holding the test bundle
    /// (`<scratch>/<triple>/debug`, whatever `--scratch-path` was); else `<package>/.build/debug/relgraph`.
    static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["RELGRAPH_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let candidates = productFolders().map { $0.appendingPathComponent("relgraph") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CLIRunnerError.binaryNotFound(candidates.map(\.path))
        }
        return found
    }

    /// Folders that may hold the built products, most specific first.
    private static func productFolders() -> [URL] {
        var folders: [URL] = []
        // macOS: the tests run from <products>/relgraphPackageTests.xctest, a bundle loaded by xctest.
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        // Linux: <products>/relgraphPackageTests.xctest is itself the running executable.
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
        // Last resort: the default scratch folder of the package this file belongs to.
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // CLI
            .deletingLastPathComponent()  // RelGraphTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders
    }

    /// Runs `relgraph` with `arguments`.
    ///
    /// - Parameters:
    ///   - stdin: bytes for standard input; nil connects it to /dev/null.
    ///   - stdout: where standard output goes; nil captures it in the result.
    ///   - directory: the working directory.
    ///   - timeout: seconds before the run is killed and reported as a failure.
    ///   - environment: variables added to (or replacing) the test's own environment.
    ///   - fileSizeLimit: `ulimit -f` for the run, in the shell's blocks: a write past it fails
    ///     with EFBIG, as on a full disk, without touching any device or file system.
    /// Runs and expects success with nothing on standard error (no progress line off a terminal).
    @discardableResult
    static func succeed(_ arguments: [String], stdin: Data? = nil, in directory: URL) throws -> CLIResult {
        let result = try run(arguments, stdin: stdin, in: directory)
        #expect(result.status == 0, "relgraph \(arguments) failed: \(result.stderrText)")
        #expect(result.stderrText.isEmpty, "unexpected stderr: \(result.stderrText)")
        return result
    }

    static func run(
        _ arguments: [String], stdin: Data? = nil, stdout: FileHandle? = nil,
        in directory: URL? = nil, timeout: Double = 120,
        environment: [String: String] = [:], fileSizeLimit: Int? = nil, shell: String? = nil
    ) throws -> CLIResult {
        ignoreBrokenPipes
        let process = Process()
        // `shell` is a script run by /bin/sh with the binary as $0: for what Process cannot pass (a limit, bytes that are not UTF-8).
        if let script = shell ?? fileSizeLimit.map({ "ulimit -f \($0) && exec \"$0\" \"$@\"" }) {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, try binary().path] + arguments
        } else {
            process.executableURL = try binary()
            process.arguments = arguments
        }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory { process.currentDirectoryURL = directory }

        let outPipe = Pipe()
        let errPipe = Pipe()
        let inPipe = Pipe()
        process.standardOutput = stdout ?? outPipe
        process.standardError = errPipe
        process.standardInput = stdin == nil ? FileHandle.nullDevice : inPipe

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()

        let readers = DispatchGroup()
        let collected = Collected()
        if stdout == nil {
            read(outPipe, group: readers) { collected.stdout = $0 }
        }
        read(errPipe, group: readers) { collected.stderr = $0 }
        if let stdin {
            let handle = inPipe.fileHandleForWriting
            DispatchQueue.global().async {
                // The program may exit without reading everything; that is its business.
                try? handle.write(contentsOf: stdin)
                try? handle.close()
            }
        }

        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            throw CLIRunnerError.timedOut(arguments: arguments, seconds: timeout)
        }
        readers.wait()
        return CLIResult(status: process.terminationStatus, stdout: collected.stdout, stderr: collected.stderr)
    }

    private static func read(_ pipe: Pipe, group: DispatchGroup, then store: @escaping @Sendable (Data) -> Void) {
        let handle = pipe.fileHandleForReading
        group.enter()
        DispatchQueue.global().async {
            store(handle.readDataToEndOfFile())
            group.leave()
        }
    }

    /// Writing to a child that exited must fail with EPIPE, not kill the test process.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var _stdout = Data()
        private var _stderr = Data()

        var stdout: Data {
            get { lock.withLock { _stdout } }
            set { lock.withLock { _stdout = newValue } }
        }

        var stderr: Data {
            get { lock.withLock { _stderr } }
            set { lock.withLock { _stderr = newValue } }
        }
    }
}

/// A fresh folder for one test's inputs and outputs, removed when the test ends.
final class Workspace: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The full path of `name` inside the workspace.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` as UTF-8 to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let path = path(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(name)))
    }

    /// Names of the entries in `folder` (the workspace itself by default), hidden ones included, sorted.
    func contents(of folder: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder ?? url.path).sorted()
    }
}
