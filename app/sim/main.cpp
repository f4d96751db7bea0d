// streamside-sim: runs the Twitch simulator, or steers a running one through
// its control API (/_sim/...).
//
//   streamside-sim [--port P] [--lively-rate R]        run until stopped
//   streamside-sim trigger TYPE [VARIANT] --channel LOGIN [--field KEY=VALUE]...
//   streamside-sim reconnect [--session ID]
//   streamside-sim close --code CODE [--session ID]
//   streamside-sim drop [--session ID]
//   streamside-sim revoke --subscription ID [--status STATUS] | --token TOKEN
//   streamside-sim live LOGIN on|off
//   streamside-sim keepalives on|off [--session ID]
//   streamside-sim silence [--session ID]
//   streamside-sim duplicate COUNT
//   streamside-sim expire --token TOKEN | --login LOGIN
//   streamside-sim load LOGIN RATE | load off
//   streamside-sim chaos start [--seed N] [--interval MIN:MAX] [--live LOGIN]... [--login LOGIN]
//                              [--fault NAME]...
//   streamside-sim chaos stop | status | inject NAME
//   streamside-sim ledger [--grace-ms MS] [--frames]
#include "sim/DeliveryLedger.h"
#include "sim/FaultScheduler.h"
#include "sim/LivelyGenerator.h"
#include "sim/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTextStream>

