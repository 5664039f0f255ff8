#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace orchard {

class Database;

struct MemberAccounts
{
    qint64 available = 0;  // the member's posted points not held
    qint64 held = 0;       // the member's points held by open reservations
};

// The chart of accounts as the ledger finds it: sources by name, members' point accounts, the
// programme's accounts by code (accountcodes.h) and money accounts made on first use. The only
// writer of `accounts` rows (balances move only through Journal::append).
class Accounts
{
public:
    explicit Accounts(Database &database) : m_database(database) {}

    qint64 sourceId(const QString &name);  // refuses unknown_source
    MemberAccounts ofMember(const QString &memberId);  // refuses unknown_member
    void preloadMembers(const QStringList &memberIds);  // ofMember() of each at once; unknown ones are left out
    qint64 programme(const QString &code);  // one of accountcodes; its absence is a broken invariant
    std::optional<qint64> find(const QString &code);
    // Money accounts are made on first use and never cached, so a rolled-back batch cannot leave a
    // stale id behind.
    qint64 ensure(const QString &code, const QString &kind, const QString &unit, const QString &memberId = {});
    qint64 balanceOf(qint64 accountId);
    QHash<qint64, qint64> balancesOf(const QList<qint64> &accountIds);  // one look-up
    void createMemberAccounts(const QString &memberId);
    void forgetUncommitted();  // after a rollback: member accounts may have gone with it

private:
    Database &m_database;
    QHash<QString, qint64> m_sourceIds;
    QHash<QString, MemberAccounts> m_memberAccounts;
    QHash<QString, qint64> m_programmeAccounts;
};

}  // namespace orchard
