#include "ledger/accounts.h"

#include "base/invariant.h"
#include "ledger/refusal.h"
#include "store/database.h"

namespace orchard {

qint64 Accounts::sourceId(const QString &name)
{
    if (const auto it = m_sourceIds.constFind(name); it != m_sourceIds.constEnd())
        return it.value();
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT id FROM sources WHERE name = ?"), {name});
    if (!query.next()) {
        query.finish();
        throw Refusal{{errors::unknownSource, QStringLiteral("source: there is no source named '%1'").arg(name),
                       {{QStringLiteral("field"), QStringLiteral("source")}, {QStringLiteral("source"), name}}}};
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    m_sourceIds.insert(name, id);
    return id;
}

MemberAccounts Accounts::ofMember(const QString &memberId)
{
    if (const auto it = m_memberAccounts.constFind(memberId); it != m_memberAccounts.constEnd())
        return it.value();
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT id, kind FROM accounts WHERE member_id = ? AND kind IN ('member', 'hold')"), {memberId});
    MemberAccounts accounts;
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("member"))
            accounts.available = query.value(0).toLongLong();
        else
            accounts.held = query.value(0).toLongLong();
    }
    query.finish();
    if (accounts.available == 0 || accounts.held == 0)
        throw Refusal{{errors::unknownMember, QStringLiteral("member: there is no member '%1'").arg(memberId),
                       {{QStringLiteral("field"), QStringLiteral("member")}, {QStringLiteral("member"), memberId}}}};
    m_memberAccounts.insert(memberId, accounts);
    return accounts;
}

QHash<qint64, qint64> Accounts::balancesOf(const QList<qint64> &accountIds)
{
    QStringList ids;
    ids.reserve(accountIds.size());
    for (const qint64 id : accountIds)
        ids.append(QString::number(id));
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT id, balance FROM accounts WHERE id IN ") + m_database.integerListSql(),
                                      {Database::textList(ids)});
    QHash<qint64, qint64> balances;
    while (query.next())
        balances.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    query.finish();
    return balances;
}

void Accounts::preloadMembers(const QStringList &memberIds)
{
    QStringList missing;
    for (const QString &memberId : memberIds)
        if (!m_memberAccounts.contains(memberId))
            missing.append(memberId);
    if (missing.isEmpty())
        return;
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT member_id, id, kind FROM accounts WHERE kind IN ('member', 'hold') "
                                                     "AND member_id IN ")
                                          + m_database.textListSql(),
                                      {Database::textList(missing)});
    QHash<QString, MemberAccounts> found;
    while (query.next()) {
        MemberAccounts &accounts = found[query.value(0).toString()];
        if (query.value(2).toString() == QLatin1String("member"))
            accounts.available = query.value(1).toLongLong();
        else
            accounts.held = query.value(1).toLongLong();
    }
    query.finish();
    for (auto it = found.constBegin(); it != found.constEnd(); ++it)
        if (it.value().available != 0 && it.value().held != 0)
            m_memberAccounts.insert(it.key(), it.value());
}

qint64 Accounts::programme(const QString &code)
{
    if (const auto it = m_programmeAccounts.constFind(code); it != m_programmeAccounts.constEnd())
        return it.value();
    const std::optional<qint64> id = find(code);
    require(id.has_value(), QStringLiteral("the programme account %1 exists").arg(code));
    m_programmeAccounts.insert(code, *id);
    return *id;
}

std::optional<qint64> Accounts::find(const QString &code)
{
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT id FROM accounts WHERE code = ?"), {code});
    std::optional<qint64> id;
    if (query.next())
        id = query.value(0).toLongLong();
    query.finish();
    return id;
}

qint64 Accounts::ensure(const QString &code, const QString &kind, const QString &unit, const QString &memberId)
{
    if (const std::optional<qint64> id = find(code))
        return *id;
    QSqlQuery &insert = m_database.run(
        QStringLiteral("INSERT INTO accounts (code, kind, member_id, unit) VALUES (?, ?, ?, ?) RETURNING id"),
        {code, kind, memberId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(memberId), unit});
    require(insert.next(), QStringLiteral("a new account %1 has an id").arg(code));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    return id;
}

qint64 Accounts::balanceOf(qint64 accountId)
{
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT balance FROM accounts WHERE id = ?"), {accountId});
    const qint64 balance = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return balance;
}

void Accounts::createMemberAccounts(const QString &memberId)
{
    m_database.run(QStringLiteral("INSERT INTO accounts (code, kind, member_id) VALUES (?, 'member', ?)"),
                   {QString(QStringLiteral("member:") + memberId), memberId});
    m_database.run(QStringLiteral("INSERT INTO accounts (code, kind, member_id) VALUES (?, 'hold', ?)"),
                   {QString(QStringLiteral("hold:") + memberId), memberId});
}

void Accounts::forgetUncommitted()
{
    m_memberAccounts.clear();
}

}  // namespace orchard
