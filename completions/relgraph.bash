# bash completion for relgraph.
#
# Completes file names for inputs, -o and --lexicon; the options of the subcommand named, or of
# `render` when none is (relgraph article.txt -o g.svg is relgraph render); and the values of every
# option that takes one of a fixed set, comma-separated lists included (--types SANCTION,ASS<tab>).
# Installed by `make install`; or: source completions/relgraph.bash

_relgraph_formats="svg png pdf dot json graphml gexf csv jsonl html events.csv events.jsonl"
_relgraph_layouts="dot neato fdp sfdp circo twopi auto"
_relgraph_languages="auto fr en es"
_relgraph_types="AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT AFFILIATION"
_relgraph_kinds="state person organization"
_relgraph_themes="light dark print"
_relgraph_label_languages="native en"
_relgraph_groupings="country"
_relgraph_periods="week month"
_relgraph_input_formats="text conllu"
_relgraph_subcommands="render extract merge parse help"

_relgraph_input_options="--lang --glob --jsonl --since --until --max-evidence --jobs --quiet --lexicon --max-input-bytes"
_relgraph_filter_options="--types --exclude-types --actor --depth --min-weight --min-confidence --kinds --top"
_relgraph_picture_options="--layout --theme --labels --group-by"
_relgraph_common_options="--version -h --help"

# The options of one subcommand.
_relgraph_options() {
    case "$1" in
        render) echo "$_relgraph_input_options $_relgraph_filter_options $_relgraph_picture_options -o --output --format --by --explain $_relgraph_common_options" ;;
        extract) echo "$_relgraph_input_options -o --output $_relgraph_common_options" ;;
        merge) echo "--max-evidence --max-input-bytes $_relgraph_filter_options $_relgraph_picture_options -o --output --format $_relgraph_common_options" ;;
        parse) echo "-o --output --lang --input-format --max-input-bytes $_relgraph_common_options" ;;
    esac
}

# Completes the last item of a comma-separated list from the words in $1.
_relgraph_list() {
    local cur="$2" prefix=""
    if [[ "$cur" == *,* ]]; then prefix="${cur%,*},"; fi
    local IFS=$' \t\n'
    COMPREPLY=($(compgen -P "$prefix" -W "$1" -- "${cur##*,}"))
    compopt -o nospace 2>/dev/null
}

_relgraph() {
    local cur="${COMP_WORDS[COMP_CWORD]}"
    local prev=""
    (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
    local IFS=$' \t\n'

    # The subcommand is the first word after relgraph, if it names one; else render.
    local subcommand=render
    if (( COMP_CWORD > 1 )); then
        case "${COMP_WORDS[1]}" in
            render|extract|merge|parse|help) subcommand="${COMP_WORDS[1]}" ;;
        esac
    fi

    case "$prev" in
        -o|--output|--lexicon)
            COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return ;;
        --format) COMPREPLY=($(compgen -W "$_relgraph_formats" -- "$cur")); return ;;
        --layout) COMPREPLY=($(compgen -W "$_relgraph_layouts" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "$_relgraph_languages" -- "$cur")); return ;;
        --theme) COMPREPLY=($(compgen -W "$_relgraph_themes" -- "$cur")); return ;;
        --labels) COMPREPLY=($(compgen -W "$_relgraph_label_languages" -- "$cur")); return ;;
        --group-by) COMPREPLY=($(compgen -W "$_relgraph_groupings" -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "$_relgraph_periods" -- "$cur")); return ;;
        --input-format) COMPREPLY=($(compgen -W "$_relgraph_input_formats" -- "$cur")); return ;;
        --types|--exclude-types) _relgraph_list "$_relgraph_types" "$cur"; return ;;
        --kinds) _relgraph_list "$_relgraph_kinds" "$cur"; return ;;
        --glob|--since|--until|--max-evidence|--jobs|--max-input-bytes|--actor|--depth|--min-weight|--min-confidence|--top)
            COMPREPLY=(); return ;;
    esac

    if [[ "$subcommand" == help ]]; then
        COMPREPLY=($(compgen -W "render extract merge parse" -- "$cur")); return
    fi
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$(_relgraph_options "$subcommand")" -- "$cur")); return
    fi
    # Inputs are files and folders; right after relgraph, a subcommand too.
    COMPREPLY=($(compgen -f -- "$cur"))
    if (( COMP_CWORD == 1 )); then
        COMPREPLY+=($(compgen -W "$_relgraph_subcommands" -- "$cur"))
    fi
    compopt -o filenames 2>/dev/null
}

complete -F _relgraph relgraph
