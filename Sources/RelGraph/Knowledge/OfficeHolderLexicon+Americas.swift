extension OfficeHolderLexicon {
    /// `full name | aliases | affiliation | role |`
    static let americas = """
Vere Bird|Vere Cornwall Bird; V. C. Bird|ATG|prime minister|
Lester Bird||ATG|prime minister|
Baldwin Spencer|Winston Baldwin Spencer|ATG|prime minister|
Gaston Browne||ATG|prime minister|
Charles Fernandez|Max Fernandez; Charles Max Fernandez|ATG|foreign minister|
Chet Greene|E. P. Chet Greene; E.P. Chet Greene|ATG|foreign minister|
Fernando de la Rúa|Fernando de la Rua; De la Rúa; De la Rua|ARG|president|
Ramón Puerta|Ramon Puerta|ARG|president|
Adolfo Rodríguez Saá|Adolfo Rodriguez Saa; Rodríguez Saá|ARG|president|
Eduardo Camaño|Eduardo Camano|ARG|president|
Eduardo Duhalde||ARG|president|
Alberto Fernández|Alberto Fernandez|ARG|president|
Carlos Ruckauf||ARG|vice president|
Carlos Álvarez|Chacho Álvarez; Chacho Alvarez; Carlos Chacho Álvarez; Carlos Alvarez|ARG|vice president|
Daniel Scioli||ARG|vice president|
Julio Cobos|Julio César Cobos|ARG|vice president|
Amado Boudou||ARG|vice president|
Gabriela Michetti||ARG|vice president|
Victoria Villarruel||ARG|vice president|
Domingo Cavallo|Domingo Felipe Cavallo|ARG|foreign minister|
Guido di Tella|Guido Di Tella|ARG|foreign minister|
Adalberto Rodríguez Giavarini|Adalberto Rodriguez Giavarini|ARG|foreign minister|
Rafael Bielsa||ARG|foreign minister|
Jorge Taiana||ARG|foreign minister|
Héctor Timerman|Hector Timerman|ARG|foreign minister|
Susana Malcorra||ARG|foreign minister|
Jorge Faurie||ARG|foreign minister|
Felipe Solá|Felipe Sola|ARG|foreign minister|
Santiago Cafiero||ARG|foreign minister|
Diana Mondino||ARG|foreign minister|
Gerardo Werthein||ARG|foreign minister|
Pablo Quirno||ARG|foreign minister|
Oscar Camilión|Óscar Camilión; Oscar Camilion|ARG|defense minister|
Jorge Domínguez|Jorge Dominguez|ARG|defense minister|
Ricardo López Murphy|Ricardo Lopez Murphy|ARG|defense minister|
Horacio Jaunarena||ARG|defense minister|
José Pampuro|Jose Pampuro|ARG|defense minister|
Nilda Garré|Nilda Garre|ARG|defense minister|
Arturo Puricelli||ARG|defense minister|
Agustín Rossi|Agustin Rossi|ARG|defense minister|
Julio Martínez|Julio Martinez|ARG|defense minister|
Oscar Aguad|Óscar Aguad|ARG|defense minister|
Luis Petri||ARG|defense minister|
Carlos Presti|Carlos Alberto Presti|ARG|defense minister|
Lynden Pindling||BHS|prime minister|
Hubert Ingraham||BHS|prime minister|
Perry Christie||BHS|prime minister|
Hubert Minnis||BHS|prime minister|
Philip Davis|Philip Brave Davis; Brave Davis|BHS|prime minister|
Janet Bostwick||BHS|foreign minister|
Fred Mitchell|Frederick Mitchell|BHS|foreign minister|
Brent Symonette||BHS|foreign minister|
Darren Henfield||BHS|foreign minister|
Sandra Mason||BRB|president|
Jeffrey Bostic||BRB|president|
Erskine Sandiford|Lloyd Erskine Sandiford|BRB|prime minister|
Owen Arthur||BRB|prime minister|
David Thompson||BRB|prime minister|
Freundel Stuart||BRB|prime minister|
Mia Mottley|Mia Amor Mottley|BRB|prime minister|
Billie Miller||BRB|foreign minister|
Maxine McClean||BRB|foreign minister|
Jerome Walcott||BRB|foreign minister|
Kerrie Symmonds||BRB|foreign minister|
George Price||BLZ|prime minister|
Manuel Esquivel||BLZ|prime minister|
Said Musa||BLZ|prime minister|
Dean Barrow||BLZ|prime minister|
Johnny Briceño|John Briceño; Johnny Briceno; John Briceno|BLZ|prime minister|
Assad Shoman||BLZ|foreign minister|
Godfrey Smith||BLZ|foreign minister|
Wilfred Elrington||BLZ|foreign minister|
Eamon Courtenay||BLZ|foreign minister|
Jaime Paz Zamora||BOL|president|
Gonzalo Sánchez de Lozada|Gonzalo Sanchez de Lozada; Sánchez de Lozada; Goni|BOL|president|
Hugo Banzer|Hugo Bánzer|BOL|president|
Jorge Quiroga|Tuto Quiroga; Jorge Tuto Quiroga|BOL|president|
Carlos Mesa|Carlos Diego Mesa|BOL|president|
Eduardo Rodríguez Veltzé|Eduardo Rodriguez Veltze|BOL|president|
Jeanine Áñez|Jeanine Anez|BOL|president|
Luis Arce|Lucho Arce; Luis Alberto Arce|BOL|president|
Rodrigo Paz|Rodrigo Paz Pereira|BOL|president|
Víctor Hugo Cárdenas|Victor Hugo Cardenas|BOL|vice president|
Álvaro García Linera|Alvaro Garcia Linera|BOL|vice president|
David Choquehuanca||BOL|vice president|
Edmand Lara||BOL|vice president|
Antonio Araníbar|Antonio Aranibar|BOL|foreign minister|
Javier Murillo de la Rocha||BOL|foreign minister|
Gustavo Fernández Saavedra|Gustavo Fernandez Saavedra|BOL|foreign minister|
Carlos Saavedra Bruno||BOL|foreign minister|
Juan Ignacio Siles||BOL|foreign minister|
Armando Loaiza||BOL|foreign minister|
Fernando Huanacuni|Fernando Huanacuni Mamani|BOL|foreign minister|
Diego Pary||BOL|foreign minister|
Karen Longaric||BOL|foreign minister|
Rogelio Mayta||BOL|foreign minister|
Celinda Sosa||BOL|foreign minister|
Fernando Aramayo||BOL|foreign minister|
José Sarney|Jose Sarney|BRA|president|
Fernando Collor|Fernando Collor de Mello; Collor de Mello|BRA|president|
Itamar Franco||BRA|president|
Marco Maciel||BRA|vice president|
José Alencar|Jose Alencar|BRA|vice president|
Hamilton Mourão|Hamilton Mourao|BRA|vice president|
Geraldo Alckmin||BRA|vice president|
Francisco Rezek||BRA|foreign minister|
Celso Lafer||BRA|foreign minister|
Celso Amorim||BRA|foreign minister|
Luiz Felipe Lampreia||BRA|foreign minister|
Antonio Patriota|Antônio Patriota; Antonio de Aguiar Patriota|BRA|foreign minister|
Luiz Alberto Figueiredo|Luiz Alberto Figueiredo Machado|BRA|foreign minister|
José Serra|Jose Serra|BRA|foreign minister|
Aloysio Nunes|Aloysio Nunes Ferreira|BRA|foreign minister|
Ernesto Araújo|Ernesto Araujo|BRA|foreign minister|
Carlos França|Carlos Franca; Carlos Alberto França|BRA|foreign minister|
Élcio Álvares|Elcio Alvares|BRA|defense minister|
Geraldo Quintão|Geraldo Quintao|BRA|defense minister|
José Viegas Filho|Jose Viegas Filho; José Viegas|BRA|defense minister|
Waldir Pires||BRA|defense minister|
Nelson Jobim||BRA|defense minister|
Jaques Wagner||BRA|defense minister|
Aldo Rebelo||BRA|defense minister|
Raul Jungmann|Raúl Jungmann|BRA|defense minister|
Joaquim Silva e Luna||BRA|defense minister|
Fernando Azevedo e Silva||BRA|defense minister|
Walter Braga Netto|Braga Netto|BRA|defense minister|
Paulo Sérgio Nogueira|Paulo Sergio Nogueira; Paulo Sérgio Nogueira de Oliveira|BRA|defense minister|
José Múcio|Jose Mucio; José Múcio Monteiro|BRA|defense minister|
Brian Mulroney||CAN|prime minister|
Kim Campbell||CAN|prime minister|
Paul Martin||CAN|prime minister|
Joe Clark||CAN|prime minister|
Barbara McDougall||CAN|foreign minister|
Perrin Beatty||CAN|foreign minister|
André Ouellet|Andre Ouellet|CAN|foreign minister|
Lloyd Axworthy||CAN|foreign minister|
John Manley||CAN|foreign minister|
Bill Graham||CAN|foreign minister|
Pierre Pettigrew|Pierre S. Pettigrew|CAN|foreign minister|
Maxime Bernier||CAN|foreign minister|
David Emerson||CAN|foreign minister|
Lawrence Cannon||CAN|foreign minister|
John Baird||CAN|foreign minister|
Stéphane Dion|Stephane Dion|CAN|foreign minister|
Chrystia Freeland||CAN|foreign minister|
François-Philippe Champagne|Francois-Philippe Champagne|CAN|foreign minister|
Marc Garneau||CAN|foreign minister|
Mélanie Joly|Melanie Joly|CAN|foreign minister|
Anita Anand||CAN|foreign minister|
Bill McKnight||CAN|defense minister|
Marcel Masse||CAN|defense minister|
Tom Siddon||CAN|defense minister|
David Collenette||CAN|defense minister|
Doug Young||CAN|defense minister|
Art Eggleton||CAN|defense minister|
John McCallum||CAN|defense minister|
David Pratt||CAN|defense minister|
Gordon O'Connor||CAN|defense minister|
Peter MacKay||CAN|defense minister|
Rob Nicholson||CAN|defense minister|
Jason Kenney||CAN|defense minister|
Harjit Sajjan||CAN|defense minister|
Bill Blair||CAN|defense minister|
David McGuinty||CAN|defense minister|
Augusto Pinochet||CHL|president|
Patricio Aylwin||CHL|president|
Eduardo Frei Ruiz-Tagle|Eduardo Frei Ruiz Tagle|CHL|president|
Ricardo Lagos||CHL|president|
José Antonio Kast|Jose Antonio Kast|CHL|president|
Enrique Silva Cimma||CHL|foreign minister|
Carlos Figueroa|Carlos Figueroa Serrano|CHL|foreign minister|
José Miguel Insulza|Jose Miguel Insulza|CHL|foreign minister|
Juan Gabriel Valdés|Juan Gabriel Valdes|CHL|foreign minister|
Soledad Alvear||CHL|foreign minister|
Ignacio Walker||CHL|foreign minister|
Alejandro Foxley||CHL|foreign minister|
Mariano Fernández|Mariano Fernandez|CHL|foreign minister|
Alfredo Moreno||CHL|foreign minister|
Heraldo Muñoz|Heraldo Munoz|CHL|foreign minister|
Roberto Ampuero||CHL|foreign minister|
Teodoro Ribera||CHL|foreign minister|
Andrés Allamand|Andres Allamand|CHL|foreign minister|
Antonia Urrejola||CHL|foreign minister|
Alberto van Klaveren|Alberto Van Klaveren|CHL|foreign minister|
Virgilio Barco||COL|president|
César Gaviria|Cesar Gaviria|COL|president|
Ernesto Samper||COL|president|
Andrés Pastrana|Andres Pastrana|COL|president|
Iván Duque|Ivan Duque|COL|president|
Humberto de la Calle||COL|vice president|
Carlos Lemos Simmonds||COL|vice president|
Gustavo Bell|Gustavo Bell Lemus|COL|vice president|
Francisco Santos Calderón|Francisco Santos Calderon; Pacho Santos|COL|vice president|
Angelino Garzón|Angelino Garzon|COL|vice president|
Germán Vargas Lleras|German Vargas Lleras|COL|vice president|
Óscar Naranjo|Oscar Naranjo|COL|vice president|
Marta Lucía Ramírez|Marta Lucia Ramirez|COL|vice president|
Francia Márquez|Francia Marquez|COL|vice president|
Luis Fernando Jaramillo||COL|foreign minister|
Noemí Sanín|Noemi Sanin|COL|foreign minister|
Rodrigo Pardo|Rodrigo Pardo García-Peña|COL|foreign minister|
María Emma Mejía|Maria Emma Mejia|COL|foreign minister|
Guillermo Fernández de Soto|Guillermo Fernandez de Soto|COL|foreign minister|
Carolina Barco||COL|foreign minister|
María Consuelo Araújo|Maria Consuelo Araujo|COL|foreign minister|
Fernando Araújo|Fernando Araujo|COL|foreign minister|
Jaime Bermúdez|Jaime Bermudez|COL|foreign minister|
María Ángela Holguín|Maria Angela Holguin|COL|foreign minister|
Carlos Holmes Trujillo||COL|foreign minister|
Claudia Blum||COL|foreign minister|
Álvaro Leyva|Alvaro Leyva|COL|foreign minister|
Luis Gilberto Murillo||COL|foreign minister|
Laura Sarabia||COL|foreign minister|
Rosa Villavicencio|Rosa Yolanda Villavicencio|COL|foreign minister|
Rafael Pardo|Rafael Pardo Rueda|COL|defense minister|
Fernando Botero Zea||COL|defense minister|
Juan Carlos Esguerra||COL|defense minister|
Gilberto Echeverri||COL|defense minister|
Rodrigo Lloreda||COL|defense minister|
Luis Fernando Ramírez|Luis Fernando Ramirez|COL|defense minister|
Jorge Alberto Uribe||COL|defense minister|
Camilo Ospina||COL|defense minister|
Gabriel Silva|Gabriel Silva Luján|COL|defense minister|
Rodrigo Rivera||COL|defense minister|
Juan Carlos Pinzón|Juan Carlos Pinzon|COL|defense minister|
Luis Carlos Villegas||COL|defense minister|
Guillermo Botero||COL|defense minister|
Diego Molano||COL|defense minister|
Iván Velásquez|Ivan Velasquez|COL|defense minister|
Pedro Arnulfo Sánchez|Pedro Arnulfo Sanchez|COL|defense minister|
Óscar Arias|Oscar Arias; Óscar Arias Sánchez|CRI|president|
Rafael Ángel Calderón|Rafael Angel Calderon; Rafael Ángel Calderón Fournier|CRI|president|
José María Figueres|Jose Maria Figueres|CRI|president|
Miguel Ángel Rodríguez|Miguel Angel Rodriguez|CRI|president|
Abel Pacheco||CRI|president|
Laura Chinchilla||CRI|president|
Luis Guillermo Solís|Luis Guillermo Solis|CRI|president|
Carlos Alvarado|Carlos Alvarado Quesada|CRI|president|
Rodrigo Chaves|Rodrigo Chaves Robles|CRI|president|
Epsy Campbell|Epsy Campbell Barr|CRI|vice president|
Bernd Niehaus||CRI|foreign minister|
Fernando Naranjo||CRI|foreign minister|
Roberto Rojas|Roberto Rojas López|CRI|foreign minister|
Roberto Tovar Faja||CRI|foreign minister|
Bruno Stagno Ugarte|Bruno Stagno|CRI|foreign minister|
René Castro|Rene Castro; René Castro Salazar|CRI|foreign minister|
Enrique Castillo|Enrique Castillo Barrantes|CRI|foreign minister|
Manuel González Sanz|Manuel Gonzalez Sanz|CRI|foreign minister|
Rodolfo Solano|Rodolfo Solano Quirós|CRI|foreign minister|
Arnoldo André Tinoco|Arnoldo Andre Tinoco; Arnoldo André|CRI|foreign minister|
Manuel Marrero Cruz|Manuel Marrero|CUB|prime minister|
Carlos Lage|Carlos Lage Dávila|CUB|vice president|
José Ramón Machado Ventura|Jose Ramon Machado Ventura; Machado Ventura|CUB|vice president|
Salvador Valdés Mesa|Salvador Valdes Mesa|CUB|vice president|
Isidoro Malmierca||CUB|foreign minister|
Ricardo Alarcón|Ricardo Alarcon; Ricardo Alarcón de Quesada|CUB|foreign minister|
Roberto Robaina||CUB|foreign minister|
Felipe Pérez Roque|Felipe Perez Roque|CUB|foreign minister|
Clarence Seignoret||DMA|president|
Crispin Sorhaindo||DMA|president|
Vernon Shaw||DMA|president|
Nicholas Liverpool||DMA|president|
Eliud Williams||DMA|president|
Charles Savarin||DMA|president|
Sylvanie Burton||DMA|president|
Eugenia Charles||DMA|prime minister|
Edison James||DMA|prime minister|
Rosie Douglas|Roosevelt Douglas|DMA|prime minister|
Pierre Charles||DMA|prime minister|
Roosevelt Skerrit||DMA|prime minister|
Francine Baron||DMA|foreign minister|
Kenneth Darroux||DMA|foreign minister|
Vince Henderson||DMA|foreign minister|
Joaquín Balaguer|Joaquin Balaguer|DOM|president|
Leonel Fernández|Leonel Fernandez|DOM|president|
Hipólito Mejía|Hipolito Mejia|DOM|president|
Danilo Medina||DOM|president|
Luis Abinader||DOM|president|
Jaime David Fernández Mirabal|Jaime David Fernandez Mirabal|DOM|vice president|
Milagros Ortiz Bosch||DOM|vice president|
Rafael Alburquerque||DOM|vice president|
Margarita Cedeño|Margarita Cedeno; Margarita Cedeño de Fernández|DOM|vice president|
Raquel Peña|Raquel Pena|DOM|vice president|
Eduardo Latorre||DOM|foreign minister|
Hugo Tolentino Dipp||DOM|foreign minister|
Carlos Morales Troncoso||DOM|foreign minister|
Andrés Navarro|Andres Navarro|DOM|foreign minister|
Miguel Vargas|Miguel Vargas Maldonado|DOM|foreign minister|
Roberto Álvarez|Roberto Alvarez|DOM|foreign minister|
Rodrigo Borja|Rodrigo Borja Cevallos|ECU|president|
Sixto Durán Ballén|Sixto Duran Ballen|ECU|president|
Abdalá Bucaram|Abdala Bucaram|ECU|president|
Rosalía Arteaga|Rosalia Arteaga|ECU|president|
Fabián Alarcón|Fabian Alarcon|ECU|president|
Jamil Mahuad||ECU|president|
Gustavo Noboa||ECU|president|
Lucio Gutiérrez|Lucio Gutierrez|ECU|president|
Alfredo Palacio||ECU|president|
Lenín Moreno|Lenin Moreno|ECU|president|
Guillermo Lasso||ECU|president|
Alberto Dahik||ECU|vice president|
Jorge Glas||ECU|vice president|
Verónica Abad|Veronica Abad|ECU|vice president|
María José Pinto|Maria Jose Pinto|ECU|vice president|
Diego Cordovez||ECU|foreign minister|
Diego Paredes|Diego Paredes Peña|ECU|foreign minister|
Galo Leoro|Galo Leoro Franco|ECU|foreign minister|
José Ayala Lasso|Jose Ayala Lasso|ECU|foreign minister|
Benjamín Ortiz|Benjamin Ortiz; Benjamín Ortiz Brennan|ECU|foreign minister|
Heinz Moeller||ECU|foreign minister|
Nina Pacari||ECU|foreign minister|
Patricio Zuquilanda||ECU|foreign minister|
Antonio Parra Gil||ECU|foreign minister|
Francisco Carrión|Francisco Carrion|ECU|foreign minister|
María Fernanda Espinosa|Maria Fernanda Espinosa|ECU|foreign minister|
María Isabel Salvador|Maria Isabel Salvador|ECU|foreign minister|
Fander Falconí|Fander Falconi|ECU|foreign minister|
Ricardo Patiño|Ricardo Patino|ECU|foreign minister|
Guillaume Long||ECU|foreign minister|
José Valencia|Jose Valencia|ECU|foreign minister|
Luis Gallegos||ECU|foreign minister|
Mauricio Montalvo||ECU|foreign minister|
Juan Carlos Holguín|Juan Carlos Holguin|ECU|foreign minister|
Gustavo Manrique||ECU|foreign minister|
Gabriela Sommerfeld|María Gabriela Sommerfeld; Maria Gabriela Sommerfeld|ECU|foreign minister|
Alfredo Cristiani||SLV|president|
Armando Calderón Sol|Armando Calderon Sol|SLV|president|
Francisco Flores||SLV|president|
Antonio Saca|Elías Antonio Saca; Elias Antonio Saca; Tony Saca|SLV|president|
Mauricio Funes||SLV|president|
Salvador Sánchez Cerén|Salvador Sanchez Ceren|SLV|president|
Nayib Bukele||SLV|president|
Félix Ulloa|Felix Ulloa|SLV|vice president|
María Eugenia Brizuela de Ávila|Maria Eugenia Brizuela de Avila; María Eugenia Brizuela|SLV|foreign minister|
Francisco Laínez|Francisco Lainez|SLV|foreign minister|
Marisol Argueta|Marisol Argueta de Barillas|SLV|foreign minister|
Hugo Martínez|Hugo Martinez|SLV|foreign minister|
Jaime Miranda||SLV|foreign minister|
Carlos Castaneda||SLV|foreign minister|
Alexandra Hill|Alexandra Hill Tinoco|SLV|foreign minister|
Ben Jones||GRD|prime minister|
Nicholas Brathwaite||GRD|prime minister|
George Brizan||GRD|prime minister|
Keith Mitchell||GRD|prime minister|
Tillman Thomas||GRD|prime minister|
Dickon Mitchell||GRD|prime minister|
Elvin Nimrod||GRD|foreign minister|
Peter David||GRD|foreign minister|
Nickolas Steele||GRD|foreign minister|
Oliver Joseph||GRD|foreign minister|
Joseph Andall||GRD|foreign minister|
Vinicio Cerezo||GTM|president|
Jorge Serrano Elías|Jorge Serrano Elias; Jorge Serrano|GTM|president|
Ramiro de León Carpio|Ramiro de Leon Carpio|GTM|president|
Álvaro Arzú|Alvaro Arzu|GTM|president|
Alfonso Portillo||GTM|president|
Óscar Berger|Oscar Berger|GTM|president|
Álvaro Colom|Alvaro Colom|GTM|president|
Otto Pérez Molina|Otto Perez Molina|GTM|president|
Alejandro Maldonado|Alejandro Maldonado Aguirre|GTM|president|
Jimmy Morales||GTM|president|
Alejandro Giammattei||GTM|president|
Bernardo Arévalo|Bernardo Arevalo|GTM|president|
Eduardo Stein||GTM|vice president|
Roxana Baldetti||GTM|vice president|
Karin Herrera||GTM|vice president|
Jorge Briz Abularach|Jorge Briz|GTM|foreign minister|
Gert Rosenthal||GTM|foreign minister|
Haroldo Rodas||GTM|foreign minister|
Harold Caballeros||GTM|foreign minister|
Fernando Carrera||GTM|foreign minister|
Carlos Raúl Morales|Carlos Raul Morales|GTM|foreign minister|
Sandra Jovel||GTM|foreign minister|
Pedro Brolo||GTM|foreign minister|
Mario Búcaro|Mario Bucaro|GTM|foreign minister|
Carlos Ramiro Martínez|Carlos Ramiro Martinez|GTM|foreign minister|
Desmond Hoyte|Hugh Desmond Hoyte|GUY|president|
Cheddi Jagan||GUY|president|
Janet Jagan||GUY|president|
Bharrat Jagdeo||GUY|president|
Donald Ramotar||GUY|president|
David Granger||GUY|president|
Irfaan Ali|Mohamed Irfaan Ali|GUY|president|
Hamilton Green||GUY|prime minister|
Sam Hinds|Samuel Hinds|GUY|prime minister|
Moses Nagamootoo||GUY|prime minister|
Mark Phillips||GUY|prime minister|
Rashleigh Jackson||GUY|foreign minister|
Clement Rohee||GUY|foreign minister|
Rudy Insanally|Samuel Rudolph Insanally|GUY|foreign minister|
Carolyn Rodrigues|Carolyn Rodrigues-Birkett|GUY|foreign minister|
Carl Greenidge||GUY|foreign minister|
Karen Cummings||GUY|foreign minister|
Hugh Todd||GUY|foreign minister|
Prosper Avril||HTI|president|
Hérard Abraham|Herard Abraham|HTI|army chief|
Ertha Pascal-Trouillot|Ertha Pascal Trouillot|HTI|president|
Jean-Bertrand Aristide|Jean Bertrand Aristide; Titid|HTI|president|
Raoul Cédras|Raoul Cedras|HTI|army chief|
Joseph Nérette|Joseph Nerette|HTI|president|
Émile Jonassaint|Emile Jonassaint|HTI|president|
René Préval|Rene Preval|HTI|president|
Boniface Alexandre||HTI|president|
Michel Martelly|Sweet Micky|HTI|president|
Jocelerme Privert||HTI|president|
Jovenel Moïse|Jovenel Moise|HTI|president|
Jean-Jacques Honorat|Jean Jacques Honorat|HTI|prime minister|
Marc Bazin|Marc Louis Bazin|HTI|prime minister|
Robert Malval||HTI|prime minister|
Smarck Michel||HTI|prime minister|
Claudette Werleigh||HTI|prime minister|
Rosny Smarth||HTI|prime minister|
Jacques-Édouard Alexis|Jacques-Edouard Alexis; Jacques Édouard Alexis|HTI|prime minister|
Jean-Marie Chérestal|Jean-Marie Cherestal|HTI|prime minister|
Yvon Neptune||HTI|prime minister|
Gérard Latortue|Gerard Latortue|HTI|prime minister|
Michèle Pierre-Louis|Michele Pierre-Louis|HTI|prime minister|
Jean-Max Bellerive|Jean Max Bellerive|HTI|prime minister|
Garry Conille||HTI|prime minister|
Laurent Lamothe||HTI|prime minister|
Evans Paul||HTI|prime minister|
Enex Jean-Charles|Enex Jean Charles|HTI|prime minister|
Jack Guy Lafontant||HTI|prime minister|
Jean-Henry Céant|Jean-Henry Ceant; Jean Henry Céant|HTI|prime minister|
Jean-Michel Lapin|Jean Michel Lapin|HTI|prime minister|
Joseph Jouthe||HTI|prime minister|
Claude Joseph||HTI|prime minister|
Ariel Henry||HTI|prime minister|
Michel Patrick Boisvert|Patrick Boisvert|HTI|prime minister|
Alix Didier Fils-Aimé|Alix Didier Fils-Aime; Didier Fils-Aimé|HTI|prime minister|
Edgard Leblanc Fils|Edgard Leblanc|HTI|head of state|
Leslie Voltaire||HTI|head of state|
Fritz Alphonse Jean|Fritz Jean|HTI|head of state|
Fritz Longchamp||HTI|foreign minister|
Jean Rénald Clérismé|Jean Renald Clerisme; Renald Clérismé|HTI|foreign minister|
Antonio Rodrigue||HTI|foreign minister|
Bocchit Edmond||HTI|foreign minister|
Jean Victor Généus|Jean Victor Geneus; Jean-Victor Généus|HTI|foreign minister|
Dominique Dupuy||HTI|foreign minister|
José Azcona|José Azcona del Hoyo; Jose Azcona|HND|president|
Rafael Leonardo Callejas|Rafael Callejas|HND|president|
Carlos Roberto Reina||HND|president|
Carlos Roberto Flores|Carlos Flores Facussé; Carlos Flores Facusse|HND|president|
Ricardo Maduro||HND|president|
Manuel Zelaya|Mel Zelaya; José Manuel Zelaya|HND|president|
Roberto Micheletti||HND|president|
Porfirio Lobo|Pepe Lobo; Porfirio Lobo Sosa|HND|president|
Juan Orlando Hernández|Juan Orlando Hernandez|HND|president|
Xiomara Castro|Xiomara Castro de Zelaya|HND|president|
Nasry Asfura|Tito Asfura|HND|president|
Romeo Vásquez Velásquez|Romeo Vasquez Velasquez; Romeo Vásquez|HND|army chief|
Patricia Rodas||HND|foreign minister|
Carlos López Contreras|Carlos Lopez Contreras|HND|foreign minister|
Mario Canahuati||HND|foreign minister|
Mireya Agüero|Mireya Aguero|HND|foreign minister|
Arturo Corrales||HND|foreign minister|
María Dolores Agüero|Maria Dolores Aguero|HND|foreign minister|
Lisandro Rosales||HND|foreign minister|
Eduardo Enrique Reina||HND|foreign minister|
Michael Manley||JAM|prime minister|
P. J. Patterson|P.J. Patterson; Percival Patterson; Percival James Patterson|JAM|prime minister|
Portia Simpson-Miller|Portia Simpson Miller|JAM|prime minister|
Bruce Golding||JAM|prime minister|
Andrew Holness||JAM|prime minister|
David Coore||JAM|foreign minister|
Paul Robertson||JAM|foreign minister|
Seymour Mullings||JAM|foreign minister|
K. D. Knight|K.D. Knight; Keith Knight|JAM|foreign minister|
Anthony Hylton||JAM|foreign minister|
Kenneth Baugh||JAM|foreign minister|
A. J. Nicholson|A.J. Nicholson; Arnold Nicholson|JAM|foreign minister|
Kamina Johnson Smith|Kamina Johnson-Smith|JAM|foreign minister|
Carlos Salinas de Gortari|Carlos Salinas|MEX|president|
Fernando Solana||MEX|foreign minister|
Manuel Camacho Solís|Manuel Camacho Solis; Manuel Camacho|MEX|foreign minister|
Manuel Tello|Manuel Tello Macías; Manuel Tello Macias|MEX|foreign minister|
José Ángel Gurría|Jose Angel Gurria; Ángel Gurría; Angel Gurria|MEX|foreign minister|
Rosario Green||MEX|foreign minister|
Jorge Castañeda|Jorge Castaneda; Jorge G. Castañeda; Jorge Castañeda Gutman|MEX|foreign minister|
Luis Ernesto Derbez||MEX|foreign minister|
Patricia Espinosa|Patricia Espinosa Cantellano|MEX|foreign minister|
José Antonio Meade|Jose Antonio Meade|MEX|foreign minister|
Claudia Ruiz Massieu||MEX|foreign minister|
Luis Videgaray||MEX|foreign minister|
Marcelo Ebrard||MEX|foreign minister|
Alicia Bárcena|Alicia Barcena|MEX|foreign minister|
Juan Ramón de la Fuente|Juan Ramon de la Fuente|MEX|foreign minister|
Antonio Riviello Bazán|Antonio Riviello Bazan|MEX|defense minister|
Enrique Cervantes Aguirre|Enrique Cervantes|MEX|defense minister|
Gerardo Clemente Vega García|Gerardo Clemente Vega Garcia; Clemente Vega|MEX|defense minister|
Guillermo Galván Galván|Guillermo Galvan Galvan|MEX|defense minister|
Salvador Cienfuegos|Salvador Cienfuegos Zepeda|MEX|defense minister|
Luis Cresencio Sandoval||MEX|defense minister|
Ricardo Trevilla Trejo|Ricardo Trevilla|MEX|defense minister|
Violeta Chamorro|Violeta Barrios de Chamorro|NIC|president|
Arnoldo Alemán|Arnoldo Aleman|NIC|president|
Enrique Bolaños|Enrique Bolanos|NIC|president|
Rosario Murillo||NIC|vice president|
Humberto Ortega||NIC|army chief|
Enrique Dreyfus||NIC|foreign minister|
Ernesto Leal||NIC|foreign minister|
Emilio Álvarez Montalván|Emilio Alvarez Montalvan|NIC|foreign minister|
Francisco Aguirre Sacasa||NIC|foreign minister|
Norman Caldera||NIC|foreign minister|
Samuel Santos|Samuel Santos López|NIC|foreign minister|
Denis Moncada|Denis Moncada Colindres|NIC|foreign minister|
Valdrack Jaentschke||NIC|foreign minister|
Guillermo Endara||PAN|president|
Ernesto Pérez Balladares|Ernesto Perez Balladares|PAN|president|
Mireya Moscoso||PAN|president|
Martín Torrijos|Martin Torrijos|PAN|president|
Ricardo Martinelli||PAN|president|
Juan Carlos Varela||PAN|president|
Laurentino Cortizo|Nito Cortizo|PAN|president|
José Raúl Mulino|Jose Raul Mulino|PAN|president|
Isabel Saint Malo|Isabel de Saint Malo; Isabel Saint Malo de Alvarado|PAN|vice president|
Julio Linares||PAN|foreign minister|
Gabriel Lewis Galindo||PAN|foreign minister|
Ricardo Alberto Arias||PAN|foreign minister|
Jorge Eduardo Ritter|Jorge Ritter|PAN|foreign minister|
José Miguel Alemán|Jose Miguel Aleman|PAN|foreign minister|
Harmodio Arias|Harmodio Arias Cerjack|PAN|foreign minister|
Samuel Lewis Navarro||PAN|foreign minister|
Roberto Henríquez|Roberto Henriquez|PAN|foreign minister|
Fernando Núñez Fábrega|Fernando Nunez Fabrega|PAN|foreign minister|
Alejandro Ferrer||PAN|foreign minister|
Janaina Tewaney|Janaina Tewaney Mencomo|PAN|foreign minister|
Javier Martínez-Acha|Javier Martinez-Acha; Javier Martínez Acha|PAN|foreign minister|
Andrés Rodríguez|Andres Rodriguez|PRY|president|
Juan Carlos Wasmosy||PRY|president|
Raúl Cubas|Raul Cubas; Raúl Cubas Grau|PRY|president|
Luis González Macchi|Luis Gonzalez Macchi|PRY|president|
Nicanor Duarte Frutos|Nicanor Duarte|PRY|president|
Fernando Lugo||PRY|president|
Federico Franco||PRY|president|
Horacio Cartes||PRY|president|
Mario Abdo Benítez|Mario Abdo Benitez; Mario Abdo|PRY|president|
Santiago Peña|Santiago Pena|PRY|president|
Luis María Argaña|Luis Maria Argaña; Luis Maria Argana|PRY|vice president|
Lino Oviedo|Lino César Oviedo; Lino Cesar Oviedo|PRY|army chief|
Luis María Ramírez Boettner|Luis Maria Ramirez Boettner|PRY|foreign minister|
Rubén Melgarejo Lanzoni|Ruben Melgarejo Lanzoni|PRY|foreign minister|
Miguel Abdón Saguier|Miguel Abdon Saguier|PRY|foreign minister|
José Antonio Moreno Ruffinelli|Jose Antonio Moreno Ruffinelli|PRY|foreign minister|
Leila Rachid||PRY|foreign minister|
Rubén Ramírez Lezcano|Ruben Ramirez Lezcano|PRY|foreign minister|
Alejandro Hamed|Alejandro Hamed Franco|PRY|foreign minister|
Héctor Lacognata|Hector Lacognata|PRY|foreign minister|
Jorge Lara Castro||PRY|foreign minister|
José Félix Fernández Estigarribia|Jose Felix Fernandez Estigarribia|PRY|foreign minister|
Eladio Loizaga||PRY|foreign minister|
Luis Alberto Castiglioni||PRY|foreign minister|
Federico González|Federico Gonzalez|PRY|foreign minister|
Euclides Acevedo||PRY|foreign minister|
Julio César Arriola|Julio Cesar Arriola|PRY|foreign minister|
Alan García|Alan Garcia|PER|president|
Alberto Fujimori||PER|president|
Valentín Paniagua|Valentin Paniagua|PER|president|
Alejandro Toledo||PER|president|
Ollanta Humala||PER|president|
Pedro Pablo Kuczynski|PPK|PER|president|
Martín Vizcarra|Martin Vizcarra|PER|president|
Manuel Merino|Manuel Merino de Lama|PER|president|
Francisco Sagasti||PER|president|
Pedro Castillo||PER|president|
Dina Boluarte||PER|president|
José Jerí|Jose Jeri|PER|president|
Mercedes Aráoz|Mercedes Araoz|PER|vice president|
Vladimiro Montesinos||PER|national security adviser|
Nicolás de Bari Hermoza|Nicolas de Bari Hermoza; Nicolás Hermoza Ríos; Nicolas Hermoza Rios|PER|army chief|
Juan Carlos Hurtado Miller||PER|prime minister|
Carlos Torres y Torres Lara||PER|prime minister|
Alfonso de los Heros||PER|prime minister|
Óscar de la Puente|Oscar de la Puente; Óscar de la Puente Raygada|PER|prime minister|
Alfonso Bustamante|Alfonso Bustamante y Bustamante|PER|prime minister|
Efraín Goldenberg|Efrain Goldenberg|PER|prime minister|
Dante Córdova|Dante Cordova|PER|prime minister|
Alberto Pandolfi||PER|prime minister|
Javier Valle Riestra||PER|prime minister|
Víctor Joy Way|Victor Joy Way|PER|prime minister|
Alberto Bustamante Belaunde||PER|prime minister|
Federico Salas||PER|prime minister|
Javier Pérez de Cuéllar|Javier Perez de Cuellar|PER|prime minister|
Roberto Dañino|Roberto Danino|PER|prime minister|
Luis Solari||PER|prime minister|
Beatriz Merino||PER|prime minister|
Carlos Ferrero|Carlos Ferrero Costa|PER|prime minister|
Jorge del Castillo||PER|prime minister|
Yehude Simon||PER|prime minister|
Javier Velásquez Quesquén|Javier Velasquez Quesquen|PER|prime minister|
José Antonio Chang|Jose Antonio Chang|PER|prime minister|
Rosario Fernández|Rosario Fernandez|PER|prime minister|
Salomón Lerner Ghitis|Salomon Lerner Ghitis; Salomón Lerner|PER|prime minister|
Óscar Valdés|Oscar Valdes|PER|prime minister|
Juan Jiménez Mayor|Juan Jimenez Mayor|PER|prime minister|
César Villanueva|Cesar Villanueva|PER|prime minister|
René Cornejo|Rene Cornejo|PER|prime minister|
Ana Jara||PER|prime minister|
Pedro Cateriano||PER|prime minister|
Fernando Zavala||PER|prime minister|
Salvador del Solar||PER|prime minister|
Vicente Zeballos||PER|prime minister|
Walter Martos||PER|prime minister|
Ántero Flores-Aráoz|Antero Flores-Araoz; Ántero Flores Aráoz|PER|prime minister|
Violeta Bermúdez|Violeta Bermudez|PER|prime minister|
Guido Bellido||PER|prime minister|
Mirtha Vásquez|Mirtha Vasquez|PER|prime minister|
Héctor Valer|Hector Valer|PER|prime minister|
Aníbal Torres|Anibal Torres|PER|prime minister|
Betssy Chávez|Betssy Chavez|PER|prime minister|
Pedro Angulo|Pedro Angulo Arana|PER|prime minister|
Alberto Otárola|Alberto Otarola|PER|prime minister|
Gustavo Adrianzén|Gustavo Adrianzen|PER|prime minister|
Eduardo Arana|Eduardo Arana Ysa|PER|prime minister|
Ernesto Álvarez|Ernesto Alvarez; Ernesto Álvarez Miranda|PER|prime minister|
Luis Marchand|Luis Marchand Stens|PER|foreign minister|
Augusto Blacker Miller||PER|foreign minister|
Francisco Tudela||PER|foreign minister|
Eduardo Ferrero Costa|Eduardo Ferrero|PER|foreign minister|
Fernando de Trazegnies||PER|foreign minister|
Diego García-Sayán|Diego Garcia-Sayan; Diego García Sayán|PER|foreign minister|
Allan Wagner|Allan Wagner Tizón|PER|foreign minister|
Manuel Rodríguez Cuadros|Manuel Rodriguez Cuadros|PER|foreign minister|
Óscar Maúrtua|Oscar Maurtua; Óscar Maúrtua de Romaña|PER|foreign minister|
José Antonio García Belaúnde|Jose Antonio Garcia Belaunde|PER|foreign minister|
Rafael Roncagliolo||PER|foreign minister|
Eda Rivas||PER|foreign minister|
Gonzalo Gutiérrez|Gonzalo Gutierrez|PER|foreign minister|
Ana María Sánchez|Ana Maria Sanchez; Ana María Sánchez de Ríos|PER|foreign minister|
Ricardo Luna||PER|foreign minister|
Cayetana Aljovín|Cayetana Aljovin|PER|foreign minister|
Néstor Popolizio|Nestor Popolizio|PER|foreign minister|
Gustavo Meza-Cuadra|Gustavo Meza Cuadra|PER|foreign minister|
Mario López Chávarri|Mario Lopez Chavarri|PER|foreign minister|
Elizabeth Astete||PER|foreign minister|
Héctor Béjar|Hector Bejar|PER|foreign minister|
César Landa|Cesar Landa|PER|foreign minister|
Miguel Ángel Rodríguez Mackay|Miguel Angel Rodriguez Mackay|PER|foreign minister|
Ana Cecilia Gervasi||PER|foreign minister|
Javier González-Olaechea|Javier Gonzalez-Olaechea|PER|foreign minister|
Elmer Schialer||PER|foreign minister|
Hugo de Zela||PER|foreign minister|
Aurelio Loret de Mola||PER|defense minister|
Roberto Chiabra||PER|defense minister|
Rafael Rey||PER|defense minister|
Daniel Mora||PER|defense minister|
Jakke Valakivi||PER|defense minister|
Mariano González|Mariano Gonzalez|PER|defense minister|
Jorge Nieto|Jorge Nieto Montesinos|PER|defense minister|
José Huerta|Jose Huerta|PER|defense minister|
Jorge Chávez Cresta|Jorge Chavez Cresta|PER|defense minister|
Nuria Esparch||PER|defense minister|
Walter Ayala||PER|defense minister|
Walter Astudillo||PER|defense minister|
Kennedy Simmonds||KNA|prime minister|
Denzil Douglas||KNA|prime minister|
Timothy Harris||KNA|prime minister|
Terrance Drew||KNA|prime minister|
Sam Condor||KNA|foreign minister|
Mark Brantley||KNA|foreign minister|
John Compton||LCA|prime minister|
Vaughan Lewis||LCA|prime minister|
Kenny Anthony|Kenny D. Anthony|LCA|prime minister|
Stephenson King||LCA|prime minister|
Allen Chastanet||LCA|prime minister|
Philip J. Pierre|Philip Pierre|LCA|prime minister|
George Odlum||LCA|foreign minister|
Julian Hunte||LCA|foreign minister|
Petrus Compton||LCA|foreign minister|
Rufus Bousquet||LCA|foreign minister|
Alva Baptiste||LCA|foreign minister|
Sarah Flood-Beaubrun|Sarah Flood Beaubrun|LCA|foreign minister|
James Mitchell|Son Mitchell; James Son Mitchell|VCT|prime minister|
Arnhim Eustace||VCT|prime minister|
Ralph Gonsalves||VCT|prime minister|
Godwin Friday||VCT|prime minister|
Louis Straker||VCT|foreign minister|
Camillo Gonsalves||VCT|foreign minister|
Ramsewak Shankar||SUR|president|
Johan Kraag||SUR|president|
Ronald Venetiaan||SUR|president|
Jules Wijdenbosch||SUR|president|
Dési Bouterse|Desi Bouterse; Desiré Bouterse|SUR|president|
Chan Santokhi|Chandrikapersad Santokhi|SUR|president|
Jennifer Geerlings-Simons|Jennifer Simons|SUR|president|
Jules Ajodhia||SUR|vice president|
Robert Ameerali||SUR|vice president|
Ashwin Adhin||SUR|vice president|
Ronnie Brunswijk||SUR|vice president|
Gregory Rusland||SUR|vice president|
Subhas Mungra||SUR|foreign minister|
Marie Levens||SUR|foreign minister|
Lygia Kraag-Keteldijk||SUR|foreign minister|
Winston Lackin||SUR|foreign minister|
Niermala Badrising||SUR|foreign minister|
Yldiz Pollack-Beighle||SUR|foreign minister|
Albert Ramdin||SUR|foreign minister|
Melvin Bouva||SUR|foreign minister|
A. N. R. Robinson|A.N.R. Robinson; ANR Robinson; Arthur N. R. Robinson; Arthur Napoleon Raymond Robinson|TTO|prime minister|
Noor Hassanali||TTO|president|
George Maxwell Richards|Max Richards|TTO|president|
Anthony Carmona||TTO|president|
Paula-Mae Weekes|Paula Mae Weekes|TTO|president|
Christine Kangaloo||TTO|president|
Patrick Manning||TTO|prime minister|
Basdeo Panday||TTO|prime minister|
Kamla Persad-Bissessar|Kamla Persad Bissessar|TTO|prime minister|
Keith Rowley||TTO|prime minister|
Stuart Young||TTO|prime minister|
Sahadeo Basdeo||TTO|foreign minister|
Ralph Maraj||TTO|foreign minister|
Knowlson Gift||TTO|foreign minister|
Arnold Piggott||TTO|foreign minister|
Paula Gopee-Scoon|Paula Gopee Scoon|TTO|foreign minister|
Surujrattan Rambachan||TTO|foreign minister|
Winston Dookeran||TTO|foreign minister|
Dennis Moses||TTO|foreign minister|
Amery Browne||TTO|foreign minister|
Sean Sobers||TTO|foreign minister|
Dan Quayle||USA|vice president|
Lawrence Eagleburger|Larry Eagleburger|USA|foreign minister|
Les Aspin||USA|defense minister|
William Perry|William J. Perry; Bill Perry|USA|defense minister|
William Cohen|William S. Cohen; Bill Cohen|USA|defense minister|
Donald Rumsfeld||USA|defense minister|
Robert Gates|Bob Gates|USA|defense minister|
Leon Panetta||USA|defense minister|
Chuck Hagel||USA|defense minister|
Ash Carter|Ashton Carter|USA|defense minister|
Jim Mattis|James Mattis|USA|defense minister|
Patrick Shanahan||USA|defense minister|
Mark Esper||USA|defense minister|
Christopher Miller|Chris Miller; Christopher C. Miller|USA|defense minister|
Mark Milley||USA|army chief|
Brent Scowcroft||USA|national security adviser|
Anthony Lake|Tony Lake|USA|national security adviser|
Sandy Berger|Samuel Berger|USA|national security adviser|
Stephen Hadley||USA|national security adviser|
James L. Jones|James Jones|USA|national security adviser|
Tom Donilon|Thomas Donilon|USA|national security adviser|
Susan Rice||USA|national security adviser|
Michael Flynn|Mike Flynn|USA|national security adviser|
H. R. McMaster|H.R. McMaster|USA|national security adviser|
John Bolton||USA|national security adviser|
Robert O'Brien||USA|national security adviser|
Jake Sullivan||USA|national security adviser|
Mike Waltz|Michael Waltz|USA|national security adviser|
Julio María Sanguinetti|Julio Maria Sanguinetti|URY|president|
Luis Alberto Lacalle|Luis Alberto Lacalle Herrera|URY|president|
Jorge Batlle||URY|president|
Tabaré Vázquez|Tabare Vazquez|URY|president|
José Mujica|Jose Mujica; Pepe Mujica|URY|president|
Luis Lacalle Pou||URY|president|
Yamandú Orsi|Yamandu Orsi|URY|president|
Danilo Astori||URY|vice president|
Raúl Sendic|Raul Sendic|URY|vice president|
Lucía Topolansky|Lucia Topolansky|URY|vice president|
Beatriz Argimón|Beatriz Argimon|URY|vice president|
Carolina Cosse||URY|vice president|
Héctor Gros Espiell|Hector Gros Espiell|URY|foreign minister|
Sergio Abreu||URY|foreign minister|
Álvaro Ramos|Alvaro Ramos|URY|foreign minister|
Didier Opertti||URY|foreign minister|
Reinaldo Gargano||URY|foreign minister|
Gonzalo Fernández|Gonzalo Fernandez|URY|foreign minister|
Luis Almagro||URY|foreign minister|
Rodolfo Nin Novoa||URY|foreign minister|
Ernesto Talvi||URY|foreign minister|
Francisco Bustillo||URY|foreign minister|
Omar Paganini||URY|foreign minister|
Mario Lubetkin||URY|foreign minister|
Carlos Andrés Pérez|Carlos Andres Perez|VEN|president|
Octavio Lepage||VEN|president|
Ramón José Velásquez|Ramon Jose Velasquez|VEN|president|
Rafael Caldera||VEN|president|
Pedro Carmona|Pedro Carmona Estanga|VEN|president|
Diosdado Cabello||VEN|vice president|
José Vicente Rangel|Jose Vicente Rangel|VEN|vice president|
Jorge Rodríguez|Jorge Rodriguez|VEN|vice president|
Ramón Carrizales|Ramon Carrizales|VEN|vice president|
Elías Jaua|Elias Jaua|VEN|vice president|
Aristóbulo Istúriz|Aristobulo Isturiz|VEN|vice president|
Tareck El Aissami|Tarek El Aissami|VEN|vice president|
Jorge Arreaza||VEN|foreign minister|
Reinaldo Figueredo|Reinaldo Figueredo Planchart|VEN|foreign minister|
Armando Durán|Armando Duran|VEN|foreign minister|
Fernando Ochoa Antich||VEN|foreign minister|
Miguel Ángel Burelli Rivas|Miguel Angel Burelli Rivas|VEN|foreign minister|
Luis Alfonso Dávila|Luis Alfonso Davila|VEN|foreign minister|
Roy Chaderton||VEN|foreign minister|
Jesús Arnaldo Pérez|Jesus Arnaldo Perez|VEN|foreign minister|
Alí Rodríguez Araque|Ali Rodriguez Araque|VEN|foreign minister|
Rafael Ramírez|Rafael Ramirez|VEN|foreign minister|
Samuel Moncada||VEN|foreign minister|
Félix Plasencia|Felix Plasencia|VEN|foreign minister|
Carlos Faría|Carlos Faria|VEN|foreign minister|
Raúl Salazar|Raul Salazar|VEN|defense minister|
Jorge García Carneiro|Jorge Garcia Carneiro|VEN|defense minister|
Ramón Orlando Maniglia|Ramon Orlando Maniglia|VEN|defense minister|
Raúl Isaías Baduel|Raul Isaias Baduel; Raúl Baduel|VEN|defense minister|
Gustavo Rangel Briceño|Gustavo Rangel Briceno|VEN|defense minister|
Carlos Mata Figueroa||VEN|defense minister|
Henry Rangel Silva||VEN|defense minister|
Diego Molero|Diego Molero Bellavia|VEN|defense minister|
Carmen Meléndez|Carmen Melendez|VEN|defense minister|
Vladimir Padrino López|Vladimir Padrino Lopez; Vladimir Padrino|VEN|defense minister|
"""
}
