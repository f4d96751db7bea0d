#include "sim/OAuthPages.h"

#include <QHash>

namespace streamside::sim::oauth_pages {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString document(const QString& title, const QString& body) {
    static const QString style = QStringLiteral(
        "body{margin:0;background:#0e0e10;color:#efeff1;font-family:Inter,Roobert,"
        "'Helvetica Neue',Arial,sans-serif;display:flex;justify-content:center}"
        ".card{background:#18181b;border-radius:8px;margin-top:48px;padding:32px;width:420px;"
        "box-shadow:0 4px 24px rgba(0,0,0,.6)}"
        ".logo{color:#9146ff;font-weight:800;font-size:22px;letter-spacing:.5px}"
        "h1{font-size:20px;margin:16px 0 8px}p,li{color:#adadb8;line-height:1.4}"
        "ul{padding-left:20px}label{display:block;margin:16px 0 6px;color:#efeff1}"
        "select,input{width:100%;box-sizing:border-box;padding:8px;border-radius:4px;"
        "border:2px solid #464649;background:#0e0e10;color:#efeff1;font-size:15px}"
        ".buttons{display:flex;gap:12px;margin-top:24px}"
        "button{flex:1;padding:10px;border:0;border-radius:4px;font-weight:600;font-size:14px;"
        "cursor:pointer}"
        ".primary{background:#9146ff;color:#fff}.secondary{background:#2f2f35;color:#efeff1}"
        ".error h1{color:#eb0400}");
    return QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1 - Twitch (simulated)</title><style>%2</style></head>"
                          "<body><div class=\"card\"><div class=\"logo\">twitch</div>%3</div>"
                          "</body></html>")
        .arg(escaped(title), style, body);
}

QString accountSelect(const QList<SimUser>& accounts, const QString& defaultLogin) {
    QString options;
    for (const SimUser& user : accounts) {
        const bool selected = user.login.compare(defaultLogin, Qt::CaseInsensitive) == 0;
        options += QStringLiteral("<option value=\"%1\"%2>%3 (%1)</option>")
                       .arg(escaped(user.login), selected ? QStringLiteral(" selected") : QString(),
                            escaped(user.displayName));
    }
    return QStringLiteral("<label for=\"login\">Signed in as</label>"
                          "<select id=\"login\" name=\"login\">%1</select>")
        .arg(options);
}

} // namespace

QString scopeDescription(const QString& scope) {
    static const QHash<QString, QString> descriptions{
        {QStringLiteral("user:read:chat"),
         QStringLiteral("Receive chat messages and notices in the chat rooms you are in")},
        {QStringLiteral("user:write:chat"), QStringLiteral("Send chat messages as you")},
        {QStringLiteral("user:read:follows"),
         QStringLiteral("View the list of channels you follow")},
        {QStringLiteral("user:read:email"), QStringLiteral("View your email address")},
        {QStringLiteral("moderator:read:followers"),
         QStringLiteral("Read the followers of a channel you moderate or own")},
        {QStringLiteral("channel:read:subscriptions"),
         QStringLiteral("View your channel's subscribers")},
        {QStringLiteral("bits:read"), QStringLiteral("View Bits cheered in your channel")},
        {QStringLiteral("channel:read:hype_train"),
         QStringLiteral("View Hype Train events in your channel")},
        {QStringLiteral("channel:read:polls"), QStringLiteral("View your channel's polls")},
        {QStringLiteral("channel:read:predictions"),
         QStringLiteral("View your channel's predictions")},
        {QStringLiteral("channel:read:ads"), QStringLiteral("View your channel's ad breaks")},
        {QStringLiteral("channel:read:redemptions"),
         QStringLiteral("View Channel Points rewards and redemptions")},
        {QStringLiteral("channel:read:goals"), QStringLiteral("View your creator goals")},
        {QStringLiteral("channel:read:charity"), QStringLiteral("View your charity campaigns")},
        {QStringLiteral("moderator:read:shoutouts"),
         QStringLiteral("View shoutouts in a channel you moderate")},
        {QStringLiteral("moderator:read:shield_mode"),
         QStringLiteral("View Shield Mode status in a channel you moderate")},
    };
    return descriptions.value(scope, scope);
}

