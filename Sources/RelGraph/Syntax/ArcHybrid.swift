/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the root at the end of
/// the buffer, so that exactly one word attaches to it.
///
/// Words are 0..<count; `count` stands for the root. SHIFT moves the buffer's front onto the stack; LEFT
/// makes the front the head of the stack's top and pops it; RIGHT makes the word below the top its head
/// and pops it. The state also keeps, per word, its outermost dependents and their numbers: the parser's
/// features read them, through `window(none:)`.
struct ArcHybrid {
    enum Move: Int, CaseIterable {
        case shift, left, right
    }

    /// A word's outermost dependents found so far (-1: none) and how many it has on each side.
    struct Dependents {
        var leftmost = -1, secondLeftmost = -1, rightmost = -1, secondRightmost = -1
        var leftCount = 0, rightCount = 0
    }

    let count: Int
    private(set) var stack: [Int] = []
    /// The buffer is `front..<count` followed by the root.
    private(set) var front = 0
    private(set) var heads: [Int]
    /// One per word and one for the root, kept together so that reading a node's is one access.
    private(set) var dependents: [Dependents]

    init(count: Int) {
        self.count = count
        heads = Array(repeating: -1, count: count)
        dependents = Array(repeating: Dependents(), count: count + 1)
        stack.reserveCapacity(count)
    }

    /// The nodes the parser's features read: the top three of the stack, the front three of the buffer and
    /// the outermost dependents of some of them, `none` where there is no such node.
    struct Window {
        var s0, s1, s2, b0, b1, b2: Int
        var s0l, s0l2, s0r, s0r2, s1l, s1r, b0l, b0l2: Int
        /// Numbers of dependents, -1 where there is no node.
        var s0LeftCount, s0RightCount, s1RightCount, b0LeftCount: Int
    }

    /// The window of the current state; `none` stands for a missing node.
    func window(none: Int) -> Window {
        let depth = stack.count
        let s0 = depth > 0 ? stack[depth - 1] : none
        let s1 = depth > 1 ? stack[depth - 2] : none
        let s2 = depth > 2 ? stack[depth - 3] : none
        let b1 = front < count ? front + 1 : none
        let b2 = front + 1 < count ? front + 2 : none
        let top = s0 < none ? dependents[s0] : Dependents()
        let below = s1 < none ? dependents[s1] : Dependents()
        let next = dependents[front]
        func node(_ index: Int) -> Int { index >= 0 ? index : none }
        return Window(s0: s0, s1: s1, s2: s2, b0: front, b1: b1, b2: b2,
                      s0l: node(top.leftmost), s0l2: node(top.secondLeftmost),
                      s0r: node(top.rightmost), s0r2: node(top.secondRightmost),
                      s1l: node(below.leftmost), s1r: node(below.rightmost),
                      b0l: node(next.leftmost), b0l2: node(next.secondLeftmost),
                      s0LeftCount: s0 < none ? top.leftCount : -1, s0RightCount: s0 < none ? top.rightCount : -1,
                      s1RightCount: s1 < none ? below.rightCount : -1, b0LeftCount: next.leftCount)
    }

    var isTerminal: Bool { stack.isEmpty && front == count }

    /// The only move the state allows, if it allows one only: SHIFT onto an empty stack; once the buffer holds
    /// only the root, RIGHT while the stack holds two words or more, then LEFT. Nil when there is a choice, or at
    /// the end.
    var forcedMove: Move? {
        if stack.isEmpty { return front < count ? .shift : nil }
        if front == count { return stack.count == 1 ? .left : .right }
        return nil
    }

    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: front < count
        case .left: !stack.isEmpty && (front < count || stack.count == 1)
        case .right: stack.count >= 2
        }
    }

    mutating func apply(_ move: Move) {
        switch move {
        case .shift:
            stack.append(front)
            front += 1
        case .left:
            attach(stack.removeLast(), to: front)
        case .right:
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1])
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int) {
        heads[dependent] = head
        dependents[head].add(dependent, of: head)
    }

    /// How many gold arcs `move` makes unreachable: the dynamic oracle of Goldberg and Nivre (2013).
    /// `gold[word]` is the word's head, `count` for the root.
    func cost(of move: Move, gold: [Int]) -> Int {
        switch move {
        case .shift:
            let word = front
            var lost = 0
            for (position, item) in stack.enumerated() {
                if gold[item] == word { lost += 1 }
                if gold[word] == item && position != stack.count - 1 { lost += 1 }
            }
            return lost
        case .left:
            let top = stack[stack.count - 1]
            var lost = dependentsInBuffer(of: top, gold: gold)
            let head = gold[top]
            if head != front && (head > front || (stack.count >= 2 && head == stack[stack.count - 2])) { lost += 1 }
            return lost
        case .right:
            let top = stack[stack.count - 1]
            var lost = dependentsInBuffer(of: top, gold: gold)
            if gold[top] >= front { lost += 1 }
            return lost
        }
    }

    private func dependentsInBuffer(of word: Int, gold: [Int]) -> Int {
        var lost = 0
        for item in front..<count where gold[item] == word { lost += 1 }
        return lost
    }
}

extension ArcHybrid.Dependents {
    mutating func add(_ dependent: Int, of head: Int) {
        if dependent < head {
            leftCount += 1
            if leftmost < 0 || dependent < leftmost {
                secondLeftmost = leftmost
                leftmost = dependent
            } else if secondLeftmost < 0 || dependent < secondLeftmost {
                secondLeftmost = dependent
            }
        } else {
            rightCount += 1
            if dependent > rightmost {
                secondRightmost = rightmost
                rightmost = dependent
            } else if dependent > secondRightmost {
                secondRightmost = dependent
            }
        }
    }
}
