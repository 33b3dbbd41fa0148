extension TitleLexicon {
    /// Spanish titles and functions, keyed by their English role (`TitleLexicon.tablesByLanguage`).
    static let spanishTitles = LexiconTable("TitleLexicon.es", """
counterpart|homólogo; homóloga; contraparte; par
president|presidente; presidenta
vice president|vicepresidente; vicepresidenta; vice presidente; vice presidenta
president-elect|presidente electo; presidenta electa
interim president|presidente interino; presidenta interina; presidente encargado; presidenta encargada; presidente en funciones; presidenta en funciones
prime minister|primer ministro; primera ministra; presidente del Gobierno; presidenta del Gobierno; premier
deputy prime minister|viceprimer ministro; viceprimera ministra; vice primer ministro; vice primera ministra; vicepresidente del Gobierno; vicepresidenta del Gobierno
head of state|jefe de Estado; jefa de Estado; jefe del Estado; jefa del Estado; mandatario; mandataria
head of government|jefe de Gobierno; jefa de Gobierno; jefe del Gobierno; jefa del Gobierno; jefe del Ejecutivo; jefa del Ejecutivo
chancellor|canciller federal
foreign minister|canciller; ministro de Asuntos Exteriores; ministra de Asuntos Exteriores; ministro de Exteriores; ministra de Exteriores; ministro de Relaciones Exteriores; ministra de Relaciones Exteriores; ministro del Exterior; ministra del Exterior; jefe de la diplomacia; jefa de la diplomacia; titular de Exteriores; ministro de Asuntos Exteriores, Unión Europea y Cooperación; ministra de Asuntos Exteriores, Unión Europea y Cooperación; ministro de Asuntos Exteriores y de Cooperación; ministra de Asuntos Exteriores y de Cooperación; ministro de Asuntos Exteriores y Cooperación; ministra de Asuntos Exteriores y Cooperación
deputy foreign minister|vicecanciller; viceministro de Exteriores; viceministra de Exteriores; viceministro de Relaciones Exteriores; viceministra de Relaciones Exteriores; viceministro de Asuntos Exteriores; viceministra de Asuntos Exteriores; viceministro; viceministra
deputy minister|subsecretario; subsecretaria
defense minister|ministro de Defensa; ministra de Defensa; secretario de Defensa; secretaria de Defensa; secretario de Guerra; titular de Defensa
interior minister|ministro del Interior; ministra del Interior; ministro de Interior; ministra de Interior
finance minister|ministro de Finanzas; ministra de Finanzas; ministro de Hacienda; ministra de Hacienda; secretario del Tesoro; secretaria del Tesoro
economy minister|ministro de Economía; ministra de Economía
trade minister|ministro de Comercio; ministra de Comercio; secretario de Comercio; secretaria de Comercio; representante comercial
energy minister|ministro de Energía; ministra de Energía; ministro de Petróleo; ministro del Petróleo; ministra de Petróleo; secretario de Energía
justice minister|ministro de Justicia; ministra de Justicia
health minister|ministro de Sanidad; ministra de Sanidad; ministro de Salud; ministra de Salud
development minister|ministro de Desarrollo; ministra de Desarrollo; ministro de Cooperación; ministra de Cooperación
education minister|ministro de Educación; ministra de Educación
agriculture minister|ministro de Agricultura; ministra de Agricultura
environment minister|ministro de Ambiente; ministra de Ambiente; ministro del Ambiente; ministra del Ambiente; ministro de Medio Ambiente; ministra de Medio Ambiente
transport minister|ministro de Transporte; ministra de Transporte; ministro de Transportes; ministra de Transportes
information minister|ministro de Información; ministra de Información; ministro de Comunicación; ministra de Comunicación
labour minister|ministro de Trabajo; ministra de Trabajo
tourism minister|ministro de Turismo; ministra de Turismo
security minister|ministro de Seguridad; ministra de Seguridad; ministro de Seguridad Pública; ministra de Seguridad Pública
immigration minister|ministro de Migración; ministra de Migración
minister|ministro; ministra
secretary of state|secretario de Estado; secretaria de Estado
national security adviser|asesor de Seguridad Nacional; asesora de Seguridad Nacional; consejero de Seguridad Nacional; consejera de Seguridad Nacional
adviser|asesor; asesora; consejero; consejera
secretary-general|secretario general; secretaria general
high representative|alto representante; alta representante
commissioner|comisario; comisaria; alto comisionado; alta comisionada
director-general|director general; directora general
director|director; directora
ambassador|embajador; embajadora
charge d'affaires|encargado de negocios; encargada de negocios
permanent representative|representante permanente
representative|representante
envoy|enviado; enviada; enviado especial; enviada especial; emisario; emisaria
diplomat|diplomático; diplomática; primer secretario; primera secretaria; segundo secretario; segunda secretaria; consejero de embajada; agregado militar; agregado de defensa
consul|cónsul; cónsul general
negotiator|negociador; negociadora; negociador jefe; negociadora jefa
spokesperson|portavoz; vocero; vocera
king|rey
queen|reina
monarch|monarca; soberano; soberana
emir|emir
ruler|gobernante
royal|miembro de la familia real
sultan|sultán
crown prince|príncipe heredero
prince|príncipe
supreme leader|líder supremo; guía supremo
pope|papa; pontífice; sumo pontífice
judge|juez; jueza
prosecutor|fiscal general; fiscal jefe; fiscala
general|general; general de brigada; general de división
admiral|almirante
commodore|comodoro; contraalmirante; vicealmirante
colonel|coronel; coronela; teniente coronel
captain|capitán; capitana
marshal|mariscal
brigadier|brigadier
commander|comandante; jefe militar
commander-in-chief|comandante en jefe
army chief|jefe del Ejército; jefe del Estado Mayor; jefe del Estado Mayor Conjunto; jefe de las Fuerzas Armadas
chief of staff|jefe de gabinete; jefa de gabinete
speaker|presidente del Congreso; presidenta del Congreso; presidente de la Cámara de Representantes; presidenta de la Cámara de Representantes; presidente del Parlamento; presidenta del Parlamento; presidente de la Asamblea Nacional; presidenta de la Asamblea Nacional
senator|senador; senadora
lawmaker|diputado; diputada; legislador; legisladora; parlamentario; parlamentaria; congresista; eurodiputado; eurodiputada
mayor|alcalde; alcaldesa
governor|gobernador; gobernadora
leader|líder; lideresa; dirigente; jefe; jefa
opposition leader|líder opositor; líder opositora; líder de la oposición; jefe de la oposición; jefa de la oposición; opositor; opositora
politician|político
official|funcionario; funcionaria; alto funcionario; alta funcionaria; alto cargo; responsable
dictator|dictador; dictadora
""", columns: 2...2)
}
