extension FunctionWordClasses {
    /// The English closed word classes (`FunctionWordClasses.of`).
    static let english = FunctionWordClasses(
        ofPrepositions: FunctionWords.set("of by"),
        articles: FunctionWords.set("the a an"),
        determiners: FunctionWords.set("its their his her our new series"),
        falseDeterminers: .empty,
        quantities: FunctionWords.set("""
            dozens hundreds thousands tens millions of several many more than additional extra some few two three four
            five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred new other all
            """),
        prepositions: FunctionWords.set("""
            of to with against on under for by between towards toward in into at from about over
            """),
        locatives: FunctionWords.set("in at from"),
        falseLocatives: .empty,
        coordinators: FunctionWords.set(", and as well as nor or"),
        negations: FunctionWords.set("not n't never no without unable failed incapable"),
        modals: FunctionWords.set("could might may would should possible hypothetical if"),
        reportingVerbs: FunctionWords.set("""
            said says say told tells added adds stated announced announces declared declares warned warns insisted insists
            noted notes explained explains claimed claims alleged alleges asserted asserts maintained maintains argued
            argues confirmed confirms acknowledged acknowledges contended contends reiterated reiterates
            stressed stresses emphasized emphasised emphasizes underlined underscored remarked commented observed wrote tweeted
            replied retorted
            """),
        auxiliaries: FunctionWords.set("has have had was were"),
        formerMarkers: FunctionWords.set("former ex late"),
        honorifics: FunctionWords.set("sheikh sir dame lord mr mrs ms general"),
        pairHeads: FunctionWords.set("two both"),
        pairNouns: FunctionWords.set("sides countries parties nations governments armies"),
        sideNouns: FunctionWords.set("parties sides"),
        definitePlurals: FunctionWords.set("the"),
        portfolios: FunctionWords.set("""
            defence defense foreign affairs interior home economy finance trade energy justice health state treasury
            cooperation europe
            """),
        nonNameWords: FunctionWords.set("""
            international airport university agency news council bank party front army forces ministry company group
            street avenue place square declaration treaty war crisis guard navy force court tribunal commission
            committee assembly parliament congress senate government republic kingdom union states nations
            organization organisation institute foundation center centre school church museum hospital canal island
            channel ocean sea river mount gulf lake north south east west central coast cup games olympic summit
            conference operation plan accord agreement pact protocol charter mission
            monday tuesday wednesday thursday friday saturday sunday
            january february march april may june july august september october november december
            """),
        sentenceWords: FunctionWords.set("""
            he she they we you it this these those that there here after before in according for but and or so as then
            when if while however although during since despite yet also still meanwhile thus
            nevertheless moreover furthermore instead today yesterday earlier later
            """),
        governmentNouns: FunctionWords.set("administration government regime cabinet junta authorities"),
        possessives: FunctionWords.set("his her their its whose"),
        countryNouns: FunctionWords.set("country nation"),
        andConjunctions: FunctionWords.set("and"),
        listConjunctions: FunctionWords.set("and as well nor or"),
        listFillers: FunctionWords.set("to as well also other others"),
        clauseConjunctions: FunctionWords.set("and or nor"),
        titlePrepositions: FunctionWords.set("of to in at"),
        postingPrepositions: FunctionWords.set("to in at"),
        exampleMarkers: FunctionWords.set("such including among"),
        titleQualifiers: FunctionWords.set("""
            senior top chief new other others several some only two three four five six seven eight nine ten
            """),
        creditOpeners: FunctionWords.set("by photo credit source"),
        pastEraWords: FunctionWords.set("cold"),
        subjectPronouns: FunctionWords.set("he she they it"),
        objectPronounsAfterVerb: FunctionWords.set("him her it them"),
        opposingPrepositions: FunctionWords.set("against"),
        groupHeads: ["three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
        listDemonstratives: FunctionWords.set("these those"),
        officialPairNouns: FunctionWords.set("ministers presidents leaders"),
        counterpartNouns: FunctionWords.set("counterpart counterparts"),
        leaderPairNouns: FunctionWords.set("leaders"),
        bodyNouns: FunctionWords.set("council commission assembly court agency parliament organization organisation tribunal"),
        stateBodyNouns: FunctionWords.set("ministry government cabinet administration regime junta authorities"),
        blocNouns: FunctionWords.set("bloc"),
        allianceNouns: FunctionWords.set("alliance"),
        organizationNouns: FunctionWords.set("organization organisation grouping"),
        kingdomNouns: FunctionWords.set("kingdom"),
        demonstratives: FunctionWords.set("that"),
        pairPronouns: FunctionWords.set("both"),
        latterDeterminers: FunctionWords.set("the"),
        latterWords: FunctionWords.set("latter"),
        verbsAfterPairPronouns: FunctionWords.set("have has had will would are were also said met signed agreed"),
        verbEndingsAfterPairPronouns: ["ed"],
        respectiveMarkers: FunctionWords.set("respectively"),
        bystanderNouns: FunctionWords.set("journalist journalists correspondent reporter analyst expert professor lecturer researcher academic historian scholar editor columnist commentator"),
        epithetArticles: FunctionWords.set("the"),
        epithetExclusions: FunctionWords.set("""
            own home host other same whole entire neighbouring neighboring neighbour neighbor first second third each every
            latter former foreign
            """),
        neighbourNouns: FunctionWords.set("neighbour neighbor"),
        neighbourPossessives: FunctionWords.set("its"),
        portfolioPrepositions: FunctionWords.set("for"))
}
