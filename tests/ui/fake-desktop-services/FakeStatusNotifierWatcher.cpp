#include "FakeStatusNotifierWatcher.h"

#include "CallLog.h"

namespace streamside::fakedesktop {

void FakeStatusNotifierWatcher::RegisterStatusNotifierItem(const QString& service) {
    CallLog::write({{"call", "RegisterStatusNotifierItem"}, {"service", service}});
    if (!m_items.contains(service))
        m_items.append(service);
    emit StatusNotifierItemRegistered(service);
}

void FakeStatusNotifierWatcher::RegisterStatusNotifierHost(const QString& service) {
    CallLog::write({{"call", "RegisterStatusNotifierHost"}, {"service", service}});
    emit StatusNotifierHostRegistered();
}

} // namespace streamside::fakedesktop
