#include "core/events/RecentEventsModel.h"

#include <QSignalSpy>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace streamside;

namespace {
// Marks every string it translates, as a new language would change it.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char*, int) const override {
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }
};
} // namespace

// A language switch words the summaries anew: the list must hear of it at
// once, not at its next repaint.
TEST(RecentEventsModel, ALanguageSwitchChangesEveryRow) {
    RecentEventsModel model;
    model.showChannel("1");
    ChannelEvent raid;
    raid.messageId = "m1";
    raid.broadcasterId = "1";
    raid.kind = EventKind::Raid;
    raid.actorName = "Ada";
    raid.amount = 5;
    raid.occurredAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(model.addEvent(raid));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const QString translated =
        model.data(model.index(0), RecentEventsModel::SummaryRole).toString();
    QCoreApplication::removeTranslator(&marking);

    ASSERT_GE(changed.size(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex().row(), 0);
    EXPECT_TRUE(translated.startsWith("«")) << translated.toStdString();
}
