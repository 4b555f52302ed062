#!/usr/bin/python3
"""Regenerates NotoSansSC-Labels.otf, the font the package-label PDF embeds.

Source: Debian package fonts-noto-cjk (1:20220127+repack1-1, bookworm), file
/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc, face 2 (Noto Sans CJK SC Regular),
SIL Open Font License 1.1 (see OFL.txt). Needs Debian's python3-fonttools (4.38):

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto
    /usr/bin/python3 packages/label-font/scripts/subset.py \
        /tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

Kept: printable ASCII, Latin-1, general punctuation and a few symbols, and every character of
GB2312 (rows 1-9 symbols and full-width forms, rows 16-87 levels 1 and 2, 6763 hanzi).
Anything else prints as the font's .notdef box (see the label-sheet renderer).
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

FACE_SC = 2  # Noto Sans CJK SC in the Regular collection (JP, KR, SC, TC, HK, then Mono)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "NotoSansSC-Labels.otf")


def gb2312_characters():
    """Every character GB2312 encodes: rows 0xA1-0xF7, cells 0xA1-0xFE."""
    chars = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # unassigned cell
    return chars


def codepoints():
    keep = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    keep |= set(range(0x2010, 0x2040))  # dashes, quotes, bullet, ellipsis
    keep |= {0x00D7, 0x2103, 0x2116, 0x2122, 0x3000, 0x3001, 0x3002, 0x300A, 0x300B, 0xFFFD}
    keep |= {ord(c) for c in gb2312_characters()}
    return sorted(keep)


def main(source):
    font = TTCollection(source).fonts[FACE_SC]
    options = subset.Options()
    options.layout_features = ["kern", "palt", "vert"]  # horizontal labels need little more
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.notdef_outline = True  # a visible box for a character outside the subset
    options.hinting = False
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints())
    subsetter.subset(font)
    font.save(OUT)
    print(f"{OUT}: {os.path.getsize(OUT)} bytes, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main(sys.argv[1])
