#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Every official example payload of tests/data/twitch-vectors as a whole
// notification frame, compact, as it arrives on the socket (the payload
// wrapped in the metadata Twitch sends with it). What the decode benchmark
// and the decode regression check feed the frame parser and the decoder.
QList<QByteArray> officialNotificationFrames(const QString& vectorsDir);
