#include "CSyntaxModels.h"
#include <string.h>

extern const unsigned char relgraph_syntax_model_en_start[], relgraph_syntax_model_en_end[];
extern const unsigned char relgraph_syntax_model_fr_start[], relgraph_syntax_model_fr_end[];
extern const unsigned char relgraph_syntax_model_es_start[], relgraph_syntax_model_es_end[];

static const struct {
    const char *code;
    const unsigned char *start;
    const unsigned char *end;
} models[] = {
    {"en", relgraph_syntax_model_en_start, relgraph_syntax_model_en_end},
    {"fr", relgraph_syntax_model_fr_start, relgraph_syntax_model_fr_end},
    {"es", relgraph_syntax_model_es_start, relgraph_syntax_model_es_end},
};

const unsigned char *relgraph_syntax_model(const char *code, size_t *length) {
    for (size_t index = 0; index < sizeof models / sizeof models[0]; index++) {
        if (strcmp(models[index].code, code) == 0) {
            *length = (size_t)(models[index].end - models[index].start);
            return models[index].start;
        }
    }
    *length = 0;
    return NULL;
}
