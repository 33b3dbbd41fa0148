#!/usr/bin/env python3
"""Writes Sources/CGraphvizText/font_metrics.h (make font-metrics): the advance width of every character of
DejaVu Sans, the font relgraph's pictures are set in, and its kerning pairs between the characters of the
Latin, Greek and Cyrillic ranges, as `text_layout.c` measures labels with them.

    python3 scripts/font_metrics.py /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf > Sources/CGraphvizText/font_metrics.h

Needs fontTools (pip install fonttools). Only numbers are taken from the font: no outline, no name.
"""
import sys
from fontTools.ttLib import TTFont

KERNED = range(0x20, 0x530)  # Latin, IPA, Greek, Cyrillic: the scripts of the names relgraph draws


def kerning_pairs(font, cmap):
    """The GPOS pair adjustments (x advance of the first glyph) between the characters of KERNED."""
    subtables = []
    for lookup in font['GPOS'].table.LookupList.Lookup:
        if lookup.LookupType not in (2, 9):
            continue
        for sub in lookup.SubTable:
            if lookup.LookupType == 9:
                sub = sub.ExtSubTable
            subtables.append(sub)
    glyphs = {cp: cmap[cp] for cp in KERNED if cp in cmap}
    pairs = {}
    for first, g1 in glyphs.items():
        for second, g2 in glyphs.items():
            for sub in subtables:
                value = adjustment(sub, g1, g2)
                if value is not None:
                    if value:
                        pairs[(first, second)] = value
                    break
    return pairs


def adjustment(sub, g1, g2):
    """The first glyph's x advance adjustment of the pair in `sub`, or None when `sub` does not cover `g1`."""
    if sub.Format == 1:
        if g1 not in sub.Coverage.glyphs:
            return None
        pair_set = sub.PairSet[sub.Coverage.glyphs.index(g1)]
        for record in pair_set.PairValueRecord:
            if record.SecondGlyph == g2:
                return getattr(record.Value1, 'XAdvance', 0) if record.Value1 else 0
        return None
    if g1 not in sub.Coverage.glyphs:
        return None
    record = sub.Class1Record[sub.ClassDef1.classDefs.get(g1, 0)].Class2Record[sub.ClassDef2.classDefs.get(g2, 0)]
    return getattr(record.Value1, 'XAdvance', 0) if record.Value1 else 0


def rows(values, per_line, width=6):
    items = [str(v).rjust(width) for v in values]
    return ',\n'.join('    ' + ','.join(items[i:i + per_line]) for i in range(0, len(items), per_line))


def main(path):
    font = TTFont(path)
    cmap = font.getBestCmap()
    metrics = font['hmtx'].metrics
    characters = sorted(cp for cp in cmap if cp <= 0xFFFF)
    pairs = kerning_pairs(font, cmap)
    keys = sorted(pairs)
    print(f'''// Written by scripts/font_metrics.py from {path.rsplit("/", 1)[-1]} (make font-metrics); do not edit.
// DejaVu Sans: {len(characters)} characters, {len(keys)} kerning pairs, in font units.
#ifndef RELGRAPH_FONT_METRICS_H
#define RELGRAPH_FONT_METRICS_H
#include <stdint.h>

enum {{ rg_font_units_per_em = {font['head'].unitsPerEm}, rg_font_ascender = {font['hhea'].ascent},
       rg_font_characters = {len(characters)}, rg_font_kerning_pairs = {len(keys)} }};

/// The characters the font draws, in ascending order.
static const uint16_t rg_font_character[] = {{
{rows(characters, 12)}
}};

/// The advance width of each character of `rg_font_character`.
static const uint16_t rg_font_advance[] = {{
{rows([metrics[cmap[cp]][0] for cp in characters], 12)}
}};

/// Kerned pairs, the first character in the high 16 bits, in ascending order.
static const uint32_t rg_font_kerning_pair[] = {{
{rows([(a << 16) | b for a, b in keys], 8, 11)}
}};

/// The adjustment of each pair of `rg_font_kerning_pair`, added to the first character's advance.
static const int16_t rg_font_kerning[] = {{
{rows([pairs[k] for k in keys], 12)}
}};

#endif''')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
