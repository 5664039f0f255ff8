#include "ledger/sourceregistry.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"
#include "base/timeformat.h"
#include "base/validation.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace orchard {

namespace {

const QRegularExpression sourceNamePattern(QStringLiteral("^[a-z][a-z0-9_-]{1,31}$"));
const QRegularExpression keyPattern(QStringLiteral("^orchard_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$"));

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

// Compares without an early exit, so the time taken says nothing about where two hashes differ.
bool equalInConstantTime(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char16_t(a.at(i).unicode() ^ b.at(i).unicode());
    return difference == 0;
}

LedgerError unauthorized()
{
    return {errors::unauthorized, QStringLiteral("the API key is missing, malformed, unknown or revoked"), {}};
}

}  // namespace

QJsonObject ApiKeyView::toJson() const
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("created_at"), timeformat::toIso(createdAtMs)},
            {QStringLiteral("revoked_at"), revokedAtMs ? QJsonValue(timeformat::toIso(*revokedAtMs)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject NewApiKey::toJson() const
{
    QJsonObject object = key.toJson();
    object.insert(QStringLiteral("key"), secretKey);
    return object;
}

template<typename T>
Result<T> SourceRegistry::write(const std::function<T()> &change)
{
    return inWriteTransaction<T>(m_database, change);
}

Result<QString> SourceRegistry::addSource(const QString &name)
{
    SourcePermissions redeemOnly;
    redeemOnly.canRedeem = true;
    return addSource(name, redeemOnly);
}

std::optional<LedgerError> SourceRegistry::checkPermissions(const SourcePermissions &permissions)
{
    if (!permissions.canEarn && !permissions.canRedeem)
        return LedgerError::invalidArgument(QStringLiteral("can"), QStringLiteral("a source may earn, redeem or both, not nothing"));
    if (permissions.freeAmounts && !permissions.canEarn)
        return LedgerError::invalidArgument(QStringLiteral("free-amounts"), QStringLiteral("only a source that may earn awards free amounts"));
    if (permissions.maxPoints && !permissions.freeAmounts)
        return LedgerError::invalidArgument(QStringLiteral("max-points"), QStringLiteral("caps free amounts; give --free-amounts too"));
    if (permissions.maxPoints)
        if (const auto invalid = validation::points(QStringLiteral("max-points"), *permissions.maxPoints))
            return invalid;
    return std::nullopt;
}

Result<QString> SourceRegistry::addSource(const QString &name, const SourcePermissions &permissions)
{
    if (const auto invalid = checkPermissions(permissions))
        return *invalid;
    if (!sourceNamePattern.match(name).hasMatch())
        return LedgerError::invalidArgument(QStringLiteral("name"),
                                            QStringLiteral("'%1' is not a source name: 2 to 32 of a-z, 0-9, '-' and '_', "
                                                           "starting with a letter")
                                                .arg(name));
    const qint64 nowMs = m_clock.nowMs();
    return write<QString>([&]() -> QString {
        QSqlQuery &existing = m_database.run(QStringLiteral("SELECT id FROM sources WHERE name = ?"), {name});
        const bool exists = existing.next();
        existing.finish();
        if (exists)
            throw LedgerError{errors::sourceExists, QStringLiteral("source '%1' already exists").arg(name),
                              {{QStringLiteral("source"), name}}};
        m_database.run(QStringLiteral("INSERT INTO sources (name, created_at_ms, can_earn, can_redeem, free_amounts, max_points) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {name, nowMs, permissions.canEarn ? 1 : 0, permissions.canRedeem ? 1 : 0, permissions.freeAmounts ? 1 : 0,
                        permissions.maxPoints ? QVariant(*permissions.maxPoints) : QVariant(QMetaType(QMetaType::LongLong))});
        SourcePermissions stored = permissions;
        stored.source = name;
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("source.add"), name, stored.toJson(),
                                     std::nullopt, {}});
        return name;
    });
}

namespace {

const QString selectPermissions =
    QStringLiteral("SELECT name, can_earn, can_redeem, free_amounts, max_points FROM sources");

SourcePermissions permissionsFromRow(const QSqlQuery &query, int first)
{
    SourcePermissions permissions;
    permissions.source = query.value(first).toString();
    permissions.canEarn = query.value(first + 1).toInt() != 0;
    permissions.canRedeem = query.value(first + 2).toInt() != 0;
    permissions.freeAmounts = query.value(first + 3).toInt() != 0;
    if (!query.value(first + 4).isNull())
        permissions.maxPoints = query.value(first + 4).toLongLong();
    return permissions;
}

}  // namespace

Result<SourcePermissions> SourceRegistry::setPermissions(const QString &name, const SourcePermissions &permissions)
{
    if (const auto invalid = checkPermissions(permissions))
        return *invalid;
    const qint64 nowMs = m_clock.nowMs();
    return write<SourcePermissions>([&]() -> SourcePermissions {
        QSqlQuery &found = m_database.run(selectPermissions + QStringLiteral(" WHERE name = ?"), {name});
        if (!found.next()) {
            found.finish();
            throw LedgerError{errors::unknownSource, QStringLiteral("source: there is no source named '%1'").arg(name),
                              {{QStringLiteral("field"), QStringLiteral("source")}}};
        }
        const SourcePermissions before = permissionsFromRow(found, 0);
        found.finish();
        SourcePermissions after = permissions;
        after.source = name;
        if (after.toJson() == before.toJson())
            throw LedgerError::invalidArgument(QStringLiteral("can"), QStringLiteral("nothing would change: %1 already may %2")
                                                                          .arg(name, before.canText()));
        m_database.run(QStringLiteral("UPDATE sources SET can_earn = ?, can_redeem = ?, free_amounts = ?, max_points = ? WHERE name = ?"),
                       {after.canEarn ? 1 : 0, after.canRedeem ? 1 : 0, after.freeAmounts ? 1 : 0,
                        after.maxPoints ? QVariant(*after.maxPoints) : QVariant(QMetaType(QMetaType::LongLong)), name});
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("source.permissions"), name,
                                     {{QStringLiteral("before"), before.toJson()}, {QStringLiteral("after"), after.toJson()}},
                                     std::nullopt, {}});
        return after;
    });
}