namespace {

using streamside::sim::Simulator;

int fail(const QString& message, int code = 2) {
    QTextStream(stderr) << "streamside-sim: " << message << '\n';
    return code;
}

struct ControlReply {
    int status = 0;
    QJsonValue body;
    QString error;
};

// One blocking request to the control API of a running simulator.
ControlReply control(const QUrl& base, const QByteArray& method, const QString& path,
                     const QJsonObject& body = {}) {
    QNetworkAccessManager network;
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setTransferTimeout(10000);
    QNetworkReply* reply = network.sendCustomRequest(
        request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ControlReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    result.body = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (result.status == 0)
        result.error = reply->errorString();
    else if (result.status >= 400)
        result.error = document.object()
                           .value(QStringLiteral("error"))
                           .toString(document.object()
                                         .value(QStringLiteral("message"))
                                         .toString(QStringLiteral("HTTP %1").arg(result.status)));
    reply->deleteLater();
    return result;
}

int printResult(const ControlReply& reply) {
    if (!reply.error.isEmpty())
        return fail(reply.error, 1);
    if (reply.body.isObject() && !reply.body.toObject().isEmpty())
        QTextStream(stdout) << QJsonDocument(reply.body.toObject()).toJson(QJsonDocument::Indented);
    return 0;
}

int usage(const QString& line) {
    return fail(QStringLiteral("usage: %1").arg(line));
}

// The open sessions, or just the one named.
QStringList sessionsToSteer(const QUrl& base, const QString& named, QString* error) {
    if (!named.isEmpty())
        return {named};
    const ControlReply reply = control(base, "GET", QStringLiteral("/_sim/eventsub/sessions"));
    if (!reply.error.isEmpty()) {
        *error = reply.error;
        return {};
    }
    QStringList ids;
    for (const QJsonValue& session : reply.body.toArray())
        ids << session.toObject().value(QStringLiteral("session_id")).toString();
    if (ids.isEmpty())
        *error = QStringLiteral("no open EventSub session");
    return ids;
}

int serve(QCoreApplication& app, quint16 port, double livelyRate) {
    Simulator simulator;
    if (!simulator.start(port))
        return fail(simulator.errorString(), 1);
    if (livelyRate > 0) {
        simulator.lively().setRate(livelyRate);
        simulator.lively().start();
    }
    const QString base = simulator.baseUrl().toString();
    QTextStream(stdout) << "Twitch simulator listening on " << base << '\n'
                        << "EventSub WebSocket on " << simulator.context().eventSubUrl.toString()
                        << "\n\nPoint Streamside at it (paste into a shell):\n"
                        << "export STREAMSIDE_CLIENT_ID=" << streamside::sim::World::demoClientId
                        << '\n'
                        << "export STREAMSIDE_TWITCH_AUTH_URL=" << base << "/oauth2\n"
                        << "export STREAMSIDE_TWITCH_API_URL=" << base << "/helix\n"
                        << "export STREAMSIDE_EVENTSUB_URL="
                        << simulator.context().eventSubUrl.toString() << '\n'
                        << "export STREAMSIDE_PLAYER_URL=" << base << "/embed/player\n"
                        << "export STREAMSIDE_CHAT_URL=" << base << "/embed/\n"
                        << "export STREAMSIDE_SIM_URL=" << base << '\n'
                        << Qt::flush;
    // Runs until killed: it keeps nothing that would need saving.
    return app.exec();
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("streamside-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMSIDE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Twitch simulator for Streamside's tests and demo (loopback only).\n\n"
        "Without a command it runs until stopped. Commands steer a running simulator:\n"
        "  trigger TYPE [VARIANT]   send an EventSub event (VARIANT: notice or message type)\n"
        "  reconnect                send session_reconnect\n"
        "  close                    close sessions with --code\n"
        "  drop                     drop sessions without a close frame\n"
        "  revoke                   revoke --subscription ID or --token TOKEN\n"
        "  live LOGIN on|off        make a channel go live or offline\n"
        "  keepalives on|off        stop or resume keepalives\n"
        "  silence                  make sessions half-open (nothing reaches the client)\n"
        "  duplicate COUNT          send the next COUNT notifications twice\n"
        "  expire                   expire --token TOKEN, or every token of --login LOGIN\n"
        "  load LOGIN RATE|off      a steady load of RATE notable events/s into a channel\n"
        "  chaos start|stop|status|inject NAME\n"
        "                           faults at random, seeded intervals (see README)\n"
        "  ledger                   what EventSub delivered, judged with --grace-ms"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (default: any free)."),
                                        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption livelyOption(
        QStringLiteral("lively-rate"),
        QStringLiteral("Generate a believable mix of events at RATE per second (0: off)."),
        QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QStringLiteral("Base URL of a running simulator (default: $STREAMSIDE_SIM_URL)."),
        QStringLiteral("URL"), qEnvironmentVariable("STREAMSIDE_SIM_URL"));
    const QCommandLineOption channelOption(QStringLiteral("channel"),
                                           QStringLiteral("Channel login for trigger."),
                                           QStringLiteral("LOGIN"));
    const QCommandLineOption fieldOption(
        QStringLiteral("field"), QStringLiteral("Event field override for trigger (repeatable)."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption sessionOption(
        QStringLiteral("session"), QStringLiteral("EventSub session (default: every open one)."),
        QStringLiteral("ID"));
    const QCommandLineOption codeOption(QStringLiteral("code"),
                                        QStringLiteral("WebSocket close code for close."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption subscriptionOption(QStringLiteral("subscription"),
                                                QStringLiteral("Subscription id for revoke."),
                                                QStringLiteral("ID"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QStringLiteral("Revocation status (default authorization_revoked)."),
        QStringLiteral("STATUS"), QStringLiteral("authorization_revoked"));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
                                         QStringLiteral("Access token to revoke or expire."),
                                         QStringLiteral("TOKEN"));
    const QCommandLineOption loginOption(
        QStringLiteral("login"), QStringLiteral("Account whose tokens expire (expire, chaos)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of chaos mode (default: random)."),
                                        QStringLiteral("N"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"),
        QStringLiteral("Chaos: milliseconds between faults, MIN:MAX (default 5000:30000)."),
        QStringLiteral("MIN:MAX"), QStringLiteral("5000:30000"));
    const QCommandLineOption liveOption(
        QStringLiteral("live"), QStringLiteral("Chaos: a channel to switch live (repeatable)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Chaos: a fault to inject (repeatable; default all)."),
        QStringLiteral("NAME"));
    const QCommandLineOption graceOption(
        QStringLiteral("grace-ms"), QStringLiteral("Ledger: the grace window."),
        QStringLiteral("MS"), QString::number(streamside::sim::DeliveryLedger::defaultGraceMs));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Ledger: list every frame."));
    parser.addOptions({portOption, livelyOption, urlOption, channelOption, fieldOption,
                       sessionOption, codeOption, subscriptionOption, statusOption, tokenOption,
                       loginOption, seedOption, intervalOption, liveOption, faultOption,
                       graceOption, framesOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("See above."),
                                 QStringLiteral("[command] [arguments]"));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        bool portOk = false;
        bool rateOk = false;
        const uint port = parser.value(portOption).toUInt(&portOk);
        const double rate = parser.value(livelyOption).toDouble(&rateOk);
        if (!portOk || port > 65535)
            return fail(
                QStringLiteral("--port: '%1' is not a port number").arg(parser.value(portOption)));
        if (!rateOk || rate < 0 || rate > 1000)
            return fail(QStringLiteral("--lively-rate: '%1' is not a rate from 0 to 1000")
                            .arg(parser.value(livelyOption)));
        return serve(app, quint16(port), rate);
    }

    const QUrl base(parser.value(urlOption));
    if (!base.isValid() || base.host().isEmpty())
        return fail(QStringLiteral("which simulator? Give --url or set STREAMSIDE_SIM_URL"));
    const QString command = arguments.first();
    const QString session = parser.value(sessionOption);

    if (command == QLatin1String("trigger")) {
        if (arguments.size() < 2 || !parser.isSet(channelOption))
            return fail(QStringLiteral("usage: trigger TYPE [VARIANT] --channel LOGIN"));
        QJsonObject fields;
        for (const QString& field : parser.values(fieldOption)) {
            const qsizetype equals = field.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return fail(QStringLiteral("--field: '%1' is not KEY=VALUE").arg(field));
            const QString value = field.mid(equals + 1);
            bool isNumber = false;
            const double number = value.toDouble(&isNumber);
            fields.insert(field.left(equals), isNumber ? QJsonValue(number) : QJsonValue(value));
        }
        QJsonObject body{{QStringLiteral("type"), arguments[1]},
                         {QStringLiteral("channel"), parser.value(channelOption)},
                         {QStringLiteral("fields"), fields}};
        if (arguments.size() > 2)
            body.insert(arguments[1] == QLatin1String("channel.chat.message")
                            ? QStringLiteral("message_type")
                            : QStringLiteral("notice_type"),
                        arguments[2]);
        return printResult(control(base, "POST", QStringLiteral("/_sim/trigger"), body));
    }
    if (command == QLatin1String("reconnect")) {
        return printResult(control(base, "POST", QStringLiteral("/_sim/eventsub/reconnect"),
                                   {{QStringLiteral("session_id"), session}}));
    }
    if (command == QLatin1String("close") || command == QLatin1String("drop")) {
        bool codeOk = command == QLatin1String("drop");
        const int code = parser.value(codeOption).toInt(&codeOk);
        if (command == QLatin1String("close") && !codeOk)
            return fail(QStringLiteral("usage: close --code CODE [--session ID]"));
        QString error;
        const QStringList ids = sessionsToSteer(base, session, &error);
        if (ids.isEmpty())
            return fail(error, 1);
        for (const QString& id : ids) {
            QJsonObject body{{QStringLiteral("session_id"), id}};
            if (command == QLatin1String("close"))
                body.insert(QStringLiteral("code"), code);
            if (const int status = printResult(
                    control(base, "POST", QStringLiteral("/_sim/eventsub/%1").arg(command), body)))
                return status;
        }
        return 0;
    }
    if (command == QLatin1String("revoke")) {
        if (parser.isSet(tokenOption))
            return printResult(
                control(base, "POST", QStringLiteral("/_sim/tokens/revoke"),
                        {{QStringLiteral("access_token"), parser.value(tokenOption)}}));
        if (!parser.isSet(subscriptionOption))
            return fail(QStringLiteral("usage: revoke --subscription ID [--status S] | --token T"));
        return printResult(
            control(base, "POST", QStringLiteral("/_sim/eventsub/revoke"),
                    {{QStringLiteral("subscription_id"), parser.value(subscriptionOption)},
                     {QStringLiteral("status"), parser.value(statusOption)}}));
    }
    if (command == QLatin1String("live")) {
        if (arguments.size() != 3 ||
            !QStringList({QStringLiteral("on"), QStringLiteral("off")}).contains(arguments[2]))
            return fail(QStringLiteral("usage: live LOGIN on|off"));
        return printResult(
            control(base, "POST", QStringLiteral("/_sim/channels/%1/live").arg(arguments[1]),
                    {{QStringLiteral("live"), arguments[2] == QLatin1String("on")}}));
    }
    if (command == QLatin1String("keepalives")) {
        if (arguments.size() != 2 ||
            !QStringList({QStringLiteral("on"), QStringLiteral("off")}).contains(arguments[1]))
            return usage(QStringLiteral("keepalives on|off [--session ID]"));
        QJsonObject body{{QStringLiteral("enabled"), arguments[1] == QLatin1String("on")}};
        if (!session.isEmpty())
            body.insert(QStringLiteral("session_id"), session);
        return printResult(
            control(base, "POST", QStringLiteral("/_sim/eventsub/keepalives"), body));
    }
    if (command == QLatin1String("silence"))
        return printResult(control(base, "POST", QStringLiteral("/_sim/eventsub/silence"),
                                   {{QStringLiteral("session_id"), session}}));
    if (command == QLatin1String("duplicate")) {
        bool ok = false;
        const int count = arguments.value(1).toInt(&ok);
        if (arguments.size() != 2 || !ok || count < 1)
            return usage(QStringLiteral("duplicate COUNT"));
        return printResult(control(base, "POST", QStringLiteral("/_sim/eventsub/duplicate"),
                                   {{QStringLiteral("count"), count}}));
    }
    if (command == QLatin1String("expire")) {
        if (parser.isSet(tokenOption) == parser.isSet(loginOption))
            return usage(QStringLiteral("expire --token TOKEN | --login LOGIN"));
        const QJsonObject body =
            parser.isSet(tokenOption)
                ? QJsonObject{{QStringLiteral("access_token"), parser.value(tokenOption)}}
                : QJsonObject{{QStringLiteral("login"), parser.value(loginOption)}};
        return printResult(control(base, "POST", QStringLiteral("/_sim/tokens/expire"), body));
    }
    if (command == QLatin1String("load")) {
        if (arguments.size() == 2 && arguments[1] == QLatin1String("off"))
            return printResult(control(base, "DELETE", QStringLiteral("/_sim/load")));
        bool ok = false;
        const double rate = arguments.value(2).toDouble(&ok);
        if (arguments.size() != 3 || !ok)
            return usage(QStringLiteral("load LOGIN RATE | load off"));
        return printResult(
            control(base, "POST", QStringLiteral("/_sim/load"),
                    {{QStringLiteral("channel"), arguments[1]}, {QStringLiteral("rate"), rate}}));
    }
    if (command == QLatin1String("chaos")) {
        const QString action = arguments.value(1);
        if (action == QLatin1String("stop") && arguments.size() == 2)
            return printResult(control(base, "DELETE", QStringLiteral("/_sim/chaos")));
        if (action == QLatin1String("status") && arguments.size() == 2)
            return printResult(control(base, "GET", QStringLiteral("/_sim/chaos")));
        if (action == QLatin1String("inject") && arguments.size() == 3)
            return printResult(control(base, "POST", QStringLiteral("/_sim/chaos/inject"),
                                       {{QStringLiteral("fault"), arguments[2]}}));
        if (action != QLatin1String("start") || arguments.size() != 2)
            return usage(QStringLiteral("chaos start [--seed N] [--interval MIN:MAX] "
                                        "[--live LOGIN]... [--login LOGIN] [--fault NAME]... | "
                                        "chaos stop | status | inject NAME"));
        const QStringList interval = parser.value(intervalOption).split(QLatin1Char(':'));
        bool minOk = false;
        bool maxOk = false;
        const int minMs = interval.value(0).toInt(&minOk);
        const int maxMs = interval.value(1).toInt(&maxOk);
        if (interval.size() != 2 || !minOk || !maxOk)
            return fail(QStringLiteral("--interval: '%1' is not MIN:MAX in milliseconds")
                            .arg(parser.value(intervalOption)));
        const QString seed = parser.isSet(seedOption)
                                 ? parser.value(seedOption)
                                 : QString::number(QRandomGenerator::system()->generate64());
        QTextStream(stderr) << "chaos seed " << seed << '\n';
        return printResult(control(
            base, "POST", QStringLiteral("/_sim/chaos"),
            {{QStringLiteral("seed"), seed},
             {QStringLiteral("min_interval_ms"), minMs},
             {QStringLiteral("max_interval_ms"), maxMs},
             {QStringLiteral("live_channels"),
              QJsonArray::fromStringList(parser.values(liveOption))},
             {QStringLiteral("login"), parser.value(loginOption)},
             {QStringLiteral("faults"), QJsonArray::fromStringList(parser.values(faultOption))}}));
    }
    if (command == QLatin1String("ledger")) {
        bool ok = false;
        const int graceMs = parser.value(graceOption).toInt(&ok);
        if (!ok || graceMs < 0)
            return usage(QStringLiteral("ledger [--grace-ms MS] [--frames]"));
        return printResult(control(base, "GET",
                                   QStringLiteral("/_sim/ledger?grace_ms=%1&frames=%2")
                                       .arg(graceMs)
                                       .arg(parser.isSet(framesOption) ? 1 : 0)));
    }
    return fail(QStringLiteral("unknown command '%1'; see --help").arg(command));
}
