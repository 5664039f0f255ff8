#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include "earning/earningtypes.h"

#include <chrono>
#include <optional>

namespace orchard::api {

// The source each presented API key belongs to, and what it may do, remembered for at most a second so that a
// request does not read the database to authenticate; a revoked key is refused within that
// second. Only keys the database accepted are kept, at most maxEntries of them. Not thread-safe:
// the API server uses it on its I/O thread only.
class KeySourceCache
{
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds lifetime{1000};
    static constexpr qsizetype maxEntries = 4096;

    std::optional<SourcePermissions> find(const QByteArray &key, Clock::time_point now);
    // `askedAt`: when the database was asked, so the entry never outlives what it read.
    void remember(const QByteArray &key, const SourcePermissions &source, Clock::time_point askedAt);

private:
    struct Entry
    {
        SourcePermissions source;
        Clock::time_point expiresAt;
    };
    QHash<QByteArray, Entry> m_entries;
};

}  // namespace orchard::api
