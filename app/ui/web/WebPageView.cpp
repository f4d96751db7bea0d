// WebPageView is an interface; this file gives its moc output a home in streamside_ui.
#include "ui/web/WebPageView.h"
