#ifndef RELGRAPH_GRAPHVIZ_TEXT_H
#define RELGRAPH_GRAPHVIZ_TEXT_H

#include <graphviz/gvc.h>

/// The width in points that Graphviz's pango plugin gives `text` (UTF-8) set in DejaVu Sans at `points`:
/// each character's advance hinted to whole pixels at 96 dots per inch, kerning added, plus one point.
double rg_text_width(const char *text, double points);

/// A Graphviz context with only the plugins a vector picture needs: the core renderers (SVG, DOT, JSON), the
/// `dot` layout and relgraph's own text layout, which measures DejaVu Sans from the metrics compiled in
/// instead of loading pango, cairo, fontconfig and every installed font. NULL when Graphviz's plugin
/// libraries are not where libgvc's own directory says: the caller then uses `gvContext()`.
GVC_t *rg_vector_context(void);

/// Adds Graphviz's plugin library `name` ("neato_layout") to `gvc`, from the directory the libgvc in use
/// came with. Returns 0 on success, -1 when the library or its plugin table cannot be found.
int rg_add_plugin_library(GVC_t *gvc, const char *name);

#endif
