#include "LoopbackCheck.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QtEndian>

#include <cstring>
#include <unistd.h>

namespace {

int socketsSeen = 0;

struct SocketEntry {
    QString protocol;
    QHostAddress local;
    QHostAddress remote;
    quint16 remotePort = 0;
};

// "0100007F:1F90" (IPv4, host byte order per 32-bit word) or 32 hex digits
// (IPv6, four such words).
QHostAddress parseAddress(const QByteArray& hex) {
    const QByteArray address = hex.left(hex.indexOf(':'));
    if (address.size() == 8) {
        bool ok = false;
        const quint32 word = address.toUInt(&ok, 16);
        // The kernel prints the address as it lies in memory (network order)
        // read as a little-endian number.
        return QHostAddress(qFromBigEndian(qToLittleEndian(word)));
    }
    Q_IPV6ADDR bytes;
    for (int word = 0; word < 4; ++word) {
        const quint32 value = address.mid(word * 8, 8).toUInt(nullptr, 16);
        const quint32 inMemory = qToLittleEndian(value);
        std::memcpy(&bytes[word * 4], &inMemory, 4);
    }
    return QHostAddress(bytes);
}

quint16 parsePort(const QByteArray& hex) {
    return quint16(hex.mid(hex.indexOf(':') + 1).toUInt(nullptr, 16));
}

bool isLoopbackOrUnset(const QHostAddress& address) {
    if (address.isLoopback())
        return true;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also for ::ffff:a.b.c.d
    if (isV4)
        return v4 == 0 || (v4 >> 24) == 127;
    return address == QHostAddress::AnyIPv6;
}

// inode -> socket, from one process's view of the kernel's tables.
QHash<QByteArray, SocketEntry> socketTable(qint64 pid) {
    QHash<QByteArray, SocketEntry> table;
    for (const char* protocol : {"tcp", "tcp6", "udp", "udp6"}) {
        QFile file(QStringLiteral("/proc/%1/net/%2").arg(pid).arg(QLatin1String(protocol)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].simplified().split(' ');
            if (fields.size() < 10)
                continue;
            // sl local remote st tx:rx tr:when retrnsmt uid timeout inode
            table.insert(fields[9],
                         SocketEntry{QString::fromLatin1(protocol), parseAddress(fields[1]),
                                     parseAddress(fields[2]), parsePort(fields[2])});
        }
    }
    return table;
}

} // namespace

QStringList LoopbackCheck::offenders(const QList<qint64>& pids) {
    QStringList found;
    socketsSeen = 0;
    for (qint64 pid : pids) {
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        QList<QByteArray> inodes;
        for (const QString& fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
            // The raw link text ("socket:[12345]"): Qt would resolve it as a path.
            char link[64];
            const ssize_t length =
                ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), link, sizeof link);
            const QByteArray target(link, length > 0 ? int(length) : 0);
            if (target.startsWith("socket:[") && target.endsWith(']'))
                inodes.append(target.mid(8, target.size() - 9));
        }
        if (inodes.isEmpty())
            continue;
        const QHash<QByteArray, SocketEntry> table = socketTable(pid);
        for (const QByteArray& inode : inodes) {
            const auto it = table.constFind(inode);
            if (it == table.constEnd())
                continue; // a Unix or netlink socket
            ++socketsSeen;
            if (isLoopbackOrUnset(it->local) && isLoopbackOrUnset(it->remote))
                continue;
            found.append(QStringLiteral("%1 %2 -> %3:%4 in pid %5")
                             .arg(it->protocol, it->local.toString(), it->remote.toString())
                             .arg(it->remotePort)
                             .arg(pid));
        }
    }
    return found;
}

int LoopbackCheck::lastSocketCount() {
    return socketsSeen;
}
