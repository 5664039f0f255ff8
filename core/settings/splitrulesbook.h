#pragma once

#include "base/clock.h"
#include "base/ledgertypes.h"
#include "base/result.h"
#include "money/splitpayment.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace orchard {

class Database;

struct SplitRulesVersion
{
    SplitRules rules;  // rules.version is the version number; 0: the defaults, never set
    QString author;
    qint64 createdAtMs = 0;
    QString reason;
    QJsonObject toJson() const;
};

struct SplitRulesChange
{
    std::optional<Points> minPoints;
    std::optional<bool> partialPoints;
    std::optional<bool> walletRemainder;
    std::optional<SplitRules::Fallback> fallback;
    QString reason;
};

// The admin's split-payment rules, versioned: each change is a new row with author, time and
// reason, kept forever and audited; a checkout is quoted under the version in force.
class SplitRulesBook
{
public:
    SplitRulesBook(Database &database, const Clock &clock, Actor actor)
        : m_database(database), m_clock(clock), m_actor(std::move(actor))
    {
    }

    Result<SplitRulesVersion> current();
    Result<SplitRulesVersion> version(qint64 number);
    Result<QList<SplitRulesVersion>> history();
    Result<SplitRulesVersion> change(const SplitRulesChange &change);

private:
    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
};

}  // namespace orchard
