import Testing
@testable import RelGraph

/// String+ASCIIBytes: the byte tests answer as `hasSuffix` and `contains` do on the extraction's rule names.
@Suite("String ASCII bytes")
struct StringASCIIBytesTests {
    @Test func suffixes() {
        #expect("subject object+previous-subject".hasASCIISuffix("+previous-subject"))
        #expect("+previous-subject".hasASCIISuffix("+previous-subject"))
        #expect(!"subject+previous-subject+answer".hasASCIISuffix("+previous-subject"))
        #expect(!"subject".hasASCIISuffix("+previous-subject"))
        #expect("désigné+previous-subject".hasASCIISuffix("+previous-subject"))
        #expect(!"previous-subjecté".hasASCIISuffix("+previous-subject"))
    }

    @Test func parts() {
        #expect("noun source modifier target undergoer".containsASCII("target undergoer"))
        #expect("target undergoer".containsASCII("target undergoer"))
        #expect(!"target object undergoer".containsASCII("target undergoer"))
        #expect(!"target".containsASCII("target undergoer"))
        #expect("rôle target undergoer".containsASCII("undergoer"))
    }
}
