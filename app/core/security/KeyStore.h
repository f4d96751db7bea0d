#pragma once

#include <QObject>

namespace streamside {

// Where the database key lives: the operating system's keychain in the app,
// an in-memory fake in tests. Asynchronous because keychains are (D-Bus).
class KeyStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Reads the key, creating and storing a new one on first use. Answers
    // with exactly one of keyReady() or unavailable().
    virtual void fetchOrCreateKey() = 0;

signals:
    void keyReady(const QByteArray& key);
    void unavailable(const QString& reason);
};

} // namespace streamside
