# fish completion for relgraph.
#
# Completes file names for inputs, -o and --lexicon; the options of the subcommand named, or of
# `render` when none is (relgraph article.txt -o g.svg is relgraph render); and the values of every
# option that takes one of a fixed set, comma-separated lists included (--types SANCTION,ASS<tab>).
# Installed by `make install` into share/fish/vendor_completions.d.

set -l relgraph_subcommands render extract merge parse help
set -l relgraph_types AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT AFFILIATION

# The subcommand the command line names, or render.
function __relgraph_subcommand
    set -l words (commandline -opc)
    if test (count $words) -ge 2; and contains -- $words[2] render extract merge parse help
        echo $words[2]
    else
        echo render
    end
end

# True when the subcommand is one of the arguments.
function __relgraph_in
    contains -- (__relgraph_subcommand) $argv
end

# The values of a comma-separated list, completing its last item: SANCTION,ASS -> SANCTION,ASSAULT.
function __relgraph_list
    set -l token (commandline -ct)
    set -l prefix (string replace -r '[^,]*$' '' -- $token)
    for value in $argv
        echo $prefix$value
    end
end

complete -c relgraph -f
complete -c relgraph -n "__fish_use_subcommand" -a "$relgraph_subcommands" -d subcommand
complete -c relgraph -n "not __relgraph_in help" -F -d input

# Input (render, extract)
complete -c relgraph -n "__relgraph_in render extract" -l lang -x -a "auto fr en es" -d "language of the articles"
complete -c relgraph -n "__relgraph_in render extract" -l glob -x -d "names of the files to read inside folders"
complete -c relgraph -n "__relgraph_in render extract" -l jsonl -d "inputs are JSON Lines"
complete -c relgraph -n "__relgraph_in render extract" -l since -x -d "keep documents dated on or after this day"
complete -c relgraph -n "__relgraph_in render extract" -l until -x -d "keep documents dated on or before this day"
complete -c relgraph -n "__relgraph_in render extract merge" -l max-evidence -x -d "evidence sentences kept per relation"
complete -c relgraph -n "__relgraph_in render extract" -l jobs -x -d "documents extracted at once"
complete -c relgraph -n "__relgraph_in render extract" -l quiet -d "no progress line"
complete -c relgraph -n "__relgraph_in render extract" -l lexicon -r -F -d "a lexicon file adding actors and aliases"
complete -c relgraph -n "__relgraph_in render extract merge parse" -l max-input-bytes -x -d "refuse larger input files"

# Filters and picture (render, merge)
complete -c relgraph -n "__relgraph_in render merge" -l types -x -a "(__relgraph_list $relgraph_types)" -d "keep only these relation types"
complete -c relgraph -n "__relgraph_in render merge" -l exclude-types -x -a "(__relgraph_list $relgraph_types)" -d "leave out these relation types"
complete -c relgraph -n "__relgraph_in render merge" -l actor -x -d "one actor and its neighbourhood"
complete -c relgraph -n "__relgraph_in render merge" -l depth -x -d "relations away from the actor"
complete -c relgraph -n "__relgraph_in render merge" -l min-weight -x -d "relations stated in at least this many sentences"
complete -c relgraph -n "__relgraph_in render merge" -l min-confidence -x -d "leave out relations found with less confidence"
complete -c relgraph -n "__relgraph_in render merge" -l kinds -x -a "(__relgraph_list state person organization)" -d "kinds of actors drawn as themselves"
complete -c relgraph -n "__relgraph_in render merge" -l top -x -d "the actors with the most statements"
complete -c relgraph -n "__relgraph_in render merge" -l layout -x -a "dot neato fdp sfdp circo twopi auto" -d "Graphviz layout engine"
complete -c relgraph -n "__relgraph_in render merge" -l theme -x -a "light dark print" -d "colour scheme"
complete -c relgraph -n "__relgraph_in render merge" -l labels -x -a "native en" -d "language of the names relgraph writes"
complete -c relgraph -n "__relgraph_in render merge" -l group-by -x -a "country" -d "draw each state in one box with its persons"

# Output
complete -c relgraph -n "__relgraph_in render extract merge parse" -s o -l output -r -F -d "output file"
complete -c relgraph -n "__relgraph_in render merge" -l format -x -a "svg png pdf dot json graphml gexf csv jsonl html events.csv events.jsonl" -d "output format"
complete -c relgraph -n "__relgraph_in render" -l by -x -a "week month" -d "one graph per week or month"
complete -c relgraph -n "__relgraph_in render" -l explain -d "print what was found and why"
complete -c relgraph -n "__relgraph_in parse" -l lang -x -a "auto fr en es" -d "language of the input"
complete -c relgraph -n "__relgraph_in parse" -l input-format -x -a "text conllu" -d "what the input is"
complete -c relgraph -n "__relgraph_in help" -x -a "render extract merge parse"
complete -c relgraph -l version -d "show the version"
complete -c relgraph -s h -l help -d "show help information"
