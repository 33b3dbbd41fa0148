// The trained syntax models, linked into the binary as read-only data.
// Paths are relative to this target's include/ directory, the one directory the assembler is told to search.
// `make models` touches this file after retraining, so that the build assembles it again.

    .section .rodata.relgraph_syntax_models,"a",@progbits

    .balign 64
    .globl relgraph_syntax_model_en_start
    .hidden relgraph_syntax_model_en_start
relgraph_syntax_model_en_start:
    .incbin "../models/en.rgsm"
    .globl relgraph_syntax_model_en_end
    .hidden relgraph_syntax_model_en_end
relgraph_syntax_model_en_end:

    .balign 64
    .globl relgraph_syntax_model_fr_start
    .hidden relgraph_syntax_model_fr_start
relgraph_syntax_model_fr_start:
    .incbin "../models/fr.rgsm"
    .globl relgraph_syntax_model_fr_end
    .hidden relgraph_syntax_model_fr_end
relgraph_syntax_model_fr_end:

    .balign 64
    .globl relgraph_syntax_model_es_start
    .hidden relgraph_syntax_model_es_start
relgraph_syntax_model_es_start:
    .incbin "../models/es.rgsm"
    .globl relgraph_syntax_model_es_end
    .hidden relgraph_syntax_model_es_end
relgraph_syntax_model_es_end:

    .section .note.GNU-stack,"",@progbits
