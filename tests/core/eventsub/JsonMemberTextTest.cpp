#include "core/eventsub/JsonMemberText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

QByteArray memberText(const QByteArray& document, const char* key) {
    const auto text = jsonMemberText(document, key);
    return text ? text->toByteArray() : QByteArray("<none>");
}

// What Qt's parser makes of a member's text on its own (wrapped in an array,
// so that strings, numbers and literals parse too).
QJsonValue parsedAlone(QByteArrayView text) {
    return QJsonDocument::fromJson("[" + text.toByteArray() + "]").array().at(0);
}

} // namespace

TEST(JsonMemberText, IsTheValueExactlyAsWritten) {
    const QByteArray document =
        R"({"metadata":{"id":"1"},"payload" : { "event": {"text": "a } \" { ]"}, "n": [1, {}]} ,)"
        R"("last":-1.5e3})";
    EXPECT_EQ(memberText(document, "metadata"), R"({"id":"1"})");
    EXPECT_EQ(memberText(document, "payload"),
              R"({ "event": {"text": "a } \" { ]"}, "n": [1, {}]})");
    EXPECT_EQ(memberText(document, "last"), "-1.5e3");
    EXPECT_EQ(memberText(document, "id"), "<none>") << "only the top level is searched";
    EXPECT_EQ(memberText(document, "absent"), "<none>");
}

TEST(JsonMemberText, ReadsStringsEndingInBackslashes) {
    const QByteArray document = R"({"a":"x\\","b":"\\\"","payload":{"c":"\\\\"}})";
    EXPECT_EQ(memberText(document, "a"), R"("x\\")");
    EXPECT_EQ(memberText(document, "b"), R"("\\\"")");
    EXPECT_EQ(memberText(document, "payload"), R"({"c":"\\\\"})");
}

TEST(JsonMemberText, SkipsTheByteOrderMarkAndWhitespaceQtSkips) {
    EXPECT_EQ(memberText("\xEF\xBB\xBF {\r\n\t\"payload\"\n:\t{}\r\n}\n", "payload"), "{}");
}

// Where the text could belong to another value than the one Qt keeps, there
// is no answer: a repeated key (Qt keeps the last) or a key spelt with escapes.
TEST(JsonMemberText, GivesNoAnswerWhereTheTextIsAmbiguous) {
    EXPECT_EQ(memberText(R"({"payload":{"a":1},"payload":{"a":2}})", "payload"), "<none>");
    EXPECT_EQ(memberText(R"({"pay\u006coad":{"a":1},"payload":{"a":2}})", "payload"), "<none>");
    EXPECT_EQ(memberText(R"({"p\"":{"a":1},"payload":{"a":2}})", "payload"), "<none>");
    EXPECT_EQ(memberText(R"([{"payload":{}}])", "payload"), "<none>");
    EXPECT_EQ(memberText(R"({"payload":{})", "payload"), "<none>");
    EXPECT_EQ(memberText("", "payload"), "<none>");
}

// On every official example, each top-level member's text parses to the
// value Qt's parser gives that member in the whole document.
TEST(JsonMemberText, AgreesWithQtsParserOnEveryOfficialExample) {
    const QDir dir(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    ASSERT_GE(files.size(), 19);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray pretty = file.readAll();
        const QJsonObject root = QJsonDocument::fromJson(pretty).object();
        ASSERT_FALSE(root.isEmpty()) << name.toStdString();
        const QByteArray compact = QJsonDocument(root).toJson(QJsonDocument::Compact);
        for (const QByteArray& document : {pretty, compact}) {
            for (const QString& key : root.keys()) {
                const auto text = jsonMemberText(document, key.toUtf8());
                ASSERT_TRUE(text) << name.toStdString() << " " << key.toStdString();
                EXPECT_EQ(parsedAlone(*text), root.value(key))
                    << name.toStdString() << " " << key.toStdString();
            }
        }
    }
}
