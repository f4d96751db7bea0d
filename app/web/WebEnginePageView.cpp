#include "web/WebEnginePageView.h"

#include "web/LockedDownPage.h"

#include <QDir>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace streamside::web {

QWebEngineProfile* WebEnginePageView::profile(const ui::WebViewOptions& options) {
    // One profile per name for the whole process: the player and the chat
    // share cookies (one Twitch login), and it is never destroyed before the
    // views (Qt WebEngine requires that order). The table is never destroyed
    // either, so the profiles stay reachable until the process ends.
    static auto& profiles = *new QHash<QString, QWebEngineProfile*>;
    if (QWebEngineProfile* existing = profiles.value(options.profileName)) {
        // The language may have been switched since: views made now ask in it.
        if (!options.acceptLanguage.isEmpty())
            existing->setHttpAcceptLanguage(options.acceptLanguage);
        return existing;
    }
    auto* profile = new QWebEngineProfile(options.profileName);
    if (!options.storagePath.isEmpty()) {
        QDir().mkpath(options.storagePath);
        profile->setPersistentStoragePath(options.storagePath);
        profile->setCachePath(options.storagePath + QStringLiteral("/cache"));
    }
    profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    if (!options.acceptLanguage.isEmpty())
        profile->setHttpAcceptLanguage(options.acceptLanguage);
    // No bridge into the app, and the player may start by itself.
    profile->settings()->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    profile->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    // Links to schemes Chromium does not know (steam:, mailto:, ms-...:) are
    // never handed to the system; LockedDownPage refuses them too.
    profile->settings()->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
    profiles.insert(options.profileName, profile);
    return profile;
}

WebEnginePageView::WebEnginePageView(const ui::WebViewOptions& options, QWidget* parent)
    : ui::WebPageView(parent)
    , m_stack(new QStackedWidget(this))
    , m_view(new QWebEngineView(this))
    , m_failure(new QWidget(this))
    , m_failureText(new QLabel(m_failure)) {
    auto* page = new LockedDownPage(profile(options), options.allowedHosts, m_view);
    m_view->setPage(page);
    connect(page, &LockedDownPage::externalLinkRequested, this,
            &WebEnginePageView::externalLinkRequested);

    m_failureText->setWordWrap(true);
    m_failureText->setAlignment(Qt::AlignCenter);
    auto* retry = new QPushButton(tr("Retry"), m_failure);
    connect(retry, &QPushButton::clicked, this, &WebEnginePageView::reload);
    auto* failureLayout = new QVBoxLayout(m_failure);
    failureLayout->addStretch();
    failureLayout->addWidget(m_failureText);
    failureLayout->addWidget(retry, 0, Qt::AlignHCenter);
    failureLayout->addStretch();

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_failure);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (!ok) {
            m_failureText->setText(
                tr("This page could not be loaded (%1). Check your connection and retry.")
                    .arg(m_requested.host()));
            m_stack->setCurrentWidget(m_failure);
        } else {
            m_stack->setCurrentWidget(m_view);
        }
        emit loadFinished(ok);
    });
}

void WebEnginePageView::load(const QUrl& url) {
    m_requested = url;
    m_stack->setCurrentWidget(m_view);
    m_view->load(url);
}

void WebEnginePageView::reload() {
    load(m_requested);
}

QUrl WebEnginePageView::url() const {
    return m_view->url();
}

QString WebEnginePageView::title() const {
    return m_view->title();
}

void WebEnginePageView::stop() {
    m_view->stop();
    m_view->setUrl(QUrl(QStringLiteral("about:blank")));
}

} // namespace streamside::web
