/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the root at the end of
/// the buffer, so that exactly one word attaches to it.
///
/// Words are 0..<count; `count` stands for the root. SHIFT moves the buffer's front onto the stack; LEFT
/// makes the front the head of the stack's top and pops it; RIGHT makes the word below the top its head
/// and pops it. The state also keeps, per word, its outermost dependents and their numbers: the parser's
/// features read them.
struct ArcHybrid {
    enum Move: Int, CaseIterable {
        case shift, left, right
    }

    let count: Int
    private(set) var stack: [Int] = []
    /// The buffer is `front..<count` followed by the root.
    private(set) var front = 0
    private(set) var heads: [Int]
    private(set) var leftmost: [Int]
    private(set) var secondLeftmost: [Int]
    private(set) var rightmost: [Int]
    private(set) var secondRightmost: [Int]
    private(set) var leftCount: [Int]
    private(set) var rightCount: [Int]

    init(count: Int) {
        self.count = count
        heads = Array(repeating: -1, count: count)
        leftmost = Array(repeating: -1, count: count + 1)
        secondLeftmost = leftmost
        rightmost = leftmost
        secondRightmost = leftmost
        leftCount = Array(repeating: 0, count: count + 1)
        rightCount = leftCount
        stack.reserveCapacity(count)
    }

    var isTerminal: Bool { stack.isEmpty && front == count }

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
        if dependent < head {
            leftCount[head] += 1
            if leftmost[head] < 0 || dependent < leftmost[head] {
                secondLeftmost[head] = leftmost[head]
                leftmost[head] = dependent
            } else if secondLeftmost[head] < 0 || dependent < secondLeftmost[head] {
                secondLeftmost[head] = dependent
            }
        } else {
            rightCount[head] += 1
            if dependent > rightmost[head] {
                secondRightmost[head] = rightmost[head]
                rightmost[head] = dependent
            } else if dependent > secondRightmost[head] {
                secondRightmost[head] = dependent
            }
        }
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
