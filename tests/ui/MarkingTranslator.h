#pragma once

#include <QTranslator>

// A translator that "translates" every string into «string»: installed, it
// shows which texts a widget sets again on a language switch, while the real
// language files are still empty.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        // Qt's own markers (the layout direction) stay as they are.
        if (qstrcmp(sourceText, "QT_LAYOUT_DIRECTION") == 0)
            return {};
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }
};
