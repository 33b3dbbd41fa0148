/// A Universal Dependencies relation without its subtype: `.obl` for "obl:agent". The argument rules compare a word's
/// relation at every step of a tree; read once per label of a model (`DependencyLabel`), comparing two is comparing two bytes, and a set
/// of them (`DependencyRelations`) is a bit mask. The full label, subtype included, stays on the tree for what needs it
/// (`DependencyLabel`, `--explain`, CoNLL-U).
enum DependencyRelation: String, CaseIterable, Sendable {
    case acl, advcl, advmod, amod, appos, aux, `case`, cc, ccomp, clf, compound, conj, cop, csubj, dep, det, discourse
    case dislocated, expl, fixed, flat, goeswith, iobj, list, mark, nmod, nsubj, nummod, obj, obl, orphan, parataxis
    case punct, reparandum, root, vocative, xcomp
    /// A relation outside the universal list (a model's own label): equal to none of the others.
    case other = "_other"

    /// The relation of `label`: the part before its first colon. Read for every word of every sentence parsed, so an
    /// ASCII label is looked for among the names of its first letter, byte by byte, without hashing it.
    init(label: String) {
        if let ascii = label.utf8.withContiguousStorageIfAvailable(Self.relation(ofASCII:)), let relation = ascii {
            self = relation
        } else {
            self = Self.byName[Self.base(of: label)] ?? .other
        }
    }

    /// The relation of an ASCII label given as its bytes; nil for a label that is not ASCII or has nothing before a colon.
    private static func relation(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> DependencyRelation? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        let length = bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.count
        guard length > 0 else { return nil }
        guard bytes[0] >= UInt8(ascii: "a"), bytes[0] <= UInt8(ascii: "z") else { return .other }
        let named = byFirstLetter[Int(bytes[0] - UInt8(ascii: "a"))].first { name, _ in
            name.count == length && name.indices.allSatisfy { name[$0] == bytes[$0] }
        }
        return named?.relation ?? .other
    }

    /// The names' bytes by their first letter, "a" to "z".
    private static let byFirstLetter: [[(name: [UInt8], relation: DependencyRelation)]] = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { letter in
        allCases.filter { $0 != .other && $0.rawValue.utf8.first == letter }.map { (Array($0.rawValue.utf8), $0) }
    }

    private static let byName: [Substring: DependencyRelation] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0 != .other }.map { (Substring($0.rawValue), $0) })

    /// "obl" for "obl:agent": the part before the first colon, cut in place rather than split into an array. The labels
    /// are ASCII, where every byte is a Character: the colon is looked for among the bytes.
    static func base(of label: String) -> Substring {
        let colon = label.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            bytes.contains { $0 >= 0x80 } ? -1 : bytes.firstIndex(of: UInt8(ascii: ":"))
        }
        switch colon {
        case .some(nil): return label[...]
        case let .some(.some(offset)) where offset > 0:
            return label[..<label.utf8.index(label.utf8.startIndex, offsetBy: offset)]
        default: return label.split(separator: ":", maxSplits: 1).first ?? label[...]
        }
    }
}

/// A set of `DependencyRelation`s, one bit each: asking whether it holds a word's relation is a shift and a mask.
struct DependencyRelations: ExpressibleByArrayLiteral, Sendable {
    private var bits: UInt64 = 0

    init(arrayLiteral relations: DependencyRelation...) {
        for relation in relations { bits |= Self.bit(relation) }
    }

    func contains(_ relation: DependencyRelation) -> Bool {
        bits & Self.bit(relation) != 0
    }

    private static func bit(_ relation: DependencyRelation) -> UInt64 {
        1 << UInt64(truncatingIfNeeded: Self.index(relation))
    }

    /// The relation's place among the cases, which are fewer than 64.
    private static func index(_ relation: DependencyRelation) -> Int {
        // CaseIterable lists the cases in declaration order, the order of their in-memory tags.
        Int(unsafeBitCast(relation, to: UInt8.self))
    }
}
