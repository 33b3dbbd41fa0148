import Testing
@testable import RelGraph

/// The CLDR names written into the binary (`make foundation-tables`) are the ones Foundation gives: a toolchain whose
/// CLDR data changed would otherwise draw and match state names the rest of Foundation no longer agrees with.
@Suite("CLDR country names")
struct CLDRCountryNamesTests {
    @Test(arguments: Language.allCases)
    func writtenNamesAreFoundations(_ language: Language) {
        let written = CountryCodes.cldrNames(language)
        let looked = CountryCodes.foundationCLDRNames(language)
        #expect(written == looked, "run `make foundation-tables`: the written names differ from Foundation's for \(language)")
    }

    @Test func namesAreKeyedByAlpha3() {
        #expect(CountryCodes.cldrNames(.fr)["VEN"] == "Venezuela")
        #expect(CountryCodes.cldrNames(.es)["DEU"] == "Alemania")
        #expect(CountryCodes.cldrNames(.en)["DE"] == nil)
    }
}
