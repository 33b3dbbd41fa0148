@testable import RelGraph

/// A small treebank written for the tests: invented news sentences in CoNLL-U, enough for training to
/// learn them and small enough to train in a fraction of a second.
enum SyntaxFixtures {
    static let treebank = """
    # sent_id = 1
    1\tKenya\tKenya\tPROPN\t_\t_\t2\tnsubj\t_\t_
    2\tsigned\tsign\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_
    3\tan\ta\tDET\t_\t_\t4\tdet\t_\t_
    4\taccord\taccord\tNOUN\t_\t_\t2\tobj\t_\t_
    5\twith\twith\tADP\t_\t_\t6\tcase\t_\t_
    6\tUganda\tUganda\tPROPN\t_\t_\t2\tobl\t_\t_
    7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

    # sent_id = 2
    1\tPeru\tPeru\tPROPN\t_\t_\t2\tnsubj\t_\t_
    2\tcondemned\tcondemn\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_
    3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_
    4\tattack\tattack\tNOUN\t_\t_\t2\tobj\t_\t_
    5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

    # sent_id = 3
    1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
    2\tsummit\tsummit\tNOUN\t_\t_\t4\tnsubj:pass\t_\t_
    3\twas\tbe\tAUX\t_\t_\t4\taux:pass\t_\t_
    4\thosted\thost\tVERB\t_\tTense=Past|VerbForm=Part\t0\troot\t_\t_
    5\tby\tby\tADP\t_\t_\t6\tcase\t_\t_
    6\tChile\tChile\tPROPN\t_\t_\t4\tobl:agent\t_\t_
    7\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

    # sent_id = 4
    1\tGhana\tGhana\tPROPN\t_\t_\t4\tnsubj\t_\t_
    2\tand\tand\tCCONJ\t_\t_\t3\tcc\t_\t_
    3\tTogo\tTogo\tPROPN\t_\t_\t1\tconj\t_\t_
    4\tdecided\tdecide\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_
    5\tto\tto\tPART\t_\t_\t6\tmark\t_\t_
    6\texpel\texpel\tVERB\t_\tVerbForm=Inf\t4\txcomp\t_\t_
    7\tthe\tthe\tDET\t_\t_\t8\tdet\t_\t_
    8\tenvoy\tenvoy\tNOUN\t_\t_\t6\tobj\t_\t_
    9\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

    # sent_id = 5
    1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
    2\tminister\tminister\tNOUN\t_\t_\t5\tnsubj\t_\t_
    3\t,\t,\tPUNCT\t_\t_\t4\tpunct\t_\t_
    4\tFerreira\tFerreira\tPROPN\t_\t_\t2\tappos\t_\t_
    5\tvisited\tvisit\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_
    6\tMali\tMali\tPROPN\t_\t_\t5\tobj\t_\t_
    7\t.\t.\tPUNCT\t_\t_\t5\tpunct\t_\t_

    # sent_id = 6
    1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
    2\tenvoy\tenvoy\tNOUN\t_\t_\t6\tnsubj\t_\t_
    3\twho\twho\tPRON\t_\tPronType=Rel\t4\tnsubj\t_\t_
    4\tcriticised\tcriticise\tVERB\t_\tVerbForm=Fin\t2\tacl:relcl\t_\t_
    5\tNepal\tNepal\tPROPN\t_\t_\t4\tobj\t_\t_
    6\tleft\tleave\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_
    7\t.\t.\tPUNCT\t_\t_\t6\tpunct\t_\t_

    """

    static func sentences() throws -> [CoNLLU.Sentence] {
        try CoNLLU(parsing: treebank).sentences
    }

    /// Options for a treebank this small: no held-out tagging (each fold would miss half the words) and no
    /// exploration, so that the model can learn its sentences by heart.
    static var options: SyntaxModelTrainer.Options {
        var options = SyntaxModelTrainer.Options()
        options.taggerEpochs = 10
        options.parserEpochs = 20
        options.labelerEpochs = 10
        options.jackknifeFolds = 0
        options.explorationRate = 0
        return options
    }
}
