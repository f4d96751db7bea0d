#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The soak's verdict on the history: the simulator's ledger (its frames,
// each judged owed, at risk or pending; see app/sim/DeliveryLedger.h)
// against the events table of the app's database.
struct HistoryCheck {
    int owed = 0;
    int owedStored = 0;
    int atRisk = 0;
    int atRiskStored = 0;
    int pending = 0;
    int duplicatedFrames = 0;       // frames the simulator sent twice
    int duplicatedFramesStored = 0; // of those, stored (once: message ids are unique)
    int storedForLedgerChannels = 0;
    int storedUnknown = 0;         // stored in those channels, in no frame of the ledger
    int happeningsStoredTwice = 0; // one event id (inside the payload) under two message ids
    QStringList missing;           // owed frames not stored, described (at most 20)
    QString error;                 // the database could not be read

    bool passed() const {
        return error.isEmpty() && owedStored == owed && pending == 0 && storedUnknown == 0 &&
               happeningsStoredTwice == 0;
    }

    // frames: the ledger's "frames"; connections: its "connections" (to
    // describe a missing frame's socket).
    static HistoryCheck run(const QJsonArray& frames, const QJsonArray& connections,
                            const QString& databasePath);
};
