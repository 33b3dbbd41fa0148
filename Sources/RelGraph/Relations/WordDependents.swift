/// The dependents of every word of a tree, each word's left to right: what the tree repairs and the argument rules walk.
///
/// The lists are kept one after another in a single array, each word's cut from it by its offset: a list of its own
/// for each word cost an allocation for every word with dependents when the tree was read, and a release for each
/// once the sentence was done.
struct WordDependents: Sendable {
    /// The dependents of word 0, then of word 1, and so on.
    private let dependents: [Int]
    /// Where each word's dependents start in `dependents`; one more entry, after the last word's, where they end.
    private let starts: [Int]

    init(of tree: SyntaxTree) {
        let count = tree.words.count
        // Counted first by head, then placed by index: each word's dependents come out in the order they are written.
        // The counts and places are written through the arrays' buffers: each write to an array element asked whether
        // its storage was shared, a call per word of every tree built.
        var starts = [Int].filled(with: 0, count: count + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            for index in 0..<count where tree.words[index].head > 0 && tree.words[index].head <= count {
                starts[tree.words[index].head] += 1
            }
            for word in 0..<count { starts[word + 1] += starts[word] }
        }
        var next = starts
        var dependents = [Int].filled(with: 0, count: starts[count])
        next.withUnsafeMutableBufferPointer { next in
            dependents.withUnsafeMutableBufferPointer { dependents in
                for index in 0..<count where tree.words[index].head > 0 && tree.words[index].head <= count {
                    let head = tree.words[index].head - 1
                    dependents[next[head]] = index
                    next[head] += 1
                }
            }
        }
        self.dependents = dependents
        self.starts = starts
    }

    /// The number of words of the tree.
    var count: Int { starts.count - 1 }

    /// The 0-based indices of the words that hang from `word`, left to right.
    subscript(word: Int) -> ArraySlice<Int> {
        dependents[starts[word]..<starts[word + 1]]
    }
}
