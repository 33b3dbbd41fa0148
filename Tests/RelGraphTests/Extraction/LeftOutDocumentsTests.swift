import Testing
@testable import RelGraph

/// What a corpus run left out, said in the library's words.
@Suite("Left-out documents")
struct LeftOutDocumentsTests {
    @Test func messages() {
        #expect(LeftOutDocuments.undated(1, byDateFilter: false).description
            == "left out 1 undated document: when cut by period only dated documents are read (JSON Lines records with a \"date\")")
        #expect(LeftOutDocuments.allOutsideDates(3, since: "2022-03-01", until: nil).description
            == "no document is dated from 2022-03-01: 3 dated documents left out")
        #expect(LeftOutDocuments.otherLanguages(["de": 2, "it": 1]).description
            == "left out 3 records in languages relgraph does not read (de 2, it 1); it reads fr, en and es")
    }
}
