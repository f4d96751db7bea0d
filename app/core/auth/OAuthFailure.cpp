#include "core/auth/OAuthFailure.h"

namespace streamside {

QString OAuthFailure::toString() const {
    if (httpStatus == 0)
        return message;
    return QStringLiteral("%1 %2").arg(httpStatus).arg(message);
}

} // namespace streamside
