#pragma once

#include <QColor>
#include <QString>

// The colours that say a state, in one place: every screen asks for a tone instead of spelling
// a colour. The text colours are dark enough to read on white and on the light tints below
// (contrast of at least 4.5:1).
namespace bss::palette {

enum class Tone {
    Error,   // refused, failed, incomplete (the seed's red line)
    Ok,      // done, synchronized, provisioned, ready
    Warning, // needs another step before it counts (Seats changed: calculate again)
    Muted,   // nothing yet: unsynchronized, pending, cancelled
    Info     // a neutral notice
};

// Text in that tone.
inline QColor text(Tone tone) {
    switch (tone) {
    case Tone::Error:
        return QColor(0xb3, 0x26, 0x1e);
    case Tone::Ok:
        return QColor(0x1e, 0x7b, 0x34);
    case Tone::Warning:
        return QColor(0x9a, 0x6b, 0x00);
    case Tone::Muted:
        return QColor(0x6b, 0x6b, 0x6b);
    case Tone::Info:
        return QColor(0x20, 0x20, 0x20);
    }
    return {};
}

// A light tint to put that tone behind a whole row or bar, and the border around such a bar.
inline QColor background(Tone tone) {
    switch (tone) {
    case Tone::Error:
        return QColor(0xfd, 0xec, 0xea);
    case Tone::Ok:
        return QColor(0xe7, 0xf5, 0xea);
    case Tone::Warning:
        return QColor(0xfd, 0xf3, 0xdc);
    case Tone::Muted:
        return QColor(0xf2, 0xf2, 0xf2);
    case Tone::Info:
        return QColor(0xe8, 0xf0, 0xf8);
    }
    return {};
}

inline QColor border(Tone tone) {
    switch (tone) {
    case Tone::Error:
        return QColor(0xe0, 0xa0, 0x9a);
    case Tone::Ok:
        return QColor(0x8c, 0xc7, 0x9a);
    case Tone::Warning:
        return QColor(0xd9, 0xb8, 0x6a);
    case Tone::Muted:
        return QColor(0xc8, 0xc8, 0xc8);
    case Tone::Info:
        return QColor(0x9b, 0xb8, 0xd6);
    }
    return {};
}

// An order line that still lacks its Seats: a stronger tint than a message bar's, so that the
// row stands out in a table; selected, it turns into white on the error red.
inline QColor incompleteBackground() {
    return QColor(0xfd, 0xe3, 0xe1);
}
inline QColor selectedText() {
    return QColor(0xff, 0xff, 0xff);
}

// "#b3261e", for style sheets.
inline QString css(const QColor &color) {
    return color.name(QColor::HexRgb);
}

// A label's style sheet for text in that tone, e.g. "color: #b3261e;".
inline QString textStyle(Tone tone) {
    return QStringLiteral("color: %1;").arg(css(text(tone)));
}

} // namespace bss::palette
