#pragma once

#include <QByteArray>
#include <QString>

class QHttpServer;

namespace streamside::sim {

struct SimContext;

// The pages a viewer's browser or the app's web views load: the embedded
// player (which plays a real H.264/AAC clip), the embedded chat (live, with
// the messages sent through Helix), and the generated profile images.
class PageService {
public:
    explicit PageService(SimContext& context);

    void registerRoutes(QHttpServer& server);

    // Path of the profile image the simulator serves for a login.
    static QString avatarPath(const QString& login);
    // The simulated charity's logo and page (charity donation events link to them).
    static QString charityLogoPath() { return QStringLiteral("/_sim/charity/logo.svg"); }
    static QString charityPagePath() { return QStringLiteral("/_sim/charity"); }

private:
    SimContext& m_context;
    // Loaded once from the resources, not on every request.
    QByteArray m_media; // the clip
    QByteArray m_playerTemplate;
    QByteArray m_chatTemplate;
};

} // namespace streamside::sim
