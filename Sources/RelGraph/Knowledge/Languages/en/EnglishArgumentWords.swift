extension ArgumentWords {
    /// The English word classes (`ArgumentWords.of`).
    /// Nouns that name an act again and say its kind; they are nouns of acts named again too (`eventAnaphors`).
    private static let englishSanctionAnaphors = FunctionWords.set("rupture expulsion")
    private static let englishAccusationAnaphors = FunctionWords.set("complaint complaints accusation accusations allegation allegations")

    static let english = ArgumentWords(
        agentNouns: FunctionWords.set("""
            government governments administration regime cabinet army armies military forces force troops navy
            police ministry ministries minister ministers president leader leaders officials official diplomats
            diplomat authorities embassy embassies ambassador ambassadors envoy envoys delegation delegations delegate delegates emissary emissaries mediators mission missions spokesman spokeswoman spokesperson
            parliament congress senate state people representatives representative head chief coalition-led
            counterpart counterparts presidents negotiator negotiators agency agencies services
            soldiers warships warship fleet fleets jets bombers commanders commander planes aircraft fighter-jets drones pilots frigates frigate submarines gunboats border-guards personnel officers guard guards coastguard destroyer destroyers
            vessels ships boats side sides council nations countries
            report reports statement statements resolution experts investigators
            """),
        rulerNouns: FunctionWords.set("authorities government governments regime rulers leaders leadership junta administration ministry"),
        territoryNouns: FunctionWords.set("""
            border borders frontier territory territories waters airspace coast coastline soil mainland positions targets republic kingdom
            """),
        civilianNouns: FunctionWords.set("""
            refugees refugee migrants migrant citizens citizen nationals civilians tourists students workers fishermen
            residents journalists prisoners hostages passengers pilgrims asylum-seekers
            """),
        eventAnaphors: FunctionWords.set("""
            test move decision measure action step incident raid incursion launch act attack strike seizure
            announcement resolution remarks comments statement statements violation violations provocation interference behaviour behavior espionage spying
            conduct position stance
            """).union(englishSanctionAnaphors).union(englishAccusationAnaphors),
        anaphoricDeterminers: FunctionWords.set("the this that these those such"),
        timeNouns: FunctionWords.set("""
            monday tuesday wednesday thursday friday saturday sunday week weeks weekend month months year years day days hour
            hours morning evening night afternoon tomorrow overnight
            today yesterday tonight january february april june july august september october november december
            """),
        timeModifiers: FunctionWords.set("on in at of late early last next this past"),
        intentNouns: FunctionWords.set("commitment commitments intention intentions willingness determination pledge pledges promise promises readiness resolve desire threat threats"),
        timeMarkers: FunctionWords.set("before after following while when since until during once"),
        relativePronouns: FunctionWords.set("who which that whom"),
        undergoingVerbs: FunctionWords.set("""
            face faces faced facing suffer suffers suffered suffering endure endured endures undergo underwent
            subject subjected confronted repelled repel repels repelling repulsed thwarted foiled
            """),
        supportVerbs: FunctionWords.set("""
            impose imposes imposed imposing reimpose reimposes reimposed reimposing re-imposed slap slaps slapped levy levies levied hold holds held holding conduct conducts
            conducted carry carries carried launch launches launched
            express expresses expressed expressing voice voices voiced voicing lodge lodges lodged lodging
            """),
        passiveAgents: FunctionWords.set("by"),
        objectPronouns: FunctionWords.set("him her it them"),
        possessives: FunctionWordClasses.english.possessives,
        subjectPronouns: FunctionWords.set("it they he she"),
        genitive: "of",
        comitative: "with",
        objectMarkers: .empty,
        relativeQuantifiers: FunctionWords.set("both all each some most"),
        negations: FunctionWords.set("not n't never no neither nor without"),
        modals: FunctionWords.set("could might may would should must can cannot possible hypothetical potential likely unlikely expected poised"),
        plans: FunctionWords.set("plan plans planned planning plot plotted proposed proposal contemplated envisaged suspected alleged allegedly purported"),
        failures: FunctionWords.set("failed fails fail failing unable refused refusal"),
        conditionals: FunctionWords.set("if unless whether"),
        conditionalNouns: FunctionWords.set("event case"),
        purposes: .empty,
        possibilities: .empty,
        passiveAuxiliaries: FunctionWords.set("be is are was were been being get gets got gotten"),
        exampleMarkers: FunctionWords.set("including notably such as among them like especially"),
        occasions: FunctionWords.set("in at during after following before"),
        phaseNouns: FunctionWords.set("end close course sidelines margins conclusion"),
        rejectedDeeds: FunctionWords.set("remarks comments statements words activity activities behaviour behavior conduct interference meddling provocation provocations"),
        mediumNouns: FunctionWords.set("phone telephone videoconference video-conference videolink video-link teleconference"),
        representationVerbs: FunctionWords.set("represented"),
        speakerPronouns: FunctionWords.set("we i i'd i'm i've i'll we'd we're we've we'll"),
        singularIndefinites: FunctionWords.set("a an"),
        enactingParticiples: FunctionWords.set("approved adopted decided voted ordered imposed announced enacted decreed coordinated coordinating put exerted applied"),
        measureNouns: FunctionWords.set("""
            package packages round rounds raft set sets series wave waves slew batch batches tranche tranches spate
            flurry dozens hundreds thousands
            dozen handful group groups number
            """),
        envoyNouns: FunctionWords.set("ambassador ambassadors envoy envoys chargé chargés charge diplomat diplomats emissary"),
        attributions: FunctionWords.set("attributed blamed attributes attribute blames blame"),
        attributionMarkers: FunctionWords.set("to on"),
        degreeAdverbs: FunctionWords.set("totally absolutely completely entirely utterly wholly simply always also still very most"),
        echoPronouns: FunctionWords.set("that those"),
        intensifyingAdjectives: FunctionWords.set("deep serious grave great strong strongest deepest significant growing profound sincere immediate temporary permanent unilateral complete total formal"),
        judgingParticiples: FunctionWords.set("described called deemed considered seen branded labelled labeled termed viewed judged"),
        relativeOpeners: FunctionWords.set("who which whom whose"),
        prepositionalSupportVerbs: FunctionWords.set("proceeded proceeds proceed proceeding"),
        responseVerbs: FunctionWords.set("responded respond responds responding retaliated retaliate retaliates retaliating replied reply replies"),
        responseMarkers: FunctionWords.set("with"),
        releaseNouns: FunctionWords.set("release releases freeing"),
        verbFormAdjectives: FunctionWords.set("neighbouring neighboring"),
        counteringVerbs: FunctionWords.set("""
            prevent prevents prevented preventing repel repels repelled repelling thwart thwarts thwarted thwarting foil
            foils foiled foiling reverse reverses reversed reversing counter counters countered countering
            """),
        reasonMarkers: FunctionWords.set("for over"),
        nounAgentMarkers: FunctionWords.set("by"),
        authorMarkers: FunctionWords.set("from by"),
        aimPrepositions: FunctionWords.set("on against upon"),
        circumstanceNouns: FunctionWords.set("sidelines margins margin regard respect reference view light"),
        continuationNouns: FunctionWords.set("extension renewal maintenance continuation prolongation"),
        gestureNouns: FunctionWords.set("gesture gestures sign signs signal signals show shows step steps token tokens"),
        homelandNouns: FunctionWords.set("country nation"),
        nounOnlyOpeners: FunctionWords.set("a an the this these those its their our my"),
        gerundEnding: "ing",
        partNouns: FunctionWords.set("part"),
        invitationNouns: FunctionWords.set("invitation"),
        partMarkers: FunctionWords.set("on"),
        infinitiveMarkers: FunctionWords.set("to"),
        adversatives: FunctionWords.set("but yet"),
        scenePrepositions: FunctionWords.set("in inside"),
        mannerAdverbEnding: "ly",
        prenominalAdjectives: FunctionWords.set("new first second third last next brief long historic recent further fresh rare"),
        forumNouns: FunctionWords.set("meeting meetings summit summits conference conferences session sessions forum forums"),
        reportedFutures: FunctionWords.set("would"),
        concessiveAdverbs: FunctionWords.set("even"),
        singularPronouns: FunctionWords.set("he she it"),
        personPronouns: FunctionWords.set("he she"),
        thingPronouns: FunctionWords.set("it"),
        pluralObjectPronouns: FunctionWords.set("them"),
        participationVerbs: FunctionWords.set("participate participates participated participating"),
        futureAuxiliaries: FunctionWords.set("will shall"),
        modalAuxiliaries: FunctionWords.set("will would shall should can could may might must"),
        adverbsAfterModals: FunctionWords.set("not also then soon now still never again jointly personally formally officially"),
        cardinals: FunctionWords.set("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty fifty hundred"),
        openingParticipleEndings: ["ed"],
        verbOnlyEndings: ["ed"],
        weighingVerbs: FunctionWords.set("considering consider considers weighing weigh weighs mulling mull mulls contemplating contemplate contemplates studying"),
        onlyAdverbs: FunctionWords.set("only merely just solely"),
        coAgentMarkers: FunctionWords.set("along together alongside"),
        schedulingParticiples: FunctionWords.set("set scheduled slated"),
        fixedPredicates: [["persona", "non", "grata"], ["personae", "non", "grata"], ["personae", "non", "gratae"]],
        opportunityNouns: FunctionWords.set("opportunity occasion chance way means time"),
        occasionVerbs: FunctionWords.set("used uses using seized seizes seizing"),
        joiningVerbs: FunctionWords.set("join joins joined joining"),
        occurrenceNouns: FunctionWords.set("time"),
        locatedParticiples: FunctionWords.set("located situated lying"),
        sportReportWords: FunctionWords.set("goal goals scored scorer scorers score"),
        visitingRequests: FunctionWords.set("call calls called calling"),
        welcomingVerbs: FunctionWords.set("welcome welcomes welcomed welcoming"),
        multilateralAdjectives: FunctionWords.set("tripartite trilateral three-way quadripartite quadrilateral four-way"),
        placeRelatives: FunctionWords.set("where"),
        messageNouns: FunctionWords.set("statement communique communiqué declaration note notes letter letters message messages demarche démarche speech invitation invitations memorandum"),
        informingVerbs: FunctionWords.set("informed informs inform notified notifies notify told tells communicated"),
        decisionNouns: FunctionWords.set("decision"),
        policyNouns: FunctionWords.set("decision decisions decree decrees law laws policy policies plan plans proposal proposals measure measures move moves bill referendum"),
        pittingVerbs: FunctionWords.set("pitted pits pitting"),
        motiveNouns: FunctionWords.set("solidarity protest protests"),
        stanceBackingNouns: FunctionWords.set("support backing"),
        stanceMarkers: FunctionWords.set("in"),
        endingVerbs: FunctionWords.set("end ends ended ending terminate terminates terminated terminating suspend suspends suspended suspending halt halts halted halting freeze freezes froze frozen freezing stop stops stopped stopping cancel cancels cancelled canceled cancelling canceling scrap scraps scrapped scrapping annul annuls annulled annulling revoke revokes revoked revoking abrogate abrogates abrogated abrogating discontinue discontinues discontinued discontinuing"),
        adverbialPurposes: FunctionWords.set("to"),
        summoningVerbs: FunctionWords.set("summon summons summoned summoning"),
        namingVerbs: FunctionWords.set("called call calls termed term terms described describes dubbed dubs labelled labeled branded calling terming describing branding deemed deems considered considers"),
        freeRelatives: FunctionWords.set("what"),
        becomingVerbs: FunctionWords.set("became become becomes becoming"),
        destinationPrepositions: FunctionWords.set("to towards toward in"),
        reducingVerbs: FunctionWords.set("cut cuts cutting slash slashes slashed slashing reduce reduces reduced reducing curtail curtails curtailed curtailing withdraw withdraws withdrew withdrawn withdrawing"),
        endingNouns: FunctionWords.set("end termination suspension cancellation halt freeze abrogation annulment"),
        callingOffWords: FunctionWords.set("cancel cancels cancelled canceled cancelling canceling suspend suspends suspended suspending postpone postpones postponed postponing scrap scraps scrapped scrapping cancellation cancellations suspension postponement"),
        stayingVerbs: FunctionWords.set("stay stays stayed staying remain remains remained remaining"),
        complementGerundMarkers: FunctionWords.set("from of about against into"),
        condemningPredicates: FunctionWords.set("nazi nazis fascist fascists dictator tyrant traitor terrorist terrorists corrupt criminal criminals genocidal liar coward unacceptable illegal provocation provocative irresponsible unjustified unjustifiable unfriendly hostile outrageous intolerable inadmissible baseless groundless violation deplorable regrettable aggression interference hasty rash arbitrary absurd unjust unfair threat insult insulting mistake mistakes error errors blunder crime crimes atrocities"),
        culpabilityPredicates: FunctionWords.set("responsible guilty culpable to-blame"),
        praisingPredicates: FunctionWords.set("friend friends brother brothers hero heroes visionary statesman champion"),
        judgmentVerbs: FunctionWords.set("responded replied believes believed thinks thought judged finds found"),
        decidingVerbs: FunctionWords.set("took taken take takes taking"),
        beneficiaryMarkers: FunctionWords.set("for"),
        leadingParticiples: FunctionWords.set("led headed chaired"),
        memberParticiples: FunctionWords.set("comprising composed made including"),
        inciseWords: FunctionWords.set("also earlier previously already repeatedly again since then once more on last this formally officially first recently"),
        subordinatingNouns: FunctionWords.set("time"),
        sportWords: FunctionWords.set("""
            match matches tournament semi-final semi-finals semifinal semifinals quarter-final quarter-finals quarterfinal
            quarterfinals championship champions stadium goalkeeper midfielder footballer footballers kick-off
            qualifier qualifiers
            goalscorer scoreline scoreboard hat-trick equaliser equalizer stoppage-time friendlies
            knockout knock-out fixtures striker strikers goalless unbeaten undefeated underdogs thrashing debutants finalists
            runners-up quarterfinalists semifinalists playoff playoffs play-off play-offs medal medals medallist medallists
            medalist medalists sprinter sprinters athletics
            """),
        enteringVerbs: FunctionWords.set("entered enter enters entering crossed crosses crossing moved marched rolled poured advanced pushed swept stormed"),
        borderNouns: FunctionWords.set("border borders frontier territory airspace waters"),
        amountNouns: FunctionWords.set("million millions billion billions trillion dollars dollar euros euro pounds yuan yen rupees tonnes tons"),
        obligationModals: FunctionWords.set("must should ought"),
        enteringPrepositions: FunctionWords.set("into"),
        militaryNouns: FunctionWords.set("troops soldiers forces army armies units tanks marines paratroopers contingent contingents battalions brigades police policemen"),
        reciprocalMarkers: [["each", "other"], ["one", "another"], ["mutually"]],
        distributiveMarkers: [["each"]],
        mannerNouns: FunctionWords.set("help auspices backing support assistance mediation participation presence blessing"),
        backingParticiples: FunctionWords.set("backed supported sponsored funded financed armed"),
        owningParticiples: FunctionWords.set("flagged owned registered operated"),
        nominalGerundEnding: "ing",
        itineraryNouns: FunctionWords.set("agenda programme program schedule itinerary"),
        objectRelatives: FunctionWords.set("which whom"),
        clauseOpeningPrepositions: FunctionWords.set("after before since until as while once"),
        opposingNouns: FunctionWords.set("opponent opponents critic critics rival rivals enemy enemies adversary adversaries dissident dissidents foe foes"),
        epithetNouns: FunctionWords.set("neighbour neighbor ally rival foe enemy adversary partner arch-rival archrival arch-enemy archenemy"),
        aimingVerbs: FunctionWords.set("targeting targeted targets target aimed directed hitting"),
        wishes: FunctionWords.set("hope hopes hoped hoping wish wishes wished want wants wanted aim aims aimed seek seeks sought seeking need needs advocate advocates advocated advocating"),
        performatives: FunctionWords.set("congratulate thank welcome salute commend express extend pay convey"),
        mediationNouns: FunctionWords.set("mediation auspices brokering"),
        mediationVerbs: FunctionWords.set("brokered brokering mediated mediates"),
        appeals: ArgumentFrame("source=modifier|poss|of|by|subject target=with|before"),
        complementizers: FunctionWords.set("that"),
        authorGenitiveNouns: FunctionWords.set("aggression aggressions incursion incursions provocation provocations interference meddling"),
        consideringVerbs: FunctionWords.set("consider considers considered considering regard regards regarded see sees saw seen view views viewed call calls called deem deems deemed describe describes described"),
        warningVerbs: FunctionWords.set("warn warns warned warning cautioned cautions"),
        responseNouns: FunctionWords.set("measures response retaliation steps countermeasures action"),
        adverbialNouns: FunctionWords.set("audience"),
        goodsNouns: FunctionWords.set("goods products exports imports export import sales shipments deliveries steel aluminum aluminium cars vehicles produce"),
        originPrepositions: FunctionWords.set("from"),
        originParticiples: FunctionWords.set("originating coming imported shipped"),
        roleNouns: FunctionWords.set("role part"),
        capacityMarkers: FunctionWords.set("as"),
        sanctionAnaphors: englishSanctionAnaphors,
        accusationAnaphors: englishAccusationAnaphors,
        raisingParticiples: FunctionWords.set("said reported believed thought alleged understood known rumoured rumored"),
        purposeMarkers: FunctionWords.set("to"),
        causeMarkers: FunctionWords.set("after following amid"),
        predicatingVerbs: FunctionWords.set("constitutes constituted constitute constituting represents represented represent committed commits commit made makes"),
        heldOffices: FunctionWords.set("presidency chairmanship chair position office seat seats place"),
        endeavourNouns: FunctionWords.set("effort efforts attempt attempts bid bids campaign drive push decision move plan initiative"),
        memberNouns: FunctionWords.set("countries states members nations"),
        genitiveForms: FunctionWords.set("of"))
}
