#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace streamside::sim {

// Helix's token bucket: per (client id, user) a bucket of pointsPerMinute
// points that refills continuously; each request takes one point. What a
// request learns is what Twitch's Ratelimit-* headers tell.
class HelixRateLimiter {
public:
    struct Outcome {
        bool allowed = false;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0; // when the bucket is full again
    };

    // Takes one point from the bucket of (clientId, userId) when it has one.
    // pointsPerMinute is read on every call so that it can change at run time.
    Outcome take(const QString& clientId, const QString& userId, int pointsPerMinute);
    // Refills every bucket.
    void reset() { m_buckets.clear(); }

private:
    struct Bucket {
        double points = 0;
        QDateTime updatedAt;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace streamside::sim
