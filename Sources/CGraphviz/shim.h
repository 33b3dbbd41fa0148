// Thin C helpers over Graphviz's cgraph and gvc for relgraph.
//
// Debian 12 ships Graphviz 2.42, whose headers take `char *` where the
// library only reads (cgraph copies every string it keeps). These wrappers
// take `const char *` so Swift strings pass straight through, and they keep
// Graphviz's mutable globals (Agdirected, AgIoDisc) on the C side, where
// Swift 6's strict concurrency checking does not see them.
#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// cgraph's default id discipline makes a named object's id the address of its interned name, and keeps
// subgraphs ordered by id: layouts would list clusters, and the SVG and DOT draw them, in an order that
// changes from run to run with the heap. This discipline is the default one except for graph names: each
// new graph name takes the next anonymous id (odd, counted up) and is remembered here, so subgraphs keep the
// order they are created in and the same drawing plan always gives the same bytes. Names are kept in this
// state as cgraph strings of the root graph (agstrdup: writers check a name's string header), not in cgraph's
// internal name map, whose entries its close does not free.

typedef struct {
    void *base;
    Agraph_t *root;
    size_t count, capacity;
    IDTYPE *ids;
    char **names;
} rg_graph_ids;

static void *rg_idopen(Agraph_t *g, Agdisc_t *disc) {
    rg_graph_ids *state = calloc(1, sizeof *state);
    if (state == NULL) return NULL;
    state->root = g;
    state->base = AgIdDisc.open(g, disc);
    if (state->base == NULL) { free(state); return NULL; }
    return state;
}

static long rg_graph_index(const rg_graph_ids *state, const char *name) {
    for (size_t i = 0; i < state->count; i++) if (strcmp(state->names[i], name) == 0) return (long)i;
    return -1;
}

static long rg_idmap(void *opaque, int objtype, char *str, IDTYPE *id, int createflag) {
    rg_graph_ids *state = opaque;
    if (str == NULL || objtype != AGRAPH) return AgIdDisc.map(state->base, objtype, str, id, createflag);
    long found = rg_graph_index(state, str);
    if (found >= 0) { *id = state->ids[found]; return 1; }
    if (!createflag) return 0;
    if (state->count == state->capacity) {
        size_t capacity = state->capacity ? state->capacity * 2 : 16;
        IDTYPE *ids = realloc(state->ids, capacity * sizeof *ids);
        if (ids == NULL) return 0;
        state->ids = ids;
        char **names = realloc(state->names, capacity * sizeof *names);
        if (names == NULL) return 0;
        state->names = names;
        state->capacity = capacity;
    }
    IDTYPE fresh;
    if (!AgIdDisc.map(state->base, objtype, NULL, &fresh, createflag)) return 0;
    char *copy = agstrdup(state->root, str);
    if (copy == NULL) return 0;
    state->ids[state->count] = fresh;
    state->names[state->count] = copy;
    state->count++;
    *id = fresh;
    return 1;
}

static long rg_idalloc(void *opaque, int objtype, IDTYPE request) {
    return AgIdDisc.alloc(((rg_graph_ids *)opaque)->base, objtype, request);
}

static void rg_idfree(void *opaque, int objtype, IDTYPE id) {
    rg_graph_ids *state = opaque;
    if (objtype == AGRAPH) {
        for (size_t i = 0; i < state->count; i++) {
            if (state->ids[i] != id) continue;
            agstrfree(state->root, state->names[i]);
            state->count--;
            state->ids[i] = state->ids[state->count];
            state->names[i] = state->names[state->count];
            return;
        }
    }
    AgIdDisc.free(state->base, objtype, id);
}

static char *rg_idprint(void *opaque, int objtype, IDTYPE id) {
    rg_graph_ids *state = opaque;
    if (objtype == AGRAPH) {
        for (size_t i = 0; i < state->count; i++) if (state->ids[i] == id) return state->names[i];
    }
    return AgIdDisc.print(state->base, objtype, id);
}

static void rg_idclose(void *opaque) {
    rg_graph_ids *state = opaque;
    for (size_t i = 0; i < state->count; i++) agstrfree(state->root, state->names[i]);
    free(state->ids);
    free(state->names);
    AgIdDisc.close(state->base);
    free(state);
}

static void rg_idregister(void *opaque, int objtype, void *obj) {
    AgIdDisc.idregister(((rg_graph_ids *)opaque)->base, objtype, obj);
}

static const Agiddisc_t rg_graphs_in_creation_order = {
    rg_idopen, rg_idmap, rg_idalloc, rg_idfree, rg_idprint, rg_idclose, rg_idregister,
};

/// The default memory and I/O disciplines, with graphs numbered in the order they are created.
static const Agdisc_t rg_discipline = { NULL, (Agiddisc_t *)&rg_graphs_in_creation_order, NULL };

/// Opens an empty directed, non-strict root graph whose subgraphs (clusters) keep the order they are created in.
static inline Agraph_t *rg_agopen_directed(const char *name) {
    return agopen((char *)name, Agdirected, (Agdisc_t *)&rg_discipline);
}

/// Finds or creates the node called `name`.
static inline Agnode_t *rg_agnode(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

/// Creates an anonymous edge from `tail` to `head` (never reuses one).
static inline Agedge_t *rg_agedge(Agraph_t *g, Agnode_t *tail, Agnode_t *head) {
    return agedge(g, tail, head, NULL, 1);
}

/// Finds or creates the subgraph called `name` (a cluster when it starts with "cluster").
static inline Agraph_t *rg_agsubg(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

/// Declares (or changes the default of) an attribute for graphs, nodes or edges.
static inline Agsym_t *rg_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}

/// Sets a plain-string attribute on `obj`, declaring it with `def` as the default if needed.
static inline int rg_agsafeset(void *obj, const char *name, const char *value, const char *def) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}

/// Sets an HTML-like attribute (label=<...>) on `obj`.
///
/// cgraph marks HTML strings in its string pool; holding the marked copy
/// while agsafeset copies `value` makes the stored attribute the marked one.
static inline int rg_agsafeset_html(void *obj, const char *name, const char *value) {
    Agraph_t *g = agraphof(obj);
    char *html = agstrdup_html(g, (char *)value);
    if (html == NULL) return -1;
    int rc = agsafeset(obj, (char *)name, html, "");
    agstrfree(g, html);
    return rc;
}

/// The value of attribute `name` on `obj`, or NULL when it is not declared. Points into cgraph's pool: copy it.
static inline const char *rg_agget(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

/// Writes `g` as DOT into a malloc'd, NUL-terminated buffer; the caller frees it.
/// Returns NULL when the stream cannot be opened or agwrite fails.
static inline char *rg_agwrite_to_buffer(Agraph_t *g, size_t *length) {
    char *buffer = NULL;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (stream == NULL) return NULL;
    int rc = agwrite(g, stream);
    if (fclose(stream) != 0 || rc == EOF) {
        free(buffer);
        return NULL;
    }
    if (length != NULL) *length = size;
    return buffer;
}

/// Parses DOT text held in memory.
static inline Agraph_t *rg_agmemread(const char *text) {
    return agmemread(text);
}

/// Frees a string Graphviz allocated with malloc (aglasterr's copy).
static inline void rg_free(void *pointer) {
    free(pointer);
}

#endif
