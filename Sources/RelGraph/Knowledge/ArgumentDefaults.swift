/// The argument frame a trigger row takes when it names none: by language, kind of trigger and event type.
///
/// Rows: `language | kind | types | arguments`, where `types` is `*` or a space-separated list of PLOVER types
/// and `arguments` is read by `ArgumentFrame`. The first row that fits wins, so specific rows come first.
enum ArgumentDefaults {
    struct Row: Sendable {
        var language: Language
        var kind: Trigger.Frame
        /// Empty for every type.
        var types: Set<EventType>
        var frame: ArgumentFrame
    }

    /// - Parameter readAsNoun: whether the parse reads the trigger as a noun. The lexicon's row says what the word
    ///   usually is; the parse says what it is in this sentence ("Poland's support for Ukraine", "X sanctions Y").
    static func frame(for trigger: Trigger, in language: Language, readAsNoun: Bool? = nil) -> ArgumentFrame {
        if let own = trigger.arguments { return own }
        var kind = trigger.frame
        switch (kind, readAsNoun) {
        case (.verb, true?): kind = .noun
        case (.noun, false?): kind = .verb
        default: break
        }
        return frames[FrameKey(language: language, kind: kind, type: trigger.type)] ?? fallback
    }

    private static let fallback = ArgumentFrame("source=subject target=object")!

    /// Builds the frames of every language now, for a thread that prepares the reading while another parses the
    /// command line (`LanguagePreparation`).
    static func prepare() {
        _ = frames
    }

    /// What the rows say of one language, kind of trigger and event type.
    private struct FrameKey: Hashable {
        var language: Language
        var kind: Trigger.Frame
        var type: EventType
    }

    /// The frame of the first row that fits, for every language, kind and type a row speaks of, found once: scanning the
    /// rows for each trigger of each sentence copied and hashed row after row, some ten thousand instructions a trigger.
    private static let frames: [FrameKey: ArgumentFrame] = {
        var frames: [FrameKey: ArgumentFrame] = [:]
        for row in rows {
            for type in EventType.allCases where row.types.isEmpty || row.types.contains(type) {
                let key = FrameKey(language: row.language, kind: row.kind, type: type)
                if frames[key] == nil { frames[key] = row.frame }
            }
        }
        return frames
    }()

    static let rows: [Row] = LexiconTable.pieces(table, separatedBy: UInt8(ascii: "\n")).compactMap { line in
        let fields = LexiconTable.pieces(line, separatedBy: UInt8(ascii: "|"))
        guard fields.count >= 4, let language = Language(rawValue: fields[0]), let kind = Trigger.Frame(rawValue: fields[1]),
              let frame = ArgumentFrame(LexiconTable.rest(fields, from: 3)[...]) else { return nil }
        let types = fields[2] == "*" ? [] : Set(fields[2].split(separator: " ").compactMap { EventType(rawValue: String($0)) })
        return Row(language: language, kind: kind, types: types, frame: frame)
    }

