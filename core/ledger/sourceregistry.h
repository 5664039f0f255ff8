#pragma once

#include "base/clock.h"
#include "base/ledgertypes.h"
#include "base/result.h"
#include "earning/earningtypes.h"

#include <QJsonObject>
#include <QList>

namespace orchard {

class Database;

struct ApiKeyView
{
    QString source;
    QString keyId;
    qint64 createdAtMs = 0;
    std::optional<qint64> revokedAtMs;
    QJsonObject toJson() const;
};

struct NewApiKey
{
    ApiKeyView key;
    QString secretKey;  // "orchard_<keyid>_<secret>", shown once and never stored
    QJsonObject toJson() const;
};

// The platforms that may call the ledger (marketplace, loyalife, ...) and their API keys. A key
// decides its caller's source, so one platform can never act as another.
class SourceRegistry
{
public:
    SourceRegistry(Database &database, const Clock &clock, Actor actor)
        : m_database(database), m_clock(clock), m_actor(std::move(actor))
    {
    }

    // A new source may redeem unless told otherwise (the platforms); an HR system is added with
    // earn only. The permissions' source name is ignored.
    Result<QString> addSource(const QString &name);
    Result<QString> addSource(const QString &name, const SourcePermissions &permissions);
    // New permissions for a source (audited with what they were and became).
    Result<SourcePermissions> setPermissions(const QString &name, const SourcePermissions &permissions);
    Result<QList<SourcePermissions>> sources();
    // The permissions of the source a presented key belongs to; unauthorized as authenticate().
    Result<SourcePermissions> grantFor(const QString &presentedKey);
    static std::optional<LedgerError> checkPermissions(const SourcePermissions &permissions);
    Result<NewApiKey> issueKey(const QString &source);
    Result<ApiKeyView> revokeKey(const QString &source, const QString &keyId);
    Result<QList<ApiKeyView>> keys();
    // The source a presented key belongs to; unauthorized for an unknown, malformed or revoked key.
    Result<QString> authenticate(const QString &presentedKey);

private:
    template<typename T>
    Result<T> write(const std::function<T()> &change);

    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
};

namespace errors {
inline const QString unauthorized = QStringLiteral("unauthorized");
inline const QString sourceExists = QStringLiteral("source_exists");
inline const QString unknownKey = QStringLiteral("unknown_key");
}  // namespace errors

}  // namespace orchard
