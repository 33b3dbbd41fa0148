extension TriggerLexicon {
    /// The Spanish rows of the trigger table (`TriggerLexicon.table` names the columns).
    static let spanishRows = """
        es | AGREE | verb | firmo, firmaron, firmar, firmado, firmada, firman, firmara, firmaran, firmados, firmadas, firmando, firmamos, acord*, ratific*, pact*, compromet*, prometi*, promet*, acept*, convin*, suscrib*, rubric*, ofrec* a, lleg* a acuerdo*, lleg* a entendimiento*
        es | AGREE | noun | acuerdo*, tratado*, pacto*, convenio*, firma*, compromiso*, promesa*, memorando*, memorandum*, armisticio*, declaracion conjunta, comunicado conjunto
        es | CONSULT | verb | reun*, entrevist*, conversaron, converso con, conversa con, conversar, dialog*, negocia*, negocie*, negocio con, consult*, telefone*, habl* con, habl* por telefono, mantuv* contacto*, mantien* contacto*, departi*, platic* con, se encontr* con, intercambi* opiniones, intercambi* puntos de vista
        es | CONSULT | verb | mediar, median, media entre, mediaron, mediara, mediaran, mediando, mediaba, mediaban | source=subject target=entre|con|object together
        es | CONSULT | verb | fue recibid*, fueron recibid*, sido recibid*, es recibid*, son recibid*, sera recibid*, seran recibid*, fue acogid*, fueron acogid*, sido acogid* | source=object target=subject|en places
        es | CONSULT | verb | recibio, recibe, recibira, recibieron, recibido, recibida, recibidos, recibidas, recibia, recibian, acogio, acoge, acogieron, acogera, acogido, acogida, acogidos, acogidas, dio la bienvenida, dieron la bienvenida, da la bienvenida, dan la bienvenida, dara la bienvenida | source=object|a|subject target=subject|entre
        es | CONSULT | verb | recib* llamada*, recib* visita*, recib* delegacion*, recib* emisari*, recib* enviad*, recib* carta*, recib* mensaje* | source=de|desde|object target=subject
        es | CONSULT | noun | reunion*, entrevista*, conversacion*, dialogo*, negociacion*, cumbre*, llamada*, contacto*, consulta*, encuentro*, videoconferencia*, conferencia* de paz, conferencia* de prensa conjunta*, rueda* de prensa conjunta*, comparecencia* conjunta*, mediador*, mediadora*
        es | CONSULT | noun | mediacion*, mediador*, mediadora*, buenos oficios | source=modifier|poss|de|subject target=entre|con|a together
        es | CONSULT | noun | ofensiva* diplomatica*
        es | CONSULT | verb | estrech* la mano, estrecho la mano | source=subject target=de|a|con|object
        es | CONSULT | visit | visit*, viaj*, gira*, escala, escalas, arrib* a, se desplaz* a, se traslad* a, llegada*, aterriz* en
        es | SUPPORT | verb | apoy*, respald*, defend*, reconoc*, elogi*, solidari*, aplaud*, felicit*, alab*, encomi*, agradec*, agradezc*, reconozc*, avala*, avalo, cerr* filas, cierr* filas, saludaron, rindi* homenaje, rind* homenaje, manifest* apoyo, manifest* solidaridad, manifiest* apoyo, manifiest* solidaridad, prest* apoyo, condecor*
        es | SUPPORT | reciprocal | restablec* relaciones, restablezc* relaciones, restabl* relaciones, normaliz* relaciones, restablec* lazos, reanud* relaciones, reanudacion* relaciones, establec* relaciones diplomaticas, mejor* relaciones, acercamiento*, reconcili*, deshielo*
        es | SUPPORT | verb | reabr* embajada*, reapertura* embajada* | source=subject target=en|object places
        es | SUPPORT | noun | apoyo*, respaldo*, solidaridad*, reconocimiento*, aval, visto bueno, elogio*, agradecimiento*, encomio*, felicitacion*, condecoracion*
        es | CONCEDE | verb | disculp*, indult*, levant* sancion*, conced*, levant* embargo*, levant* bloqueo*, levant* restriccion*, alivi* sancion*, flexibiliz* sancion*, flexibiliz* restriccion*, suaviz* sancion*, retir* sancion*, suspend* sancion*, cedio, cedieron, ceder, perdon*, pid* perdon, pidio perdon, marcha atras, descongel*
        es | CONCEDE | noun | alto el fuego, cese al fuego, cese el fuego, cese del fuego, tregua*, disculpa*, concesion*, amnistia*, levantamiento* sancion*, levantamiento* embargo*, desescalada*, gesto* de buena voluntad, perdon, descongelacion*, descongelamiento*, indulto*
        es | COOPERATE | verb | cooper*, colabor*, aliad*, aliarse, alio, aliaron, se alian, un* fuerzas, unieron fuerzas, trabaj* juntos, trabaj* conjuntamente, coordinaron, coordino, coordinar, coordinan, compart* inteligencia, vend* armas, vendi* armas
        es | COOPERATE | verb | extradi* | source=subject target=a|hacia|iobj
        es | COOPERATE | noun | cooperacion*, colaboracion*, alianza*, aliado, aliados, aliada, aliadas, socio, socios, socia, socias, lazos militares, ejercicio* conjunto*, ejercicio* militar* conjunto*, ejercicio* naval* conjunto*, maniobra* conjunta*, maniobra* naval* conjunta*, maniobra* militar* conjunta*, patrulla* conjunta*, operacion* conjunta*, operacion* militar* conjunta*, coordinacion*, asociacion estrategica, socio* estrategico*, intercambio* de inteligencia, venta* de armas
        es | COOPERATE | noun | extradicion* | source=modifier|poss|de|subject target=a|hacia
        es | AID | verb | ayud*, suministr*, financia*, financio, provee, proveen, proveyo, dono, donaron, donado, donar, otorg* ayuda*, otorg* asilo, otorg* credito*, otorg* prestamo*, conced* asilo, conced* ayuda*, conced* credito*, conced* prestamo*, prest* ayuda
        es | AID | verb | envi* armas, envi* tanques, envi* ayuda, envi* armamento, entreg* armas, entreg* armamento, entreg* ayuda, envi* cascos azules, despleg* cascos azules, desplieg* cascos azules
        es | AID | noun | ayuda*, asistencia*, suministro*, donacion*, asilo, prestamo*, apoyo militar, apoyo financiero, apoyo economico, respaldo financiero, rescate financiero, paquete* de rescate, linea* de credito
        es | AID | receive | obtuv*, obten*, adquir*, compro, compraron, comprar, recib* ayuda*, recibi* ayuda*, recib* armas, recibi* armas, recib* asistencia, recibi* asistencia, recib* prestamo*, recibi* prestamo*
        es | RETREAT | verb | retir*, liberaron, liberar, liberado, liberada, liberados, liberadas, libero, libera, liberan, liberara, liberaran, liberen, liberando, evacu*, dimit*, repleg*, replieg*, excarcel*, pus* en libertad, pon* en libertad, dej* en libertad, desarm*, desmoviliz*, desmilitariz*, se rindi*, se rinden, abr* frontera*, reabr* frontera*, permit* acceso, renunci*
        es | RETREAT | reciprocal | intercambi* prisioneros, canje* de prisioneros, intercambio* de prisioneros
        es | RETREAT | noun | retirada*, retiro*, liberacion*, evacuacion*, dimision*, rendicion*, reapertura* frontera*, desarme*, desmovilizacion*, desmilitarizacion*, renuncia*, excarcelacion*, cesion*
        es | REQUEST | verb | pid*, pedir, pedido, pedia, pedian, exig*, reclam*, insto, instaron, instan, insta, llam* a, solicit*, demand*, presion*, exhort*, urgio, urgieron, emplaz*, conmin*, apel* a, invit*
        es | REQUEST | decree | ordeno, ordenaron, ordena, ordenan, ordenar, decretaron, decreta, decretan, decretar
        es | REQUEST | verb | ejerc* presion, ejerce* presion, hac* presion, hiz* presion, hic* presion | source=subject target=sobre|a|object|iobj
        es | REQUEST | noun | peticion*, exigencia*, llamamiento*, solicitud*, demanda*, ultimatum*, presion*, llamado a, exhortacion*, emplazamiento*, invitacion*
        es | ACCUSE | verb | acus*, conden*, critic*, denunci*, reproch*, advirt*, advert*, protest*, investig*, convoc* embajador*, cit* embajador*, cit* embajadora*, cit* encargad*, convoc* encargad*, responsabiliz*, tach* de
        es | ACCUSE | verb | convoca, convocan, convocó, convocaron, convocar, convocará, convocarán, convocaba, convocaban, convocado, convocada, convocados, convocadas, convocando, citó, citaron, citar, citará, citaba | source=subject target=object|a envoys
        es | ACCUSE | verb | fue convocad*, fueron convocad*, sido convocad*, será convocad*, es convocad*, fue citad*, fueron citad*, sido citad*, será citad*, es citad* | source=subject|a|host target=object envoys passive
        es | ACCUSE | verb | critico con, critica con, criticos con, criticas con, expres* su preocupacion, mostr* su preocupacion, manifest* su preocupacion, expres* preocupacion, mostr* preocupacion, manifest* preocupacion | source=subject target=con|por|ante|sobre|object
        es | ACCUSE | verb | arremet* contra, cuestiono, cuestionaron, cuestiona, cuestionan, cuestionar, censur*, reprob*, repudi*, recrimin*, fustig*, tild* de, culpo, culparon, culpa a, culpan, culpar, increp*, amonest*, desaprob*, deplor*, imput*, quej*, demand* ante
        es | ACCUSE | verb | dio la voz de alarma, dieron la voz de alarma, encend* las alarmas | source=subject target=sobre|por|object
        es | ACCUSE | verb | calific* de inaceptable*, calific* como inaceptable*, calific* de inadmisible*, calific* como inadmisible*, calific* de intolerable*, calific* de injustificable*, calific* como injustificable*, calific* de injerencia*, consider* inaceptable*, consider* inadmisible* | source=subject target=object|a
        es | ACCUSE | verb | decepcionado con, decepcionada con, decepcionados con, decepcionado por, decepcionada por, decepcionados por | source=object|subject target=con|por
        es | ACCUSE | noun | acusacion*, condena*, critica*, denuncia*, protesta*, advertencia*, investigacion*, critico, critica, senalamiento*, censura*, reprobacion*, repudio*, recriminacion*, amonestacion*, desaprobacion*, imputacion*, queja*, reproche*, ataque* verbal*, guerra de palabras
        es | ACCUSE | noun | nota* de protesta*, nota* diplomatica* de protesta*, nota* verbal* de protesta* | source=modifier|poss|de|subject target=a|ante|contra
        es | REJECT | verb | rechaz*, opon*, opus*, veto, vetaron, vetar, vetado, vetan, cancel*, anul*, descart*, desestim*, desconocio, desconocieron, desconocer, desair*, rehus*, deneg*, levant* de la mesa, prohib* la entrada, prohib* el ingreso, neg* la entrada, neg* el ingreso, deneg* la entrada, deneg* el ingreso, impid* la entrada, impidi* la entrada
        es | REJECT | verb | bloque* adopcion, bloque* la adopcion, impid* adopcion, impid* la adopcion, imped* adopcion, imped* la adopcion | source=subject target=de|object
        es | REJECT | noun | rechazo*, veto*, oposicion*, nulo, nula, desaire*, negativa*, prohibicion* de entrada
        es | REJECT | deny | nego, negaron, niega, niegan, negar, negado, negando, negaba, desment*, desminti*, desmient*, refut*
        es | THREATEN | verb | amenaz*, intimid*, chantaj*, promet* represalias, prometi* represalias
        es | THREATEN | noun | amenaza*, ultimatum*, intimidacion*, ruido de sables, chantaje*
        es | PROTEST | verb | manifest* contra, manifest* frente a, march* contra, boicote*, se manifest*, manifestarse, manifest* frente al, manifest* ante, manifiest* contra, manifiest* frente a, manifiest* frente al, manifiest* ante, se manifiest*
        es | PROTEST | noun | manifestante*, manifestacion*, huelga*, boicot*, disturbio*, cacerolazo*, piquete*
        es | SANCTION | verb | sancion*, romp*, rompi*, suspend*, congel*, aisl*, prohib*
        es | SANCTION | verb | expuls* | source=subject|de target=object|iobj|a
        es | SANCTION | verb | declar* persona* non grata*, declar* persona* no grata*, declar* _ persona* non grata*, declar* _ persona* no grata*, declar* como persona* non grata*, declar* como persona* no grata*, persona* non grata*, persona* no grata* | source=subject target=object|a|iobj
        es | SANCTION | reciprocal | romp* relacion*, rompi* relacion*, romp* lazos, rompi* lazos, romp* vinculos, rompi* vinculos, cort* relaciones, cort* lazos, cort* vinculos
        es | SANCTION | verb | llam* a consultas, llam* a consulta, retir* embajador*, cerr* embajada*, cierr* embajada*, cierre* de embajada* | source=subject target=de|en|a|ante|object places
        es | SANCTION | verb | cort* ayuda*, cort* suministro*
        es | SANCTION | noun | sancion*, embargo*, ruptura*, suspension*, restriccion*, negacion* venta* arma*, prohibicion*, arancel*, lista negra, contramedida*, medida* restrictiva*, medida* punitiva*, guerra comercial
        es | SANCTION | noun | ruptura* de relaciones, ruptura* de lazos, ruptura* de vinculos, ruptura* diplomatica* | source=modifier|poss|de|subject target=con|entre mutual
        es | SANCTION | noun | salida* del pais, salida* de su territorio | source=modifier|poss|subject target=de
        es | SANCTION | noun | expulsion* | source=modifier|poss|por|subject|en target=de
        es | MOBILIZE | verb | moviliz*, despleg*, desplieg*, concentr* tropa*, envi* tropas, envi* soldados, envi* militares, envi* efectivos, envi* buques, envi* refuerzos, destac* tropas, destac* efectivos, reforz* frontera*, refuerz* frontera*, militariz*, patrull*, acumul* tropa*
        es | MOBILIZE | verb | aument* numero de tropa*, aument* numero de soldados, aument* presencia militar, increment* presencia militar, reforz* presencia militar, refuerz* presencia militar | source=subject target=contra|hacia|a|cerca|largo|en places
        es | MOBILIZE | noun | movilizacion*, despliegue*, maniobra*, alerta*, ejercicio* militar*, envio* de tropas, concentracion* de tropa*, demostracion* de fuerza, militarizacion*
        es | COERCE | verb | bloquea*, bloqueen, ocup*, deten*, arrest*, deport*, incaut*, obligo, obligaron, obliga a, obligan a, obligar a, nacionaliz*, anex*, captur*, confisc*, decomis*, expropi*, encarcel*, aprision*, apreso, apresaron, apresado*, intercept*, asedi*, cerr* frontera*, cierr* frontera*, detuv*, retuv*, retenido*, retenida*
        es | COERCE | noun | bloqueo*, ocupacion*, detencion*, arresto*, deportacion*, orden* de arresto, allanamiento*, ciberataque*, cierre* de frontera*, anexion*, captura*, confiscacion*, decomiso*, expropiacion*, encarcelamiento*, asedio*
        es | ASSAULT | verb | atac*, bombarde*, invad*, agred*, mato, mataron, asesin*, disparo*, dispara*, disparen, ametrall*, canone*, abri* fuego, abr* fuego, lanz* misil*, lanz* cohete*, asalt*, masacr*, secuestr*, tom* rehen*, derrib* avion*, derrib* aeronave*, derrib* dron*, derrib* helicoptero*, derrib* caza*, derrib* misil*, luch* contra, conquist*, hostig*
        es | ASSAULT | reciprocal | enfrent*, combati*, chocar*, choca*, intercambi* disparos, intercambi* fuego, hostilidades, combate*, escaramuza*, guerra* con
        es | ASSAULT | noun | ataque*, atentado*, bombardeo*, invasion*, agresion*, ofensiva*, guerra* de agresion, guerra* contra, toma* de rehen*, contraofensiva*, contraataque*, operacion* militar*, intervencion* militar*, represalia* militar*, derribo*, ametrallamiento*, asalto*, masacre*, asesinato*, secuestro*, hostigamiento*, saqueo*, toma* por asalto
        """
}
