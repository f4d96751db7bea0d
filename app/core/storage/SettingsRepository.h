#pragma once

#include "core/storage/StorageError.h"

#include <QString>
#include <QVariant>

namespace streamside {

class Database;

// A typed setting: its storage name and the value used until one is stored.
template <typename T>
struct SettingKey {
    const char* name;
    T defaultValue;
};

// The settings Streamside keeps, in one place so that names never drift.
namespace setting {
inline const SettingKey<QString> clientId{"twitch/clientId", {}};
inline const SettingKey<QString> language{"ui/language", {}}; // empty: follow the system
inline const SettingKey<bool> ownChannelFullEvents{"events/ownChannelFullEvents", false};
inline const SettingKey<int> eventRetentionPerChannel{"events/retentionPerChannel", 500};
inline const SettingKey<QString> lastChannel{"ui/lastChannel", {}};
// Told that closing the window keeps Streamside in the tray, and asked not to be again.
inline const SettingKey<bool> closeToTrayNoticeShown{"tray/closeToTrayNoticeShown", false};
// Told that the desktop has no tray (so closing the window quits).
inline const SettingKey<bool> noTrayNoticeShown{"tray/noTrayNoticeShown", false};
} // namespace setting

class SettingsRepository {
public:
    explicit SettingsRepository(Database& database);

    template <typename T>
    T value(const SettingKey<T>& key) const {
        const QVariant stored = read(QLatin1String(key.name));
        if (!stored.isValid())
            return key.defaultValue;
        QVariant converted = stored;
        if (!converted.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        return converted.value<T>();
    }

    template <typename T>
    StorageError setValue(const SettingKey<T>& key, const T& value) {
        return write(QLatin1String(key.name), QVariant::fromValue(value).toString());
    }

    StorageError reset(const QString& name);

private:
    QVariant read(const QString& name) const; // invalid when not stored
    StorageError write(const QString& name, const QString& value);

    Database& m_database;
};

} // namespace streamside