Result<QList<SourcePermissions>> SourceRegistry::sources()
{
    try {
        QSqlQuery &query = m_database.run(selectPermissions + QStringLiteral(" ORDER BY name"));
        QList<SourcePermissions> list;
        while (query.next())
            list.append(permissionsFromRow(query, 0));
        query.finish();
        return list;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<NewApiKey> SourceRegistry::issueKey(const QString &source)
{
    const qint64 nowMs = m_clock.nowMs();
    return write<NewApiKey>([&]() -> NewApiKey {
        QSqlQuery &found = m_database.run(QStringLiteral("SELECT id FROM sources WHERE name = ?"), {source});
        if (!found.next()) {
            found.finish();
            throw LedgerError{errors::unknownSource, QStringLiteral("source: there is no source named '%1'").arg(source),
                              {{QStringLiteral("field"), QStringLiteral("source")}}};
        }
        const qint64 sourceId = found.value(0).toLongLong();
        found.finish();
        const QString keyId = QString::fromLatin1(randomBytes(8).toHex().left(12));
        const QString secret = QString::fromLatin1(
            randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString secretHash = sha256Hex(secret);
        m_database.run(QStringLiteral("INSERT INTO api_keys (source_id, key_id, secret_sha256, created_at_ms) VALUES (?, ?, ?, ?)"),
                       {sourceId, keyId, secretHash, nowMs});
        // The key's hash is sealed in the chain: verify refuses a key slipped into the table.
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("source.key"), source,
                                     {{QStringLiteral("key_id"), keyId}, {QStringLiteral("secret_sha256"), secretHash}},
                                     std::nullopt, {}});
        NewApiKey made;
        made.key = {source, keyId, nowMs, std::nullopt};
        made.secretKey = QStringLiteral("orchard_%1_%2").arg(keyId, secret);
        return made;
    });
}

Result<ApiKeyView> SourceRegistry::revokeKey(const QString &source, const QString &keyId)
{
    const qint64 nowMs = m_clock.nowMs();
    return write<ApiKeyView>([&]() -> ApiKeyView {
        QSqlQuery &found = m_database.run(
            QStringLiteral("SELECT k.created_at_ms, k.revoked_at_ms FROM api_keys k JOIN sources s ON s.id = k.source_id "
                           "WHERE s.name = ? AND k.key_id = ?"),
            {source, keyId});
        if (!found.next()) {
            found.finish();
            throw LedgerError{errors::unknownKey, QStringLiteral("key: source '%1' has no key '%2'").arg(source, keyId),
                              {{QStringLiteral("field"), QStringLiteral("key")}}};
        }
        ApiKeyView view{source, keyId, found.value(0).toLongLong(), std::nullopt};
        const bool alreadyRevoked = !found.value(1).isNull();
        if (alreadyRevoked)
            view.revokedAtMs = found.value(1).toLongLong();
        found.finish();
        if (alreadyRevoked)
            return view;  // revoking twice is harmless
        m_database.run(QStringLiteral("UPDATE api_keys SET revoked_at_ms = ? WHERE key_id = ?"), {nowMs, keyId});
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("source.revoke"), source,
                                     {{QStringLiteral("key_id"), keyId}}, std::nullopt, {}});
        view.revokedAtMs = nowMs;
        return view;
    });
}

Result<QList<ApiKeyView>> SourceRegistry::keys()
{
    try {
        QSqlQuery &query = m_database.run(QStringLiteral(
            "SELECT s.name, k.key_id, k.created_at_ms, k.revoked_at_ms FROM api_keys k JOIN sources s ON s.id = k.source_id "
            "ORDER BY s.name, k.created_at_ms, k.id"));
        QList<ApiKeyView> list;
        while (query.next()) {
            ApiKeyView view{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(), std::nullopt};
            if (!query.value(3).isNull())
                view.revokedAtMs = query.value(3).toLongLong();
            list.append(view);
        }
        query.finish();
        return list;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<QString> SourceRegistry::authenticate(const QString &presentedKey)
{
    const Result<SourcePermissions> grant = grantFor(presentedKey);
    if (!grant)
        return grant.error();
    return grant.value().source;
}

Result<SourcePermissions> SourceRegistry::grantFor(const QString &presentedKey)
{
    const QRegularExpressionMatch match = keyPattern.match(presentedKey);
    if (!match.hasMatch())
        return unauthorized();
    try {
        QSqlQuery &query = m_database.run(
            QStringLiteral("SELECT k.secret_sha256, k.revoked_at_ms, s.name, s.can_earn, s.can_redeem, s.free_amounts, s.max_points "
                           "FROM api_keys k JOIN sources s ON s.id = k.source_id WHERE k.key_id = ?"),
            {match.captured(1)});
        if (!query.next()) {
            query.finish();
            return unauthorized();
        }
        const QString storedHash = query.value(0).toString();
        const bool revoked = !query.value(1).isNull();
        const SourcePermissions permissions = permissionsFromRow(query, 2);
        query.finish();
        if (revoked || !equalInConstantTime(storedHash, sha256Hex(match.captured(2))))
            return unauthorized();
        return permissions;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

}  // namespace orchard