    static let table = """
        en | verb | AGREE | source=subject target=object|with|to|between|clause-object
        en | verb | CONSULT COOPERATE | source=subject target=object|with|to|between
        en | verb | AID | source=subject target=iobj|object|to|for
        en | verb | RETREAT | source=subject target=from|object
        en | verb | MOBILIZE | source=subject target=against|to|toward|towards|near|along|into|on|around
        en | verb | THREATEN | source=subject target=object|iobj|against|clause-object|clause-against|clause-subject|condition
        en | verb | ACCUSE | source=subject target=object|iobj|on|upon|to|against|over|about|clause-subject
        en | verb | REJECT | source=subject target=object|iobj|on|upon|to|against|clause-subject
        en | verb | REQUEST | source=subject target=object|iobj|on|upon|to|from|clause-subject|purpose-object
        en | verb | SUPPORT | source=subject target=object|iobj|to|with
        en | verb | COERCE | source=subject|in target=object|iobj|against|on|upon|at|to|toward|towards|into|with
        en | verb | * | source=subject target=object|iobj|against|on|upon|at|to|toward|towards|into|with
        en | reciprocal | * | source=subject target=with|to|object|against|between mutual
        en | deny | * | source=subject target=object|clause-subject
        en | charge | * | source=subject target=object
        en | visit | * | source=subject|of|by target=object|to|in|invitation places
        en | receive | * | source=from target=subject
        en | noun | AGREE CONSULT COOPERATE | source=modifier|poss|of|agent|subject target=with|between|to|iobj
        en | noun | ASSAULT COERCE | source=modifier|poss|by|agent|subject target=against|on|of|at|in|into places
        en | noun | MOBILIZE | source=modifier|poss|of|by|agent|subject target=against|toward|towards|near|along|into|on|at|to|around
        en | noun | RETREAT | source=modifier|poss|of|by|agent|subject target=from|to
        en | noun | SANCTION | source=modifier|poss|by|agent|subject|of target=against|on|to|toward|towards|at|with|for|of
        en | noun | AID | source=modifier|poss|of|by|agent|subject target=to|for|toward|towards|with|iobj|purpose-clause-object
        en | noun | SUPPORT | source=modifier|poss|of|by|agent|subject target=for|to|toward|towards|with|iobj
        en | noun | ACCUSE | source=modifier|poss|of|by|agent|subject target=against|on|to|toward|towards|at|for|over|with|iobj
        en | noun | * | source=modifier|poss|of|by|agent|subject target=against|on|to|toward|towards|at|with|for|iobj
        fr | verb | AGREE | source=subject target=object|avec|à|entre|clause-object
        fr | verb | CONSULT COOPERATE | source=subject target=object|avec|à|entre
        fr | verb | AID | source=subject target=iobj|à|object
        fr | verb | RETREAT | source=subject target=de|object
        fr | verb | MOBILIZE | source=subject target=contre|vers|à|près|long|autour
        fr | verb | THREATEN | source=subject target=object|iobj|contre|clause-object|clause-contre|clause-subject|condition
        fr | verb | ACCUSE REJECT | source=subject target=object|iobj|à|contre|auprès|clause-subject
        fr | verb | REQUEST | source=subject target=object|iobj|à|auprès|clause-subject|purpose-object
        fr | verb | SUPPORT | source=subject target=object|iobj|à|envers|auprès|avec
        fr | verb | COERCE | source=subject|en|dans|à target=object|iobj|contre|envers|vers|auprès|sur|avec
        fr | verb | * | source=subject target=object|iobj|contre|à|envers|vers|auprès|sur|avec
        fr | reciprocal | * | source=subject target=avec|object|contre|entre mutual
        fr | deny | * | source=subject target=object|clause-subject
        fr | charge | * | source=subject target=object
        fr | visit | * | source=subject|de|par target=object|à|en|dans|chez|invitation places
        fr | receive | * | source=de|auprès|en target=subject
        fr | noun | AGREE CONSULT COOPERATE | source=modifier|poss|de|agent|subject target=avec|entre|à
        fr | noun | ASSAULT COERCE | source=modifier|poss|par|agent|subject target=contre|de|à|sur|en|dans places
        fr | noun | MOBILIZE | source=modifier|poss|de|par|agent|subject target=contre|vers|près|long|sur|à|aux|autour
        fr | noun | SANCTION | source=modifier|poss|de|agent|subject target=contre|à|envers|vers|sur|avec|auprès places
        fr | noun | AID | source=modifier|poss|de|agent|subject target=à|envers|pour|auprès|avec|purpose-clause-object
        fr | noun | SUPPORT | source=modifier|poss|de|agent|subject target=à|envers|pour|avec|auprès
        fr | noun | * | source=modifier|poss|de|agent|subject target=contre|à|envers|vers|sur|avec|auprès
        es | verb | AGREE | source=subject target=object|con|a|entre|clause-object
        es | verb | CONSULT COOPERATE | source=subject target=object|con|a|entre
        es | verb | AID | source=subject target=iobj|a|object
        es | verb | RETREAT | source=subject target=de|desde|object
        es | verb | MOBILIZE | source=subject target=contra|hacia|a|cerca|alrededor
        es | verb | THREATEN | source=subject target=object|iobj|a|contra|clause-object|clause-contra|clause-subject|condition
        es | verb | ACCUSE | source=subject target=object|iobj|a|contra|ante|clause-subject|por|sobre
        es | verb | REJECT | source=subject target=object|iobj|a|contra|ante|clause-subject
        es | verb | REQUEST | source=subject target=object|iobj|a|ante|clause-subject|purpose-object
        es | verb | SUPPORT | source=subject target=object|iobj|a|hacia|con
        es | verb | COERCE | source=subject|en target=object|iobj|contra|a|hacia|ante|sobre|con
        es | verb | * | source=subject target=object|iobj|contra|a|hacia|ante|sobre|con
        es | reciprocal | * | source=subject target=con|object|contra|entre mutual
        es | deny | * | source=subject target=object|clause-subject
        es | charge | * | source=subject target=object
        es | visit | * | source=subject|de target=object|a|en|por|invitation places
        es | receive | * | source=de|desde|en target=subject
        es | noun | AGREE CONSULT COOPERATE | source=modifier|poss|de|agent|subject target=con|entre|a
        es | noun | ASSAULT COERCE | source=modifier|poss|por|agent|subject target=contra|de|a|sobre|en places
        es | noun | MOBILIZE | source=modifier|poss|de|agent|subject target=contra|hacia|cerca|largo|a|sobre|alrededor
        es | noun | AID | source=modifier|poss|de|agent|subject target=a|hacia|para|con|purpose-clause-object
        es | noun | SUPPORT | source=modifier|poss|de|agent|subject target=a|hacia|para|con|ante
        es | noun | ACCUSE | source=modifier|poss|de|agent|subject target=contra|a|hacia|sobre|con|por|ante
        es | noun | * | source=modifier|poss|de|agent|subject target=contra|a|hacia|sobre|con|ante
        """
}
