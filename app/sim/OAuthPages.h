#pragma once

#include "sim/World.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The HTML pages of the simulated id.twitch.tv: consent, device activation
// and errors. Styled after Twitch's own so that the demo looks the part; the
// buttons have stable ids for headless browser tests.
namespace streamside::sim::oauth_pages {

// What a scope lets the application do, in words ("View the list of channels
// you follow"); the scope itself when unknown.
QString scopeDescription(const QString& scope);

// The consent page of GET /oauth2/authorize. hiddenFields are posted back
// with the decision; autoApproveSeconds >= 0 submits Authorize by itself
// after that many seconds.
QString consentPage(const QString& appName, const QStringList& scopes,
                    const QList<SimUser>& accounts, const QString& defaultLogin,
                    const QList<QPair<QString, QString>>& hiddenFields, int autoApproveSeconds);

// GET /activate: enter or confirm the code shown by the device.
QString activationPage(const QString& userCode, const QList<SimUser>& accounts,
                       const QString& defaultLogin);
// The page after a device decision (approved or denied).
QString activationDonePage(const QString& appName, bool approved);

// An error page; id.twitch.tv never redirects to an unverified redirect URI.
QString errorPage(const QString& title, const QString& message);

} // namespace streamside::sim::oauth_pages
