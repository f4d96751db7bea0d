#include "web/WebEngineViewFactory.h"

#include "web/WebEnginePageView.h"

namespace streamside::web {

ui::WebPageView* WebEngineViewFactory::createPageView(QWidget* parent) {
    return new WebEnginePageView(parent);
}

} // namespace streamside::web
