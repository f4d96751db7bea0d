#include "sim/HelixRateLimiter.h"

#include <cmath>

namespace streamside::sim {

HelixRateLimiter::Outcome HelixRateLimiter::take(const QString& clientId, const QString& userId,
                                                 int pointsPerMinute) {
    const int limit = qMax(1, pointsPerMinute);
    const double pointsPerMs = double(limit) / 60'000.0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString key = clientId + QLatin1Char('/') + userId;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(limit), now});
    Bucket& bucket = *it;
    bucket.points =
        qMin(double(limit), bucket.points + pointsPerMs * double(bucket.updatedAt.msecsTo(now)));
    bucket.updatedAt = now;

    Outcome outcome;
    outcome.limit = limit;
    outcome.allowed = bucket.points >= 1.0;
    if (outcome.allowed)
        bucket.points -= 1.0;
    outcome.remaining = int(std::floor(bucket.points));
    const qint64 msUntilFull = qint64(std::ceil((double(limit) - bucket.points) / pointsPerMs));
    outcome.resetEpochSeconds = now.addMSecs(msUntilFull).toSecsSinceEpoch();
    return outcome;
}

} // namespace streamside::sim
