#pragma once

#include "base/clock.h"
#include "base/ledgertypes.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace orchard {

class Database;

// One version of the earning rule of an event type: how many points an event of that type earns,
// for how long, and how often a member may earn it in a calendar year (UTC). A retired version
// awards nothing: events after it are refused until the rule is added again.
struct EarnRule
{
    QString eventType;
    qint64 version = 0;  // 0: no rule was ever set
    Points points = 0;
    std::optional<qint64> expiryDays;          // none: the programme's expiry policy
    std::optional<qint64> maxPerMemberPerYear;  // none: no cap
    bool retired = false;
    qint64 inForceFromMs = 0;
    QString author;
    qint64 createdAtMs = 0;
    QString reason;
    QJsonObject toJson() const;
};

// An admin's change to a rule; a field left out keeps its value (for `set`). A 0 for the expiry
// or the cap means "none" (the policy's expiry, no cap).
struct EarnRuleChange
{
    QString eventType;
    std::optional<Points> points;
    std::optional<qint64> expiryDays;
    std::optional<qint64> maxPerMemberPerYear;
    QString reason;
};

// The earning rules, versioned per event type like the split-payment rules: every change is a new
// row with author, time and reason, audited and kept; a version is in force from the time it was
// made (the clock's, so `--now` can date it).
class EarnRuleBook
{
public:
    EarnRuleBook(Database &database, const Clock &clock, Actor actor)
        : m_database(database), m_clock(clock), m_actor(std::move(actor))
    {
    }

    Result<EarnRule> add(const EarnRuleChange &change);   // earn_rule_exists when one is in force
    Result<EarnRule> set(const EarnRuleChange &change);   // unknown_event_type when none is in force
    Result<EarnRule> retire(const QString &eventType, const QString &reason);
    Result<QList<EarnRule>> list();                       // the latest version of each type
    Result<QList<EarnRule>> history(const QString &eventType);

    // The version in force at `atMs` (retired or not), or nothing; throws SqlFailure.
    static std::optional<EarnRule> inForceAt(Database &database, const QString &eventType, qint64 atMs);
    static std::optional<LedgerError> checkEventType(const QString &eventType);

private:
    enum class Step { Add, Set, Retire };
    Result<EarnRule> append(const EarnRuleChange &change, Step step);

    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
};

}  // namespace orchard
