#pragma once

#include <QList>
#include <QStringList>
#include <QtGlobal>

// Whether processes talk to anything but loopback: every TCP and UDP socket
// they hold (found through /proc/PID/fd and the kernel's socket tables in
// /proc/PID/net) must have a loopback or unset remote address, and a
// loopback or wildcard local one. Unix sockets (D-Bus, X11) are not network.
class LoopbackCheck {
public:
    // Looks at the processes now; returns one line per socket that breaks
    // the rule ("tcp 192.0.2.1:443 from pid 1234"), none when all is well.
    static QStringList offenders(const QList<qint64>& pids);
    // Network sockets seen in total by the last call (to tell an empty check).
    static int lastSocketCount();
};
