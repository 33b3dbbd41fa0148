import Foundation
import Testing
@testable import RelGraph

/// A value is found by the path a decoder names it by, in compact and pretty JSON alike.
@Suite("JSONLocator")
struct JSONLocatorTests {
    private func offset(_ path: [JSONLocator.Step], _ text: String) -> Int? {
        JSONLocator.offset(of: path, in: Array(text.utf8))
    }

    @Test("keys, indices and nesting, whatever the spacing; escaped quotes and brackets inside strings are skipped")
    func paths() {
        let text = #"{"a":"x\"]}","edges":[{"w":1},{"w" : 2.5, "k":[true,null]}],"z":{}}"#
        #expect(offset([.key("edges"), .index(1), .key("w")], text) == Array(text.utf8).firstIndex(of: UInt8(ascii: "2")))
        #expect(offset([.key("edges"), .index(1), .key("k"), .index(1)], text) == text.range(of: "null")?.lowerBound.utf16Offset(in: text))
        #expect(offset([.key("edges"), .index(0)], text) == text.range(of: #"{"w":1}"#)?.lowerBound.utf16Offset(in: text))
        #expect(offset([], text) == 0)
        #expect(offset([.key("edges"), .index(2)], text) == nil)
        #expect(offset([.key("missing")], text) == nil)
    }

    @Test("text that is not balanced ends the search, never the program")
    func unbalanced() {
        #expect(offset([.key("a")], "}}]]") == nil)
        #expect(offset([.key("a"), .index(3)], "{\"a\":[1,") == nil)
        #expect(offset([.key("a")], "{\"a") == nil)
    }
}
