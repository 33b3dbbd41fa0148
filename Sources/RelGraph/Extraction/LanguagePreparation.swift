import Dispatch
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
    /// letter folding, the language cues — unless done already: a command line starts them before it parses its
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
        }
    }

    /// Starts building `language`'s state lexicon, plural titles, shared triggers and syntax model, unless done already.
    /// - Parameter sharedTriggers: the reader uses the language's shared trigger matcher (no user frames).
    static func start(_ language: Language, sharedTriggers: Bool) {
        guard started.withLock({ $0.insert(language).inserted }) else { return }
        DispatchQueue.global(qos: .userInitiated).async {
            _ = StateLexicon.entries(language)
            _ = TitleLexicon.isPlural("", language)
            if sharedTriggers { _ = TriggerMatcher.shared(language) }
            _ = try? SyntaxModel.embedded(for: language)
        }
    }
}
