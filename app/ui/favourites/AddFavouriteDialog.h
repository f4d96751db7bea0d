#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace streamside {
class IHelix;
}

namespace streamside::ui {

class AvatarCache;

// Finds a channel to add: suggestions from Helix search/channels as the user
// types (debounced), or an exact login checked with Helix users. A login that
// does not exist says so instead of adding nothing.
class AddFavouriteDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int debounceMs = 300;

    struct Choice {
        QString channelId;
        QString login;
        QString displayName;
        QUrl avatarUrl;
    };

    AddFavouriteDialog(IHelix& helix, AvatarCache& avatars, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QLineEdit* searchField() const { return m_search; }
    QListWidget* suggestions() const { return m_results; }
    QString message() const;

signals:
    void suggestionsUpdated();

private:
    void search();
    void acceptTyped();
    void acceptRow(int row);
    void showMessage(const QString& text, bool error);

    IHelix& m_helix;
    AvatarCache& m_avatars;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLabel* m_message;
    QTimer* m_debounce;
    Choice m_choice;
    quint64 m_searchSerial = 0; // answers to older searches are dropped
};

} // namespace streamside::ui
