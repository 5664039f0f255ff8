#include "keysourcecache.h"

namespace orchard::api {

std::optional<SourcePermissions> KeySourceCache::find(const QByteArray &key, Clock::time_point now)
{
    const auto found = m_entries.constFind(key);
    if (found == m_entries.constEnd())
        return std::nullopt;
    if (found->expiresAt <= now) {
        m_entries.erase(found);
        return std::nullopt;
    }
    return found->source;
}

void KeySourceCache::remember(const QByteArray &key, const SourcePermissions &source, Clock::time_point askedAt)
{
    if (m_entries.size() >= maxEntries && !m_entries.contains(key)) {
        const Clock::time_point now = Clock::now();
        m_entries.removeIf([now](const auto &entry) { return entry.value().expiresAt <= now; });
        if (m_entries.size() >= maxEntries)
            m_entries.clear();  // every entry is under a second old: start again rather than grow
    }
    m_entries.insert(key, Entry{source, askedAt + lifetime});
    Q_ASSERT(m_entries.size() <= maxEntries);
}

}  // namespace orchard::api
