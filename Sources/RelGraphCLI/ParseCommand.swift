import ArgumentParser
import Foundation
import RelGraph

/// `relgraph parse`: an article's syntax as CoNLL-U, or a CoNLL-U file's words tagged and parsed.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse an article's sentences and write them as CoNLL-U.",
        discussion: """
        The article is cut into sentences and tokens as relgraph reads it for extraction; a contraction \
        is written as the parser's words under a multiword-token line ("du" = "de le", "don't" = "do n't"). \
        MISC holds SpaceAfter=No and TokenRange=start:end, the token's (or the word's part of it) offsets \
        in the article's text, counted in Unicode scalars, end excluded.

        With --input-format conllu, the file's own sentences and words are kept, multiword-token lines, \
        comments and every other column included, and only UPOS, HEAD and DEPREL are filled in.

        Examples:
          relgraph parse article.txt
          relgraph parse --lang fr article.txt -o article.conllu
          cat article.txt | relgraph parse -
          relgraph parse --input-format conllu gold.conllu -o parsed.conllu

        Exit codes: 0 success, 64 bad arguments, 65 input is not text or not CoNLL-U, \
        66 input cannot be read, 73 output cannot be written.
        """
    )

    /// What the input file holds.
    enum InputFormat: String, ArgumentEnum {
        case text, conllu
    }

    @Argument(help: "The article (or CoNLL-U file) to read; '-' or none reads standard input.")
    var input = "-"

    @Option(name: .shortAndLong, help: "Output file, written whole or not at all. Without it (or with '-'), standard output.")
    var output: String?

    @Option(help: "Language of the input: auto detects it from the text (or the CoNLL-U forms).")
    var lang: LanguageChoice = .auto

    @Option(help: "text: an article (plain text or a saved web page); conllu: a CoNLL-U file whose words are kept.")
    var inputFormat: InputFormat = .text

    @Option(help: "Refuse input files larger than this many bytes.")
    var maxInputBytes: Int = ArticleReader.defaultByteLimit

    func validate() throws {
        guard maxInputBytes >= 1 else { throw ValidationError("--max-input-bytes takes a number of bytes, 1 or more") }
    }

    func run() throws {
        try withExitCodes {
            let file = output.flatMap { GraphOutput.isStandardOutput($0) ? nil : $0 }
            if let file { try AtomicFile.refuseOverwriting([input], with: [file]) }
            let conllu: CoNLLU
            switch inputFormat {
            case .text:
                let text = try ArticleReader.read(input, byteLimit: maxInputBytes)
                conllu = try ArticleSyntax(text: text, language: lang.language).conllu
            case .conllu:
                let file = try CoNLLU(contentsOf: input, byteLimit: maxInputBytes)
                conllu = try SyntaxModel.embedded(for: lang.language ?? file.detectedLanguage).annotate(file)
            }
            let data = Data(conllu.text.utf8)
            if let file {
                try AtomicFile.write(data, to: file)
            } else {
                try GraphOutput.writeToStandardOutput(data)
            }
        }
    }
}
