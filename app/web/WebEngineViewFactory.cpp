#include "web/WebEngineViewFactory.h"

#include "web/WebEnginePageView.h"

namespace streamside::web {

ui::WebPageView* WebEngineViewFactory::createPageView(const ui::WebViewOptions& options,
                                                      QWidget* parent) {
    return new WebEnginePageView(options, parent);
}

} // namespace streamside::web
