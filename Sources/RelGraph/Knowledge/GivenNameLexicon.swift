/// Common given names across the cultures world news covers.
///
/// A capitalised word pair that starts with a known given name ("Juan
/// Pérez", "Daniel Mwangi") is a person even when no title stands before
/// it. Spellings in the three languages' transliterations are listed apart.
enum GivenNameLexicon {
    static func contains(_ folded: String) -> Bool { names.contains(folded) }

    private static let names = FunctionWords.set("""
        aaron abdallah abdel abdul abdulaziz abdullah abdulrahman abdelaziz abderrahmane abderramán abu adam adel adolfo
        adrian adrián ahmad ahmed aleksandr aleksei alexei alexis alexandre alexander alejandro alexandra ali alain alan
        albert alberto alfonso alfred alfredo alice alicia alpha álvaro amadou amir amr ana anatoli anatoly andrés andrew
        andré andrea andreas andrei andrej angela ángel angelo anne annalena anthony antoine antonio antony ariel arnaud
        arsen ashraf ayman aziz bachar bashar barack benjamin benoît bernard bill bob boris boyko brian bruno carlos carlo
        catherine cesar césar chad charles charlotte christian christine christophe christopher claude claudia colin cristina
        cyril dan daniel david denis dennis diego dilma dmitri dmitry dmitriy domingo dominique donald edouard édouard
        eduardo edward elena elizabeth elon emmanuel emmerson enrique erdogan eric éric ernesto esteban étienne evo
        fayez felipe félix fernando francisco françois frank franz frédéric gabriel gamal george georges georgia gerhard
        gilbert giorgia giuseppe gordon gregory guillermo gustavo hamad hamid hassan hassan hector héctor heinz helmut
        henri henry hillary horst hosni hugo hussein ibrahim igor ilham imran ismail israel ivan iván jacinda jacob jacques
        jaime jair james jan javier jean jean-claude jean-louis jean-marc jean-marie jean-pierre jean-yves jeremy jérôme
        jesús jim jimmy joao joão joe johann john johnson jonathan jordan jorge josé joseph josep josef juan julian julio
        justin kamala karl katarina kate kenzo khaled khalid kim kofi kristalina lal laurent lavrov leonid li liz lord
        louis luis luiz lula manuel marcelo marco margaret maria marie marine mario mark marta martin martín mateo matteo
        mauricio maurice max michael michel michelle miguel mikhail mohamed mohammad mohammed muhammad mustafa nancy
        naftali narendra nayib nicolas nicolás nikol nikolai nikolay norbert olaf olena oleg olivier omar oscar óscar
        pablo paolo pascal patrick paul pedro peter petro petr philippe pierre rafael ramzan raúl recep rex ricardo
        richard robert roberto rodrigo roman ronald rishi sabah saddam salman salva sam samuel sebastián sebastian sergey
        sergei serguéi sergio sheikh shinzo shigeru silvio simon sophie stephen steve sergueï sylvie tamim theresa thomas
        tony ursula valentina valery valéry vicente victor víctor viktor vincent vitaly vladimir volodymyr vuk walter
        wang william xavier xi yahya yasser yitzhak yoshihide yuri youri yury zhang
        """)
}
