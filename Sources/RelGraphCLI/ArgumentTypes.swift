import ArgumentParser
import RelGraph

/// `--lang`: a language or automatic detection.
enum LanguageChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, fr, en, es

    var language: Language? { Language(rawValue: rawValue) }
}

extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
