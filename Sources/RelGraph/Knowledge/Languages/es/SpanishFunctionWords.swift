extension FunctionWordClasses {
    /// The Spanish closed word classes (`FunctionWordClasses.of`).
    static let spanish = FunctionWordClasses(
        ofPrepositions: FunctionWords.set("de del por"),
        articles: FunctionWords.set("el la los las lo un una unos unas al del"),
        determiners: FunctionWords.set("su sus este esta estos estas nuevo serie"),
        falseDeterminers: FunctionWords.set("a"),
        quantities: FunctionWords.set("""
            decenas cientos centenares miles millones de varios varias más unos unas adicionales dos tres cuatro cinco
            seis siete ocho nueve diez once doce quince veinte treinta cincuenta cien nuevos nuevas otros otras todos todas
            """),
        prepositions: FunctionWords.set("de a al del con contra sobre bajo para por entre hacia ante en según desde"),
        locatives: FunctionWords.set("en desde"),
        falseLocatives: FunctionWords.set("a"),
        coordinators: FunctionWords.set(", y e ni o"),
        negations: FunctionWords.set("no nunca jamás tampoco ni sin"),
        modals: FunctionWords.set("""
            podría podrían podria podrian pudiera pudieran puede pueden eventual si debería deberían deberia deberian
            """),
        reportingVerbs: FunctionWords.set("""
            dijo afirmó declaró aseguró añadió señaló explicó anunció advirtió subrayó remarcó indicó
            dice dicen dijeron afirma afirman afirmaron declara declaran declararon asegura aseguran aseguraron señala
            señalan explica anuncia advierte subraya indica indican sostuvo sostiene sostienen alegó alega alegan
            insistió insiste reiteró reitera confirmó confirma afirmaba aseguraba
            dicho afirmado declarado asegurado añadido agregó agregado señalado explicado anunciado advertido subrayado indicado
            sostenido insistido reiterado confirmado manifestó manifestado manifiesta apuntó apuntado precisó precisado destacó
            destacado recalcó recalcado aseveró enfatizó enfatizado puntualizó recordó recordado comentó comentado reaccionó respondió
            replicó respondido replicado
            """),
        auxiliaries: FunctionWords.set("ha han había habían fue"),
        formerMarkers: FunctionWords.set("ex expresidente"),
        honorifics: FunctionWords.set("jeque sr sra don doña dona general"),
        pairHeads: FunctionWords.set("ambos ambas dos"),
        pairNouns: FunctionWords.set("partes países gobiernos naciones capitales ejércitos"),
        sideNouns: FunctionWords.set("partes"),
        definitePlurals: FunctionWords.set("las los"),
        portfolios: FunctionWords.set("""
            defensa exteriores exterior relaciones asuntos interior hacienda economía justicia sanidad energía comercio estado
            cooperación
            """),
        nonNameWords: FunctionWords.set("""
            internacional aeropuerto universidad agencia consejo banco partido frente ejército fuerzas ministerio
            compañía grupo calle avenida plaza declaración tratado guerra crisis guardia armada fuerza corte tribunal
            comisión comité asamblea parlamento congreso senado gobierno república reino unión estados naciones
            organización instituto fundación centro escuela iglesia museo hospital canal isla océano mar río monte
            golfo lago norte sur este oeste central costa copa juegos olímpico cumbre conferencia operación plan
            acuerdo pacto protocolo carta misión
            lunes martes miércoles jueves viernes sábado domingo
            enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
            """),
        sentenceWords: FunctionWords.set("""
            él ella ellos ellas nosotros esto este esta estos estas ese esa tras antes durante según para pero y o
            así también cuando si mientras sin embargo aunque desde pese además luego entonces hoy ayer
            """),
        governmentNouns: FunctionWords.set("administración gobierno régimen gabinete junta autoridades"),
        possessives: FunctionWords.set("su sus cuyo cuya cuyos cuyas"),
        countryNouns: FunctionWords.set("país pais nación nacion"),
        andConjunctions: FunctionWords.set("y e"),
        listConjunctions: FunctionWords.set("y e ni o"),
        listFillers: FunctionWords.set("a al otros otras de"),
        clauseConjunctions: FunctionWords.set("y o ni"),
        titlePrepositions: FunctionWords.set("de del en ante"),
        postingPrepositions: FunctionWords.set("en ante"),
        exampleMarkers: FunctionWords.set("como entre"),
        titleQualifiers: FunctionWords.set("""
            alto altos alta altas nuevo nueva nuevos nuevas principal principales otros otras varios varias algunos
            algunas solo solos sola solas dos tres cuatro cinco seis siete ocho nueve diez
            """),
        creditOpeners: FunctionWords.set("por foto crédito fuente"),
        pastEraWords: FunctionWords.set("fría fria"),
        subjectPronouns: .empty,
        objectPronounsAfterVerb: .empty,
        opposingPrepositions: FunctionWords.set("contra"),
        groupHeads: ["tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"],
        listDemonstratives: FunctionWords.set("esos esas estos estas aquellos aquellas"),
        officialPairNouns: FunctionWords.set("cancilleres ministros presidentes mandatarios líderes dirigentes jefes"),
        counterpartNouns: FunctionWords.set("homólogo homóloga homólogos homólogas pares"),
        leaderPairNouns: FunctionWords.set("mandatarios líderes dirigentes jefes"),
        stateBodyNouns: FunctionWords.set("ministerio gobierno cancillería régimen junta autoridades"),
        blocNouns: FunctionWords.set("bloque"),
        allianceNouns: FunctionWords.set("alianza"),
        organizationNouns: FunctionWords.set("organización"),
        kingdomNouns: FunctionWords.set("reino"),
        demonstratives: FunctionWords.set("ese esa"),
        pairPronouns: FunctionWords.set("ambos ambas"),
        latterDeterminers: FunctionWords.set("este esta éste ésta"),
        latterWords: FunctionWords.set("último última"),
        verbsAfterPairPronouns: FunctionWords.set("se les lo la los las han habían también coincidieron"),
        verbEndingsAfterPairPronouns: ["n"],
        respectiveMarkers: FunctionWords.set("respectivamente"),
        bystanderNouns: FunctionWords.set("periodista corresponsal analista experto experta profesor profesora docente investigador investigadora académico académica historiador historiadora politólogo politóloga especialista catedrático catedrática columnista"),
        epithetArticles: FunctionWords.set("el la"),
        epithetExclusions: FunctionWords.set("propio otro mismo vecino vecina anfitrión primer segundo"),
        neighbourNouns: FunctionWords.set("vecino"),
        neighbourPossessives: FunctionWords.set("su"),
        portfolioPrepositions: FunctionWords.set("para"))
}
