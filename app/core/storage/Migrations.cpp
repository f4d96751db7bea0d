#include "core/storage/Migrations.h"

namespace streamside {

const QList<Migration>& schemaMigrations() {
    static const QList<Migration> migrations{
        {1,
         {
             // Times are milliseconds since the Unix epoch, UTC.
             QStringLiteral("CREATE TABLE accounts ("
                            " user_id TEXT PRIMARY KEY,"
                            " login TEXT NOT NULL,"
                            " display_name TEXT NOT NULL,"
                            " scopes TEXT NOT NULL DEFAULT '',"
                            " token_expires_at INTEGER,"
                            " access_token BLOB,"
                            " refresh_token BLOB,"
                            // how the tokens are stored: 'secretbox-v1' (encrypted) or 'none'
                            " token_protection TEXT NOT NULL DEFAULT 'none',"
                            " is_active INTEGER NOT NULL DEFAULT 0,"
                            " updated_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
        {2,
         {
             QStringLiteral("CREATE TABLE favourites ("
                            " channel_id TEXT PRIMARY KEY,"
                            " login TEXT NOT NULL,"
                            " display_name TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " added_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX favourites_position ON favourites(position)"),
         }},
        {3,
         {
             QStringLiteral("CREATE TABLE events ("
                            " message_id TEXT PRIMARY KEY,"
                            " channel_id TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " subscription_type TEXT NOT NULL,"
                            " occurred_at INTEGER NOT NULL,"
                            " received_at INTEGER NOT NULL,"
                            " actor_login TEXT,"
                            " actor_name TEXT,"
                            " target_name TEXT,"
                            " amount INTEGER,"
                            " message TEXT,"
                            " raw TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX events_channel_time ON events(channel_id, occurred_at "
                            "DESC)"),
             // Per-favourite notification rules arrived with the event history.
             QStringLiteral("ALTER TABLE favourites ADD COLUMN notify_live INTEGER NOT NULL "
                            "DEFAULT 1"),
             QStringLiteral("ALTER TABLE favourites ADD COLUMN notify_kinds TEXT NOT NULL "
                            "DEFAULT ''"),
         }},
        {4,
         {
             // Ascending, so that reading it backwards gives the history's
             // order (newest first, ties last stored first) without a sort:
             // a descending index stores equal times oldest row first.
             QStringLiteral("DROP INDEX events_channel_time"),
             QStringLiteral("CREATE INDEX events_channel_time ON events(channel_id, occurred_at)"),
         }},
    };
    return migrations;
}

} // namespace streamside
