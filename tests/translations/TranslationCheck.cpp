// Checks the Qt Linguist files against the sources, as CI must:
//   streamside-translation-check LUPDATE SOURCES_LIST INCLUDE_DIR... -- TS_FILE...
// For each .ts file it runs lupdate into a temporary copy and compares the
// messages (a file out of date with the sources misses new strings or keeps
// vanished ones); then it checks that every entry is finished and that no
// translation drops a placeholder (%1…%99, %n, %Ln) of its source. The
// English file (streamside_en.ts) holds only the plural forms (-pluralonly).
// Exit code 0 when all is well; else one line per problem and exit code 1.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString key; // context, source, comment, numerus: what lupdate identifies it by
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<Message> readMessages(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool numerus = false;
    QString comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            comment.clear();
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            current.key = context + QChar(0) + current.source + QChar(0) + comment + QChar(0) +
                          (numerus ? QLatin1Char('n') : QLatin1Char('s'));
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(L?n|\\d{1,2})"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured(0) == QLatin1String("%Ln") ? QStringLiteral("%n")
                                                               : match.captured(0));
    return found;
}

QString shortly(const QString& source) {
    return source.size() > 60 ? source.left(57) + QStringLiteral("...") : source;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    if (arguments.size() < 4 || separator < 2) {
        QTextStream(stderr) << "usage: streamside-translation-check LUPDATE SOURCES_LIST "
                               "INCLUDE_DIR... -- TS_FILE...\n";
        return 2;
    }
    const QString lupdate = arguments.at(0);
    const QString sourcesList = arguments.at(1);
    const QStringList includeDirs = arguments.mid(2, separator - 2);
    const QStringList tsFiles = arguments.mid(separator + 1);

    QTextStream out(stdout);
    int problems = 0;
    auto problem = [&](const QString& file, const QString& what) {
        out << QFileInfo(file).fileName() << ": " << what << '\n';
        ++problems;
    };

    for (const QString& ts : tsFiles) {
        const bool english = QFileInfo(ts).fileName() == QLatin1String("streamside_en.ts");
        QString error;
        const QList<Message> committed = readMessages(ts, &error);
        if (!error.isEmpty()) {
            problem(ts, error);
            continue;
        }

        // What lupdate makes of the sources now, in a copy.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QFile::copy(ts, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList lupdateArguments{QStringLiteral("-locations"), QStringLiteral("none"),
                                     QStringLiteral("-no-obsolete"), QStringLiteral("-silent")};
        if (english)
            lupdateArguments << QStringLiteral("-pluralonly");
        for (const QString& include : includeDirs)
            lupdateArguments << QStringLiteral("-I") + include;
        lupdateArguments << QLatin1Char('@') + sourcesList << QStringLiteral("-ts") << copy;
        QProcess run;
        run.start(lupdate, lupdateArguments);
        if (!run.waitForFinished(120'000) || run.exitCode() != 0) {
            problem(ts, QStringLiteral("lupdate failed: ") +
                            QString::fromLocal8Bit(run.readAllStandardError()).trimmed());
            continue;
        }
        const QList<Message> updated = readMessages(copy, &error);
        QSet<QString> committedKeys;
        for (const Message& message : committed)
            if (message.type != QLatin1String("vanished") &&
                message.type != QLatin1String("obsolete"))
                committedKeys.insert(message.key);
        QSet<QString> currentKeys;
        for (const Message& message : updated)
            if (message.type != QLatin1String("vanished") &&
                message.type != QLatin1String("obsolete"))
                currentKeys.insert(message.key);
        for (const Message& message : updated)
            if (currentKeys.contains(message.key) && !committedKeys.contains(message.key))
                problem(ts, QStringLiteral("out of date: new string \"%1\" (run the lupdate "
                                           "targets, then translate it)")
                                .arg(shortly(message.source)));
        for (const Message& message : committed)
            if (committedKeys.contains(message.key) && !currentKeys.contains(message.key))
                problem(ts, QStringLiteral("out of date: \"%1\" is no longer in the sources")
                                .arg(shortly(message.source)));

        for (const Message& message : committed) {
            if (message.type == QLatin1String("vanished") ||
                message.type == QLatin1String("obsolete")) {
                problem(ts,
                        QStringLiteral("vanished entry kept: \"%1\"").arg(shortly(message.source)));
                continue;
            }
            bool empty = message.forms.isEmpty();
            for (const QString& form : message.forms)
                empty |= form.isEmpty();
            if (message.type == QLatin1String("unfinished") || empty) {
                problem(ts, QStringLiteral("unfinished: \"%1\"").arg(shortly(message.source)));
                continue;
            }
            const QSet<QString> wanted = placeholders(message.source);
            for (const QString& form : message.forms) {
                const QSet<QString> present = placeholders(form);
                for (const QString& placeholder : wanted)
                    if (!present.contains(placeholder))
                        problem(ts, QStringLiteral("\"%1\" drops %2 in \"%3\"")
                                        .arg(shortly(message.source), placeholder, shortly(form)));
            }
        }
    }
    out << (problems == 0
                ? QStringLiteral("All %1 translation files are complete and up to date.\n")
                      .arg(tsFiles.size())
                : QStringLiteral("%1 problem(s).\n").arg(problems));
    return problems == 0 ? 0 : 1;
}
