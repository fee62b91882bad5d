"""Make untrusted text safe to show on a terminal, one character for one.

Article bodies, titles, notes and file names may carry ANSI/OSC escape
sequences or bidi overrides. Rendering replaces each such character with one
visible symbol, so the display has the same length as the stored text and
evidence offsets still index it. The stored text itself is never altered.
"""

from __future__ import annotations

_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20)}  # ␀..␟ (␛ for ESC)
_TABLE[0x7F] = "\u2421"  # ␡
_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})  # C1 controls, incl. CSI 0x9b
# Bidi embeddings/overrides/isolates and marks that can reorder what is shown.
_TABLE.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)})
_TABLE[ord("\r")] = " "  # CRLF files read naturally; offsets unchanged

_MULTILINE = dict(_TABLE)
del _MULTILINE[ord("\n")]
del _MULTILINE[ord("\t")]


def visible(text: str, multiline: bool = False) -> str:
    """`text` with control and bidi characters replaced by visible symbols.

    With `multiline`, newlines and tabs are kept (article bodies); otherwise
    they too become symbols (single-line cells: titles, file names, notes).
    """
    return text.translate(_MULTILINE if multiline else _TABLE)
