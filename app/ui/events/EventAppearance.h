#pragma once

#include "core/events/EventKind.h"

#include <QColor>
#include <QString>

namespace streamside::ui {

// How a kind of event looks in the list: a symbol on a coloured disc.
// Symbols come from DejaVu Sans, which every Linux desktop has.
struct EventAppearance {
    QString symbol;
    QColor color;

    static EventAppearance of(EventKind kind);
};

} // namespace streamside::ui
