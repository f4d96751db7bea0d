#include "core/auth/LoopbackCallback.h"

#include <QHash>

#include <optional>

namespace streamside {

namespace {

// Length and content compared without an early exit, so that the time taken
// tells nothing about how much of a guessed state was right.
bool equalInConstantTime(const QByteArray& left, const QByteArray& right) {
    if (left.size() != right.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= static_cast<unsigned char>(left.at(i) ^ right.at(i));
    return difference == 0;
}

// application/x-www-form-urlencoded, as Twitch writes the fragment (spaces as
// '+'). nullopt for a repeated or empty name: a real callback has neither.
std::optional<QHash<QString, QString>> parseForm(const QByteArray& encoded) {
    QHash<QString, QString> fields;
    if (encoded.isEmpty())
        return fields;
    for (const QByteArray& pair : encoded.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString decodedName = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (decodedName.isEmpty() || fields.contains(decodedName))
            return std::nullopt;
        fields.insert(decodedName, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return fields;
}

// Text from the callback shown on a page and in the error message: one line,
// printable, bounded.
QString printableLine(const QString& text) {
    QString line;
    for (const QChar c : text.left(LoopbackCallback::maxReasonLength))
        line += c.isPrint() ? c : QLatin1Char(' ');
    return line.simplified();
}

} // namespace

LoopbackCallback LoopbackCallback::read(const QByteArray& body, const QString& expectedState) {
    LoopbackCallback callback;
    const std::optional<QHash<QString, QString>> fields = parseForm(body);
    if (!fields) {
        callback.outcome = Outcome::Unreadable;
        return callback;
    }
    // Checked before anything else is looked at: a callback with another
    // state neither logs anyone in nor ends this login.
    if (expectedState.isEmpty() ||
        !equalInConstantTime(fields->value(QStringLiteral("state")).toUtf8(),
                             expectedState.toUtf8())) {
        callback.outcome = Outcome::ForeignState;
        return callback;
    }

    const QString error = fields->value(QStringLiteral("error"));
    if (!error.isEmpty()) {
        if (error == QLatin1String("access_denied")) {
            callback.outcome = Outcome::Cancelled;
            return callback;
        }
        const QString description =
            printableLine(fields->value(QStringLiteral("error_description")));
        const QString reason = description.isEmpty() ? printableLine(error) : description;
        // Twitch's errors are words (invalid_scope, redirect_mismatch): one
        // with nothing printable in it, and no description, is not Twitch's
        // (found by the fuzzer: it made "Twitch refused the login: ").
        callback.outcome = reason.isEmpty() ? Outcome::Unreadable : Outcome::Refused;
        callback.twitchReason = reason;
        return callback;
    }

    const QString accessToken = fields->value(QStringLiteral("access_token"));
    if (accessToken.isEmpty() ||
        fields->value(QStringLiteral("token_type"))
                .compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        callback.outcome = Outcome::NoToken;
        return callback;
    }
    callback.outcome = Outcome::Approved;
    callback.grant.accessToken = accessToken;
    callback.grant.scopes =
        fields->value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return callback;
}

} // namespace streamside
