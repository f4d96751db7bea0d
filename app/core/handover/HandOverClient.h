#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QLocalSocket;

namespace streamside {

// The successor's side of a hand-over (see HandOverServer): once this
// process is connected and subscribed, announceReady() tells the predecessor,
// which falls silent and answers that it is leaving: predecessorLeft(). Until
// then the successor keeps its notifications to itself, so that nothing is
// announced twice. Nobody listening under the name is predecessorMissing():
// it has gone (crashed, killed), so the successor carries on alone. Anything
// else (it closed without an answer, no answer in time) is failed(): the
// predecessor stays, and the successor should leave.
class HandOverClient : public QObject {
    Q_OBJECT
public:
    explicit HandOverClient(QObject* parent = nullptr);
    ~HandOverClient() override;

    void announceReady(const QString& serverName, int timeoutMs = 10'000);

signals:
    void predecessorLeft();
    void predecessorMissing(const QString& reason);
    void failed(const QString& reason);

private:
    void onReadyRead();
    void fail(const QString& reason, bool predecessorMissing = false);

    QLocalSocket* m_socket;
    QTimer m_timeout;
    bool m_finished = false;
};

} // namespace streamside