QString consentPage(const QString& appName, const QStringList& scopes,
                    const QList<SimUser>& accounts, const QString& defaultLogin,
                    const QList<QPair<QString, QString>>& hiddenFields, int autoApproveSeconds) {
    QString scopeList;
    for (const QString& scope : scopes)
        scopeList += QStringLiteral("<li title=\"%1\">%2</li>")
                         .arg(escaped(scope), escaped(scopeDescription(scope)));
    if (scopeList.isEmpty())
        scopeList = QStringLiteral("<li>Access your public profile</li>");
    QString hidden;
    for (const auto& [name, fieldValue] : hiddenFields)
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(escaped(name), escaped(fieldValue));
    const QString autoApprove =
        autoApproveSeconds < 0
            ? QString()
            : QStringLiteral("<script>setTimeout(function(){"
                             "document.getElementById('authorize-button').click();},%1);"
                             "</script>")
                  .arg(qint64(autoApproveSeconds) * 1000);
    const QString body =
        QStringLiteral("<h1>%1 wants to access your account</h1>"
                       "<p>This will allow %1 to:</p><ul id=\"scopes\">%2</ul>"
                       "<form id=\"consent\" method=\"post\" action=\"/oauth2/authorize\">%3%4"
                       "<div class=\"buttons\">"
                       "<button id=\"cancel-button\" class=\"secondary\" type=\"submit\" "
                       "name=\"decision\" value=\"cancel\">Cancel</button>"
                       "<button id=\"authorize-button\" class=\"primary\" type=\"submit\" "
                       "name=\"decision\" value=\"authorize\">Authorize</button>"
                       "</div></form>%5")
            .arg(escaped(appName), scopeList, hidden, accountSelect(accounts, defaultLogin),
                 autoApprove);
    return document(QStringLiteral("Authorize %1").arg(appName), body);
}

QString activationPage(const QString& userCode, const QList<SimUser>& accounts,
                       const QString& defaultLogin) {
    const QString body =
        QStringLiteral("<h1>Activate your device</h1>"
                       "<p>Enter the code shown on your device.</p>"
                       "<form id=\"activate\" method=\"post\" action=\"/activate\">"
                       "<label for=\"user_code\">Code</label>"
                       "<input id=\"user_code\" name=\"user_code\" value=\"%1\" "
                       "autocomplete=\"off\">%2"
                       "<div class=\"buttons\">"
                       "<button id=\"deny-button\" class=\"secondary\" type=\"submit\" "
                       "name=\"decision\" value=\"deny\">Deny</button>"
                       "<button id=\"authorize-button\" class=\"primary\" type=\"submit\" "
                       "name=\"decision\" value=\"authorize\">Authorize</button>"
                       "</div></form>")
            .arg(escaped(userCode), accountSelect(accounts, defaultLogin));
    return document(QStringLiteral("Activate"), body);
}

QString activationDonePage(const QString& appName, bool approved) {
    const QString body =
        approved ? QStringLiteral("<h1 id=\"result\">Success!</h1><p>%1 is now connected to "
                                  "your account. You can return to your device.</p>")
                       .arg(escaped(appName))
                 : QStringLiteral("<h1 id=\"result\">Access denied</h1><p>%1 was not given "
                                  "access to your account.</p>")
                       .arg(escaped(appName));
    return document(approved ? QStringLiteral("Success") : QStringLiteral("Denied"), body);
}

QString errorPage(const QString& title, const QString& message) {
    return document(title, QStringLiteral("<div class=\"error\"><h1>%1</h1><p id=\"message\">%2"
                                          "</p></div>")
                               .arg(escaped(title), escaped(message)));
}

} // namespace streamside::sim::oauth_pages
