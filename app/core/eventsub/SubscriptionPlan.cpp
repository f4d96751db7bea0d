#include "core/eventsub/SubscriptionPlan.h"

#include <QJsonDocument>

namespace streamside {

QString PlannedSubscription::key() const {
    // QJsonDocument writes object keys sorted: equal conditions, equal text.
    return type + QLatin1Char('/') + version + QLatin1Char('/') +
           QString::fromUtf8(QJsonDocument(condition).toJson(QJsonDocument::Compact));
}

int SubscriptionPlan::totalCost() const {
    int total = 0;
    for (const PlannedSubscription& subscription : subscriptions)
        total += subscription.cost;
    return total;
}

} // namespace streamside
