extension ArgumentWords {
    /// The Spanish word classes (`ArgumentWords.of`).
    /// Nouns that name an act again and say its kind; they are nouns of acts named again too (`eventAnaphors`).
    private static let spanishSanctionAnaphors = FunctionWords.set("ruptura rompimiento expulsión")
    private static let spanishAccusationAnaphors = FunctionWords.set("denuncia denuncias acusación acusaciones queja quejas")

    static let spanish = ArgumentWords(
        agentNouns: FunctionWords.set("""
            gobierno gobiernos administración régimen gabinete ejército ejércitos militares fuerzas fuerza tropas
            armada policía ministerio ministerios ministro ministra ministros presidente presidenta dirigente
            dirigentes líder líderes responsables funcionarios diplomáticos diplomático autoridades embajada embajadas
            embajador embajadores embajadora enviado enviados delegación delegaciones delegado delegados emisario emisarios misión misiones mediadores portavoz parlamento congreso estado pueblo
            representantes representante canciller cancilleres vocero voceros vocera jefe homólogo homóloga homólogos homólogas par pares encargado encargada encargados
            soldados mandos comandantes jefes flota bombarderos aviones avión cazas buques buque barcos barco embarcaciones fragatas fragata submarinos guardacostas drones pilotos policías guardias efectivos cancillería cancillerías departamento diplomacia presidencia ejecutivo consejo
            informe informes comunicado comunicados resolución expertos investigadores declaración declaraciones
            """),
        rulerNouns: FunctionWords.set("autoridades gobierno régimen dirigentes junta administración"),
        territoryNouns: FunctionWords.set("""
            frontera fronteras territorio territorios aguas espacio costa costas suelo posiciones blancos república reino
            """),
        civilianNouns: FunctionWords.set("""
            refugiados refugiado migrantes migrante ciudadanos ciudadano nacionales civiles turistas estudiantes
            trabajadores pescadores habitantes periodistas presos prisioneros rehenes pasajeros peregrinos solicitantes
            """),
        eventAnaphors: FunctionWords.set("""
            prueba ensayo decisión medida acción paso incidente incursión lanzamiento acto ataque allanamiento
            captura anuncio violación violaciones provocación injerencia comportamiento conducta declaración declaraciones espionaje posición
            """).union(spanishSanctionAnaphors).union(spanishAccusationAnaphors),
        anaphoricDeterminers: FunctionWords.set("el la los las este esta estos estas ese esa esos esas"),
        timeNouns: FunctionWords.set("""
            lunes martes miércoles jueves viernes sábado domingo semana semanas mes meses año años día días hora horas mañana
            tarde noche hoy ayer anoche mediodía madrugada anteayer ocasión ocasiones
            enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
            """),
        timeModifiers: FunctionWords.set("a al de del en el la los las fines fin finales principios inicios mediados pasado pasada próximo próxima este esta"),
        intentNouns: FunctionWords.set("compromiso compromisos voluntad intención intenciones determinación promesa promesas disposición deseo empeño amenaza amenazas"),
        timeMarkers: FunctionWords.set("antes después tras durante mientras cuando desde"),
        relativePronouns: FunctionWords.set("que quien quienes cual cuales"),
        undergoingVerbs: FunctionWords.set("""
            sufre sufren sufrió sufrieron sufrir sufrido sufrida sufridos sufridas sufría sufrían enfrenta enfrentan enfrentó enfrentaron
            enfrentaba enfrentaban padece padecen padeció padecía sometido repelió repelieron repeler repelido repelida frustró frustraron
            sometida sometidos sometidas confrontado confrontada confrontados confrontadas cuenta cuentan contó contaron
            contará contarán contaba recibe reciben recibió recibieron recibir recibido recibida recibidos recibidas
            recibirá recibirán recibía recibían
            """),
        supportVerbs: FunctionWords.set("""
            impone imponen impuso impusieron impuesto impuesta impuestos impuestas imponer impondrá impondrán imponía
            celebra celebran celebró celebraron celebrado celebrar mantuvo mantuvieron mantiene mantienen sostuvo
            sostuvieron lanza lanzan lanzó lanzaron lanzado aplica aplican aplicó aplicaron aplicado aplicadas
            expresa expresan expresó expresaron expresado manifestó manifestaron puso pusieron pone ponen
            """),
        passiveAgents: FunctionWords.set("por"),
        objectPronouns: FunctionWords.set("lo la los las le les"),
        possessives: FunctionWordClasses.spanish.possessives,
        subjectPronouns: FunctionWords.set("él ella ellos ellas"),
        genitive: "de",
        comitative: "con",
        objectMarkers: FunctionWords.set("a"),
        relativeQuantifiers: FunctionWords.set("ambos ambas todos todas cada"),
        negations: FunctionWords.set("no nunca jamás tampoco ni sin ningún ninguna"),
        modals: FunctionWords.set("""
            podría podrían podria podrian pudiera pudieran puede pueden podrá podrán debería deberían deberia deberian
            habría habrían habria habrian
            eventual eventuales posible posibles hipotético hipotética
            """),
        plans: FunctionWords.set("""
            proyecto proyectos plan planes prevé prevén previsto prevista previstos previstas planea planean planeó
            planearon planeaba planificó planificaron propuesto propuesta contempla contemplan
            sospechoso sospechosa sospechosos sospechosas sospechado sospechada sospechados sospechadas presunto
            presunta presuntos presuntas presuntamente supuesto supuesta supuestos supuestas supuestamente
            """),
        failures: FunctionWords.set("fracasó fracasaron fracasa negativa"),
        conditionals: FunctionWords.set("si salvo"),
        conditionalNouns: FunctionWords.set("caso"),
        purposes: FunctionWords.set("para"),
        possibilities: FunctionWords.set("descarta descartada descartado descartan"),
        passiveAuxiliaries: FunctionWords.set("ser sido es son era eran fue fueron será serán sería serían sea sean siendo fuera fueran"),
        exampleMarkers: FunctionWords.set("""
            entre ellos ellas incluidos incluidas incluido incluida incluyendo como tales en particular especialmente
            """),
        occasions: FunctionWords.set("en durante tras después luego antes"),
        phaseNouns: FunctionWords.set("término final fin transcurso margen márgenes conclusión cierre"),
        rejectedDeeds: FunctionWords.set("declaraciones dichos palabras expresiones afirmaciones actividad actividades comportamiento conducta injerencia injerencias provocación provocaciones"),
        inversionOpeners: FunctionWords.set("como"),
        mediumNouns: FunctionWords.set("teléfono telefono videoconferencia videollamada teleconferencia"),
        representationVerbs: FunctionWords.set("representado representada representados representadas"),
        speakerPronouns: FunctionWords.set("nosotros nosotras yo"),
        singularIndefinites: FunctionWords.set("un una"),
        enactingParticiples: FunctionWords.set("""
            aprobado aprobada aprobados aprobadas adoptado adoptada adoptados adoptadas decidido decidida decididos
            decididas votado votada votados votadas ordenado ordenada ordenados ordenadas impuesto impuesta impuestos
            impuestas decretado decretada decretados decretadas coordinado coordinada coordinados coordinadas ejercido
            ejercida ejercidos ejercidas
            """),
        measureNouns: FunctionWords.set("""
            paquete paquetes ronda rondas serie series batería baterías tanda tandas oleada oleadas ola olas conjunto ciclo
            decenas cientos centenares miles millares
            veintena veintenas decena docena docenas treintena centenar grupo grupos puñado
            """),
        envoyNouns: FunctionWords.set("""
            embajador embajadora embajadores embajadoras encargado encargada encargados diplomático diplomática
            diplomáticos emisario emisarios enviado enviada enviados cónsul cónsules vicecónsul personal
            """),
        attributions: FunctionWords.set("""
            atribuido atribuida atribuidos atribuidas imputado imputada imputados imputadas atribuye atribuyen atribuyó
            atribuyeron atribuía atribuían imputa imputan imputó imputaron
            """),
        attributionMarkers: FunctionWords.set("a"),
        degreeAdverbs: FunctionWords.set("totalmente absolutamente completamente enteramente simplemente siempre también todavía más muy"),
        intensifyingAdjectives: FunctionWords.set("profunda profundas profundo seria serias serio grave graves fuerte fuertes gran enorme honda hondo definitiva definitivo inmediata inmediato temporal total unilateral unilaterales completa completo formal"),
        judgingParticiples: FunctionWords.set("""
            calificado calificada calificados calificadas considerado considerada considerados consideradas descrito
            descrita descritos descritas tachado tachada tachados tachadas juzgado juzgada juzgados juzgadas
            """),
        relativeOpeners: FunctionWords.set("que quien quienes cual cuales cuyo cuya cuyos cuyas donde"),
        prepositionalSupportVerbs: FunctionWords.set("procedió procedieron procede proceden proceder procederá procederán procedido"),
        responseVerbs: FunctionWords.set("""
            respondió respondieron responde responden responder respondido responderá responderán replicó replicaron
            replica replicado contraatacó contraatacaron
            """),
        responseMarkers: FunctionWords.set("con"),
        releaseNouns: FunctionWords.set("liberación liberaciones excarcelación"),
        verbFormAdjectives: FunctionWords.set("nuclear conjunta conjunto conjuntas conjuntos próxima próximo próximas próximos"),
        prepositionalNouns: FunctionWords.set("largo"),
        counteringVerbs: FunctionWords.set("""
            impedir impide impiden impidió impidieron impedirá repeler repele repelen repelió repelieron frustrar frustra
            frustró frustraron revertir revierte revierten revirtió contrarrestar contrarresta contrarrestó
            """),
        judgingVerbs: FunctionWords.set("""
            califica califican calificó calificaron calificar calificaba calificaban calificará considera consideran
            consideró consideraron considerar consideraba consideraban describe describen describió describieron
            describir tacha tachan tachó tacharon tachar
            """),
        reasonMarkers: FunctionWords.set("por ante"),
        opposedReasonMarkers: FunctionWords.set("contra"),
        outletMarkers: FunctionWords.set("para"),
        aimPrepositions: FunctionWords.set("contra"),
        circumstanceNouns: FunctionWords.set("margen raíz pesar través respecto miras luz principios comienzos inicios finales fines final término cabo mediados"),
        continuationNouns: FunctionWords.set("mantenimiento prórroga prolongación renovación extensión continuación ampliación"),
        gestureNouns: FunctionWords.set("gesto gestos señal señales muestra muestras paso pasos"),
        homelandNouns: FunctionWords.set("país nación"),
        nounOnlyOpeners: FunctionWords.set("un una unos unas el del este esta estos estas ese esa su sus mi mis nuestro nuestra"),
        gerundEnding: "ndo",
        partNouns: FunctionWords.set("parte"),
        invitationNouns: FunctionWords.set("invitacion"),
        partMarkers: FunctionWords.set("por de"),
        infinitiveMarkers: FunctionWords.set("a de"),
        adversatives: FunctionWords.set("pero sino"),
        scenePrepositions: FunctionWords.set("en"),
        mannerAdverbEnding: "mente",
        prenominalAdjectives: FunctionWords.set("nuevo nueva nuevos nuevas primer primera primero primeros primeras segundo segunda tercer tercera último última últimos últimas próximo próxima próximos próximas breve largo larga importante gran grandes reciente recientes histórico histórica esperado esperada esperados esperadas extenso extensa enérgica enérgico firme rotunda rotundo profunda profundo fuerte total absoluta absoluto plena pleno viva vivo tajante dura duro duras duros severa severo severas formal formales airada airado enérgicas firmes"),
        forumNouns: FunctionWords.set("reunión reuniones cumbre cumbres conferencia conferencias sesión sesiones foro foros"),
        arrivalPeriphrasisMarkers: FunctionWords.set("a"),
        concessiveAdverbs: FunctionWords.set("aun aún incluso"),
        removalNouns: FunctionWords.set("exclusión exclusiones suspensión suspensiones expulsión expulsiones"),
        singularPronouns: FunctionWords.set("él ella"),
        pluralObjectPronouns: FunctionWords.set("los las les"),
        participationVerbs: FunctionWords.set("""
            participa participan participó participaron participará participarán participado participaba participaban
            participando intervienen intervendrán intervinieron
            """),
        futureEndings: ["rá", "rán", "ré", "remos"],
        cardinals: FunctionWords.set("dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince veinte treinta cuarenta cincuenta cien cientos doscientos trescientos quinientos mil"),
        perfectAuxiliaries: FunctionWords.set("he has ha hemos habéis han había habías habíamos habían habrá habrán habría habrían hubiera hubieran haya hayan"),
        participleEndings: ["ado", "ido", "to", "cho"],
        openingParticipleEndings: ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"],
        verbOnlyEndings: ["ó", "aron", "ieron"],
        weighingVerbs: FunctionWords.set("estudia estudian estudiar estudiando evalúa evalúan evaluar evaluando analiza analizan analizar analizando contempla contemplan sopesa sopesan baraja barajan considera consideran"),
        onlyAdverbs: FunctionWords.set("solo sólo solamente únicamente"),
        coAgentMarkers: FunctionWords.set("junto conjuntamente"),
        verbParticleNouns: FunctionWords.set("cabo"),
        dropsSubjects: true,
        occasionVerbs: FunctionWords.set("aprovechó aprovecharon aprovecha aprovechan aprovechar aprovechando aprovechará aprovecharán aprovechaba"),
        joiningVerbs: FunctionWords.set("sumó sumaron suma suman sumará sumarán sumarse sumándose sumado unió unieron une unen unirse uniéndose adhirió adhirieron adhiere adhieren adherirse adhiriéndose adherido"),
        occurrenceNouns: FunctionWords.set("vez"),
        locatedParticiples: FunctionWords.set("ubicado ubicada ubicados ubicadas situado situada situados situadas localizado localizada localizados localizadas"),
        sportReportWords: FunctionWords.set("marcador anotó hinchada"),
        visitingRequests: FunctionWords.set("llamó llama llaman llamaron llamaba llamado llamando"),
        multilateralAdjectives: FunctionWords.set("tripartita tripartito tripartitas trilateral trilaterales cuadripartita cuadripartito"),
        placeRelatives: FunctionWords.set("donde adonde"),
        correlatives: ["tanto": "como"],
        messageNouns: FunctionWords.set("comunicado declaración nota notas carta cartas mensaje mensajes discurso invitación invitaciones memorando misiva"),
        informingVerbs: FunctionWords.set("comunicó comunicado comunica comunican comunicaron informó informado informa informan informaron notificó notificado notifica notifican notificaron"),
        decisionNouns: FunctionWords.set("decisión determinación"),
        policyNouns: FunctionWords.set("decisión decisiones decreto decretos ley leyes política políticas plan planes proyecto proyectos propuesta propuestas medida medidas referendo referéndum"),
        pittingVerbs: FunctionWords.set("enfrentó enfrentaron enfrenta enfrentan enfrentaba enfrentaban enfrentado"),
        motiveNouns: FunctionWords.set("solidaridad protesta"),
        stanceBackingNouns: FunctionWords.set("apoyo respaldo"),
        stanceMarkers: FunctionWords.set("en"),
        endingVerbs: FunctionWords.set("suspender suspende suspenden suspendió suspendieron suspendido suspendida suspendidos suspendidas suspendía suspenderá suspendería cancelar cancela cancelan canceló cancelaron cancelado cancelada cancelados canceladas cancelará congelar congela congelan congeló congelaron congelado congelada congelados congeladas anular anula anulan anuló anularon anulado anulada interrumpir interrumpe interrumpió interrumpieron interrumpido interrumpida terminar termina terminan terminó terminaron terminado terminada revocar revoca revocó revocaron revocado revocada derogar derogó derogado cesar cesa cesó"),
        summoningVerbs: FunctionWords.set("convocar convoca convocan convocó convocaron convocado convocada convocados convocaba convocará citó citaron"),
        namingVerbs: FunctionWords.set("calificó califica califican calificaron calificado calificaba llamó llama llaman denominó denomina describió describe tildó tildaron tilda calificara calificaran calificando calificar consideró considera consideraron consideran estimó"),
        freeRelatives: FunctionWords.set("lo"),
        becomingVerbs: FunctionWords.set("convirtió convirtieron convierte convierten convertido convertida convertirá convertirse"),
        destinationPrepositions: FunctionWords.set("a hacia en"),
        reducingVerbs: FunctionWords.set("reducir reduce reducen redujo redujeron reducido reducida recortar recorta recortan recortó recortaron recortado recortada cortar corta cortan cortó cortaron cortado cortada retirar retira retiran retiró retiraron retirado retirada"),
        endingNouns: FunctionWords.set("fin suspensión cancelación congelación anulación interrupción cese término derogación"),
        callingOffWords: FunctionWords.set("cancelar cancela cancelan canceló cancelaron cancelado cancelada cancelados canceladas cancelará cancelaría suspender suspende suspenden suspendió suspendieron suspendido suspendida suspendidos suspendidas suspenderá suspendería aplazar aplaza aplazó aplazaron aplazado aplazada aplazará posponer pospone pospuso pospusieron pospuesto pospuesta pospondrá anular anuló anulado anulada cancelación suspensión aplazamiento anulación"),
        stayingVerbs: FunctionWords.set("encuentra encuentran encontraba encontraban encontrándose halla hallan hallaba hallaban está están estaba estaban estuvo estuvieron estando permanece permanecen permanecía"),
        condemningPredicates: FunctionWords.set("nazi nazis fascista fascistas dictador dictadora tirano tirana traidor traidora terrorista terroristas corrupto corrupta corruptos criminal criminales genocida genocidas ladrón mentiroso mentirosa cobarde inaceptable inaceptables ilegal ilegales provocación irresponsable irresponsables injustificado injustificada injustificable inamistoso inamistosa hostil intolerable inadmisible infundado infundada infundadas violación lamentable deplorable agresión injerencia precipitada precipitado precipitadas precipitados arbitraria arbitrario arbitrarias arbitrarios absurda absurdo injusta injusto injustas injustos amenaza amenazas insulto ofensa error errores equivocación crimen crímenes atrocidades"),
        culpabilityPredicates: FunctionWords.set("responsable responsables culpable culpables"),
        praisingPredicates: FunctionWords.set("amigo amiga amigos amigas hermano hermana hermanos héroe héroes visionario estadista artífice líder paladín"),
        judgmentVerbs: FunctionWords.set("estimó estima estiman juzgó juzga respondió responde opinó cree creen"),
        decidingVerbs: FunctionWords.set("tomó tomado tomaron toma toman tomar adoptó adoptado adoptaron"),
        leadingParticiples: FunctionWords.set("encabezado encabezada encabezados encabezadas liderado liderada liderados lideradas dirigido dirigida dirigidos dirigidas presidido presidida presididos presididas"),
        memberParticiples: FunctionWords.set("integrado integrada integrados integradas compuesto compuesta compuestos compuestas formado formada formados formadas conformado conformada conformados conformadas"),
        inciseWords: FunctionWords.set("también ya además nuevamente de nuevo una vez más otra finalmente este esta el formalmente oficialmente primero luego después recientemente"),
        subordinatingNouns: FunctionWords.set("tiempo vez medida momento"),
        sportWords: FunctionWords.set("""
            torneo semifinal semifinales campeones campeonato estadio futbolista futbolistas goleador delantero
            seleccionador eliminatoria eliminatorias clasificatorias gol goles mundialista
            goleada goleó golearon arquero penalti entrenador cancha amistoso delanteros mediocampista hinchas
            octavos finalistas semifinalistas penales portero medalla medallas medallista medallistas atletas atletismo invicto
            invictos
            """),
        enteringVerbs: FunctionWords.set("entraron entró entran entrar ingresaron ingresó ingresan ingresar penetraron penetró cruzaron cruzó incursionaron"),
        borderNouns: FunctionWords.set("frontera fronteras territorio espacio aguas"),
        amountNouns: FunctionWords.set("millón millones billón billones dólares dólar euros euro pesos libras yuanes toneladas"),
        invertingRelatives: FunctionWords.set("que"),
        obligationModals: FunctionWords.set("debe deben debía debían debería deberían deberá deberán tiene tienen tenía tenían tendrá tendrán tendría tendrían"),
        dutyVerbs: FunctionWords.set("tiene tienen tenía tenían tendrá tendrán tendría tendrían"),
        agoVerbs: FunctionWords.set("hace hacía"),
        enteringPrepositions: FunctionWords.set("en a"),
        militaryNouns: FunctionWords.set("tropas soldados fuerzas ejército ejércitos militares tanques unidades contingente contingentes batallones efectivos policías guardias"),
        reciprocalMarkers: [["mutuamente"], ["reciprocamente"], ["entre", "si"]],
        distributiveMarkers: [["cada", "uno"], ["cada", "una"]],
        mannerNouns: FunctionWords.set("auspicio auspicios ayuda apoyo respaldo mediación participación presencia patrocinio bendición"),
        itineraryNouns: FunctionWords.set("agenda programa itinerario"),
        objectRelatives: FunctionWords.set("que"),
        opposingNouns: FunctionWords.set("opositor opositora opositores adversario adversarios enemigo enemigos rival rivales detractor detractores disidente disidentes crítico críticos"),
        aimingVerbs: FunctionWords.set("apuntan apunta apuntando dirigidas dirigidos dirigida dirigido afectan afecta afectando"),
        wishes: FunctionWords.set("""
            espera esperan esperaba esperaban espero esperamos desea desean deseaba deseaban deseo quiere quieren quería
            querían quiero ojalá pretende pretenden pretendía pretendían necesidad necesidades aboga abogan abogaba abogó
            preconiza preconizan preconizó busca buscan buscaba buscaban buscó buscaron buscando
            """),
        performatives: FunctionWords.set("felicitar agradecer saludar expresar trasladar manifestar rendir"),
        mediationNouns: FunctionWords.set("mediación auspicio auspicios intermediación"),
        mediationVerbs: FunctionWords.set("mediado mediada auspiciado auspiciada patrocinado patrocinada medió mediaron auspició patrocinó"),
        appeals: ArgumentFrame("source=modifier|poss|de|subject target=ante"),
        complementizers: FunctionWords.set("que"),
        authorGenitiveNouns: FunctionWords.set("agresión agresiones incursión incursiones provocación provocaciones injerencia injerencias intromisión"),
        consideringVerbs: FunctionWords.set("considera consideran consideró consideraron considerado considerar ve ven veía vio calificó califica calificado define definió describe describió tiene tienen"),
        warningVerbs: FunctionWords.set("advirtió advierte advierten advirtieron advertido advertía advertir alertó alerta alertaron"),
        responseNouns: FunctionWords.set("medidas respuesta represalias contramedidas"),
        adverbialNouns: FunctionWords.set("audiencia"),
        goodsNouns: FunctionWords.set("productos mercancías mercaderías exportaciones importaciones exportación importación venta ventas envíos suministro suministros bienes acero aluminio autos automóviles vehículos"),
        originPrepositions: FunctionWords.set(""),
        originParticiples: FunctionWords.set("procedentes provenientes originarios originarias importados importadas exportados exportadas"),
        roleNouns: FunctionWords.set("papel rol función"),
        capacityMarkers: FunctionWords.set("como"),
        sanctionAnaphors: spanishSanctionAnaphors,
        accusationAnaphors: spanishAccusationAnaphors,
        purposeMarkers: FunctionWords.set("para"),
        causeMarkers: FunctionWords.set("tras"),
        predicatingVerbs: FunctionWords.set("""
            constituye constituyen constituía constituían constituyó constituiría representa representan representaba supone
            supuso suponía cometió cometido cometieron comete cometen cometía
            """),
        heldOffices: FunctionWords.set("presidencia cargo cargos escaño escaños asiento lugar sillón vicepresidencia secretaría"),
        endeavourNouns: FunctionWords.set("esfuerzo esfuerzos intento intentos tentativa gestión gestiones decisión iniciativa campaña"),
        memberNouns: FunctionWords.set("países estados miembros naciones"),
        genitiveForms: FunctionWords.set("de del"))
}
