#pragma once

#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace streamside::ui {

// The functions that set a widget's translated texts, kept so that a language
// switch at run time can set every text again without rebuilding the widget.
class RetranslatedTexts {
public:
    // Runs setText now and again on every retranslate().
    void set(std::function<void()> setText);
    // The same for a text that follows the state (a status, a hint): the
    // function registered under the same key before is replaced.
    void set(const QString& key, std::function<void()> setText);
    // Sets every text again, in registration order.
    void retranslate() const;

private:
    std::vector<std::pair<QString, std::function<void()>>> m_setters;
};

} // namespace streamside::ui
