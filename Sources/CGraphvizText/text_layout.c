// relgraph's text layout plugin for Graphviz, and the lean context that uses it.
//
// Graphviz measures every label before it lays a graph out. Its pango plugin does that by loading
// pango, cairo and fontconfig, initialising fontconfig (a scan of every installed font), matching the
// font once per point size and running FreeType's hinting program on every glyph: for a news graph,
// more work than the layout itself, and more than relgraph's whole reading of the article. relgraph's
// pictures are set in one font, DejaVu Sans, whose advance widths and kerning are compiled in
// (font_metrics.h), so a vector picture needs none of that: this plugin gives Graphviz the same sizes
// pango gives, from a table. Bitmaps and PDF still go through cairo and pango, which draw the text.
#define _GNU_SOURCE
#include "CGraphvizText.h"

#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>

#include "font_metrics.h"

/// The font the metrics are of; any other is left to Graphviz's own estimate.
static const char *const measured_font = "DejaVu Sans";

/// Decodes the UTF-8 character at `*cursor` and moves past it; a malformed byte reads as itself.
static unsigned decode(const unsigned char **cursor) {
    const unsigned char *s = *cursor;
    unsigned c = s[0];
    int length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    for (int i = 1; i < length; i++) {
        if ((s[i] & 0xC0) != 0x80) { length = 1; break; }
    }
    if (length > 1) {
        c &= 0x7F >> length;
        for (int i = 1; i < length; i++) c = (c << 6) | (s[i] & 0x3F);
    }
    *cursor = s + length;
    return c;
}

/// The index of `c` in the font's characters, or -1.
static int character_index(unsigned c) {
    if (c > 0xFFFF) return -1;
    int low = 0, high = rg_font_characters - 1;
    while (low <= high) {
        int middle = (low + high) / 2;
        if (rg_font_character[middle] == c) return middle;
        if (rg_font_character[middle] < c) low = middle + 1; else high = middle - 1;
    }
    return -1;
}

/// The kerning between `first` and `second`, in font units.
static int kerning(unsigned first, unsigned second) {
    if (first > 0xFFFF || second > 0xFFFF) return 0;
    uint32_t key = (first << 16) | second;
    int low = 0, high = rg_font_kerning_pairs - 1;
    while (low <= high) {
        int middle = (low + high) / 2;
        if (rg_font_kerning_pair[middle] == key) return rg_font_kerning[middle];
        if (rg_font_kerning_pair[middle] < key) low = middle + 1; else high = middle - 1;
    }
    return 0;
}

/// A character the font lacks is drawn from a fallback font: a full em for the wide scripts of East
/// Asia, some six tenths of one for any other.
static int missing_advance(unsigned c) {
    int wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? rg_font_units_per_em : rg_font_units_per_em * 6 / 10;
}

/// Pango lays text out at 96 dots per inch with hinted metrics: each advance and each kerning
/// adjustment is rounded to whole pixels, and the sum turned back into points.
double rg_text_width(const char *text, double points) {
    double pixelsPerUnit = points * 96.0 / 72.0 / rg_font_units_per_em;
    const unsigned char *cursor = (const unsigned char *)text;
    long pixels = 0;
    unsigned previous = 0;
    while (*cursor) {
        unsigned c = decode(&cursor);
        int index = character_index(c);
        int advance = index >= 0 ? rg_font_advance[index] : missing_advance(c);
        pixels += lround(advance * pixelsPerUnit);
        if (previous) pixels += lround(kerning(previous, c) * pixelsPerUnit);
        previous = c;
    }
    return floor(pixels * 72.0 / 96.0 + 1);
}

/// Graphviz's textlayout entry: fills the span's size and offsets as the pango plugin does, with no layout
/// object (only the vector renderers, which never read one, use this context).
static boolean layout_text(textspan_t *span, char **fontpath) {
    (void)fontpath;
    if (span->font == NULL || span->font->name == NULL || strcasecmp(span->font->name, measured_font) != 0) return FALSE;
    double size = span->font->size;
    span->size.x = rg_text_width(span->str ? span->str : "", size);
    // The pango plugin's line height: its font size and a tenth, not the font's ascent and descent.
    span->size.y = (int)(size * 1.1 + 0.5);
    span->yoffset_layout = ceil(rg_font_ascender * size * 96.0 / 72.0 / rg_font_units_per_em) * 72.0 / 96.0;
    span->yoffset_centerline = 0.2 * size;
    span->layout = NULL;
    span->free_layout = NULL;
    return TRUE;
}

static gvtextlayout_engine_t text_engine = { layout_text };
static gvplugin_installed_t text_types[] = { {0, "textlayout", 0, &text_engine, NULL}, {0, NULL, 0, NULL, NULL} };
static gvplugin_api_t text_apis[] = { {API_textlayout, text_types}, {(api_t)0, NULL} };
static gvplugin_library_t text_library = { "relgraph_text", text_apis };

/// The directory of Graphviz's plugins: $GVBINDIR when set, as for Graphviz itself, else "graphviz" beside the
/// libgvc this process loaded.
static int plugin_directory(char *buffer, size_t size) {
    const char *chosen = getenv("GVBINDIR");
    if (chosen != NULL && chosen[0] != '\0') {
        int written = snprintf(buffer, size, "%s", chosen);
        return written > 0 && (size_t)written < size ? 0 : -1;
    }
    Dl_info info;
    if (dladdr((void *)gvContext, &info) == 0 || info.dli_fname == NULL) return -1;
    const char *slash = strrchr(info.dli_fname, '/');
    if (slash == NULL) return -1;
    int written = snprintf(buffer, size, "%.*s/graphviz", (int)(slash - info.dli_fname), info.dli_fname);
    return written > 0 && (size_t)written < size ? 0 : -1;
}

/// The plugin table of Graphviz's plugin library `name`, loaded from the plugin directory; NULL if absent.
static gvplugin_library_t *plugin_library(const char *name) {
    char directory[4096], path[4352], symbol[128];
    if (plugin_directory(directory, sizeof directory) != 0) return NULL;
    snprintf(path, sizeof path, "%s/libgvplugin_%s.so.6", directory, name);
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) return NULL;
    snprintf(symbol, sizeof symbol, "gvplugin_%s_LTX_library", name);
    return (gvplugin_library_t *)dlsym(handle, symbol);
}

GVC_t *rg_vector_context(void) {
    gvplugin_library_t *core = plugin_library("core"), *dot = plugin_library("dot_layout");
    if (core == NULL || dot == NULL) return NULL;
    // gvContextPlugins installs, as builtins, the tables whose names start with "g" and hold "_LTX_library".
    static lt_symlist_t builtins[4];
    builtins[0] = (lt_symlist_t){ "gvplugin_core_LTX_library", core };
    builtins[1] = (lt_symlist_t){ "gvplugin_dot_layout_LTX_library", dot };
    builtins[2] = (lt_symlist_t){ "gvplugin_relgraph_text_LTX_library", &text_library };
    builtins[3] = (lt_symlist_t){ NULL, NULL };
    return gvContextPlugins(builtins, 0);
}

int rg_add_plugin_library(GVC_t *gvc, const char *name) {
    gvplugin_library_t *library = plugin_library(name);
    if (library == NULL) return -1;
    gvAddLibrary(gvc, library);
    return 0;
}
