import Dispatch
import Foundation
import Synchronization

/// Builds what reading a language takes — its state names, plural titles, trigger words and syntax model — on another thread,
/// once per language, while the thread that met the language builds the rest of its lexicon.
///
/// Each of these is a lazily built static: whichever thread asks first builds it, and a thread that asks while
/// it is being built waits for it, so the results are the same whoever builds them. A short article is read in
/// about the time its lexicons take to build, and with a second core free the two halves overlap.
enum LanguagePreparation {
    /// The languages already started.
    private static let started = Mutex<Set<Language>>([])
    /// The shared tables already started.
    private static let startedShared = Atomic<Bool>(false)

    /// Starts building the tables every language reads — well-known leaders, organizations, media, country codes,
    /// letter folding, the language cues, possessives, argument frames — unless done already: a command line starts them before it parses its
    /// arguments, which takes about as long.
    static func startShared() {
        guard !startedShared.exchange(true, ordering: .relaxed) else { return }
        DispatchQueue.global(qos: .userInitiated).async {
            _ = TextFolding.fold("É")
            _ = CountryCodes.isStateCode("")
            _ = LeaderLexicon.leader(surname: "")
            _ = OrganizationLexicon.isKnown("")
            _ = MediaLexicon.entries()
            _ = LanguageDetector.cues([])
            _ = FunctionWords.possessives
            ArgumentDefaults.prepare()
        }
    }

    /// Starts building `language`'s state lexicon, plural titles, shared triggers and syntax model, unless done already.
    /// - Parameter sharedTriggers: the reader uses the language's shared trigger matcher (no user frames).
    static func start(_ language: Language, sharedTriggers: Bool) {
        guard started.withLock({ $0.insert(language).inserted }) else { return }
        DispatchQueue.global(qos: .userInitiated).async {
            _ = StateLexicon.entries(language)
            _ = StateLexicon.combiningForm("", language)
            _ = CountryCodes.name(of: "", in: language)
            _ = TitleLexicon.isPlural("", language)
            if sharedTriggers { _ = TriggerMatcher.shared(language) }
            _ = try? SyntaxModel.embedded(for: language)
        }
    }

    /// Starts building, for the article at `path`, what its language's reading takes — the tables `start` builds and
    /// the language's whole actor lexicon — the language being `language`, or else the one the article's first words
    /// are in. For a program that has other work to do before it reads the article, such as parsing its arguments.
    ///
    /// A guess: a path that is no article, or a user lexicon that makes the reading use other tables, only builds for
    /// nothing on a spare core; the reading builds whatever it needs itself and its results are the same.
    static func start(forArticleAt path: String, language: Language?) {
        DispatchQueue.global(qos: .userInitiated).async {
            guard let language = language ?? firstWordsLanguage(path) else { return }
            start(language, sharedTriggers: true)
            _ = ActorLexicon.shared(language)
        }
    }

    /// The language of the first bytes of the file at `path`, or nil when it cannot be read or holds no text.
    private static func firstWordsLanguage(_ path: String) -> Language? {
        guard canReadAhead(path), let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        guard let bytes = try? file.read(upToCount: sampleBytes), !bytes.isEmpty, !bytes.contains(0) else { return nil }
        return Extractor.detectLanguage(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether the file at `path` can be read ahead of its reading: only a regular file can be read twice, and the first
    /// bytes of a pipe or a device read here would be lost to the reading.
    static func canReadAhead(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }

    /// Enough of an article for its language: the detector reads whole words, of which a few hundred tell.
    private static let sampleBytes = 8_192
}
