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
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Opens an empty directed, non-strict root graph.
static inline Agraph_t *rg_agopen_directed(const char *name) {
    return agopen((char *)name, Agdirected, NULL);
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
