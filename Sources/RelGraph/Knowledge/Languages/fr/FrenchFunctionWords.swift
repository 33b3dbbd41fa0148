extension FunctionWordClasses {
    /// The French closed word classes (`FunctionWordClasses.of`).
    static let french = FunctionWordClasses(
        ofPrepositions: FunctionWords.set("de d' du des par"),
        articles: FunctionWords.set("le la les l' un une des du d' de"),
        determiners: FunctionWords.set("ses son sa leur leurs ce cette ces nos notre nouveau nouvelle série"),
        falseDeterminers: FunctionWords.set("a"),
        quantities: FunctionWords.set("""
            dizaines centaines milliers millions de d' plusieurs quelque quelques plus supplémentaires deux trois quatre
            cinq six sept huit neuf dix onze douze quinze vingt trente cinquante cent nouveaux nouvelles autres tous toutes
            """),
        prepositions: FunctionWords.set("""
            de d' du des à au aux avec contre sur sous pour par entre vers chez envers auprès en dans depuis
            """),
        locatives: FunctionWords.set("à au aux en dans"),
        falseLocatives: .empty,
        coordinators: FunctionWords.set(", et ainsi que ni ou"),
        negations: FunctionWords.set("ne n' pas jamais aucun aucune ni sans incapable"),
        modals: FunctionWords.set("""
            pourrait pourraient pourrais pourra pourront pouvait pourrions possible éventuel éventuelle si devrait
            devraient
            """),
        reportingVerbs: FunctionWords.set("""
            déclaré affirmé dit ajouté estimé indiqué souligné expliqué annoncé précisé assuré martelé averti
            déclare affirme dit ajoute estime indique souligne explique annonce précise assure martèle
            déclarent affirment disent estiment indiquent soulignent expliquent annoncent précisent assurent
            affirmait assurait déclarait soutient soutiennent prétend prétendent allègue allèguent répète répété
            confirme confirmé insiste insisté
            rappelé rappelle observé relevé commenté poursuivi lancé tranché renchéri réagi réagit répondu répliqué rétorqué ironisé
            """),
        auxiliaries: FunctionWords.set("a ont avait avaient est sont été"),
        formerMarkers: FunctionWords.set("ancien ancienne anciens ex feu défunt"),
        honorifics: FunctionWords.set("cheikh m mme général"),
        pairHeads: FunctionWords.set("deux"),
        pairNouns: FunctionWords.set("parties partis pays camps nations gouvernements armées voisins capitales"),
        sideNouns: FunctionWords.set("parties camps"),
        definitePlurals: FunctionWords.set("les"),
        portfolios: FunctionWords.set("""
            défense affaires étrangères étrangère intérieur économie finances justice santé énergie commerce armées
            coopération europe européennes
            """),
        nonNameWords: FunctionWords.set("""
            internationale aéroport université agence conseil banque parti front armée forces ministère compagnie
            groupe rue avenue place déclaration traité guerre crise garde marine force cour tribunal commission
            comité assemblée parlement congrès sénat gouvernement république royaume union états nations
            organisation institut fondation centre école église musée hôpital canal île océan mer fleuve mont golfe
            lac nord sud est ouest central côte coupe jeux olympique sommet conférence opération plan accord pacte
            protocole charte mission
            lundi mardi mercredi jeudi vendredi samedi dimanche
            janvier février mars avril mai juin juillet août septembre octobre novembre décembre
            """),
        sentenceWords: FunctionWords.set("""
            il elle ils elles on nous vous je ce ces cet cette cela ceci après avant dans selon pour mais et ou donc car
            lors depuis pendant malgré comme alors ainsi aussi enfin puis quand si tandis toutefois cependant
            pourtant néanmoins désormais ensuite aujourd'hui hier demain d'ailleurs outre
            """),
        governmentNouns: FunctionWords.set("administration gouvernement régime cabinet junte autorités"),
        possessives: FunctionWords.set("son sa ses leur leurs"),
        countryNouns: FunctionWords.set("pays nation patrie"),
        andConjunctions: FunctionWords.set("et"),
        listConjunctions: FunctionWords.set("et ainsi que ni ou"),
        listFillers: FunctionWords.set("à au aux que autres d' de"),
        clauseConjunctions: FunctionWords.set("et ou ni"),
        titlePrepositions: FunctionWords.set("de d' du des à au aux en auprès dans"),
        postingPrepositions: FunctionWords.set("à au aux en auprès dans"),
        exampleMarkers: FunctionWords.set("comme notamment tels telles tel telle dont entre"),
        titleQualifiers: FunctionWords.set("""
            haut hauts haute hautes grand grands nouveau nouvelle nouveaux nouvelles premier première autres plusieurs
            certains seul seuls seule seules deux trois quatre cinq six sept huit neuf dix
            """),
        creditOpeners: FunctionWords.set("par photo crédit source"),
        pastEraWords: FunctionWords.set("froide"),
        subjectPronouns: FunctionWords.set("il elle ils elles"),
        objectPronounsAfterVerb: .empty,
        opposingPrepositions: FunctionWords.set("contre"),
        boundListWords: FunctionWords.set("que"),
        groupHeads: ["trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"],
        listDemonstratives: FunctionWords.set("ces"),
        officialPairNouns: FunctionWords.set("ministres présidents dirigeants chefs"),
        counterpartNouns: FunctionWords.set("homologue homologues"),
        leaderPairNouns: FunctionWords.set("dirigeants chefs"),
        stateBodyNouns: FunctionWords.set("ministère gouvernement régime junte autorités"),
        blocNouns: FunctionWords.set("bloc"),
        allianceNouns: FunctionWords.set("alliance"),
        organizationNouns: FunctionWords.set("organisation"),
        kingdomNouns: FunctionWords.set("royaume"),
        demonstratives: FunctionWords.set("ce cet"),
        pairPronouns: FunctionWords.set(""),
        latterDeterminers: FunctionWords.set("ce cet cette"),
        latterWords: FunctionWords.set("dernier dernière"),
        verbsAfterPairPronouns: FunctionWords.set(""),
        verbEndingsAfterPairPronouns: [],
        respectiveMarkers: FunctionWords.set("respectivement"),
        bystanderNouns: FunctionWords.set("journaliste correspondant correspondante analyste expert experte professeur professeure chercheur chercheuse universitaire historien historienne politologue spécialiste enseignant enseignante éditorialiste chroniqueur"),
        epithetArticles: FunctionWords.set("le la l'"),
        epithetExclusions: FunctionWords.set("propre autre même voisin voisine hôte premier second deuxième"),
        neighbourNouns: FunctionWords.set("voisin"),
        neighbourPossessives: FunctionWords.set("son"))
}
