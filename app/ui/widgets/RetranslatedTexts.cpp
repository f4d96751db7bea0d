#include "ui/widgets/RetranslatedTexts.h"

#include <algorithm>

namespace streamside::ui {

void RetranslatedTexts::set(std::function<void()> setText) {
    setText();
    m_setters.emplace_back(QString(), std::move(setText));
}

void RetranslatedTexts::set(const QString& key, std::function<void()> setText) {
    setText();
    const auto existing = std::find_if(m_setters.begin(), m_setters.end(),
                                       [&key](const auto& entry) { return entry.first == key; });
    if (existing != m_setters.end())
        existing->second = std::move(setText);
    else
        m_setters.emplace_back(key, std::move(setText));
}

void RetranslatedTexts::retranslate() const {
    // A copy: a setter may register another (a state text set from a text).
    const auto setters = m_setters;
    for (const auto& entry : setters)
        entry.second();
}

} // namespace streamside::ui
