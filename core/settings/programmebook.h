#pragma once

#include "base/clock.h"
#include "base/ledgertypes.h"
#include "money/money.h"
#include "base/result.h"
#include "money/splitpayment.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace orchard {

class Database;

enum class FundingMode {
    Prepaid,  // the sponsor funds a wallet in advance; each successful redemption draws its value
    None,     // points only: redemptions move no money
};

// The programme's currency, what a point is worth and how redemptions are funded; version 0 is
// the built-in default (INR, 100/1, prepaid) until an admin sets something.
struct ProgrammeSettings
{
    money::Currency currency{QStringLiteral("INR"), 2};
    PointValue pointValue;
    FundingMode funding = FundingMode::Prepaid;
    // The most one admin award (`issue`, the console's Issue points) may give; none: no cap
    // beyond the balance limits.
    std::optional<Points> maxPointsPerAward;
    int version = 0;
    QString author;
    qint64 createdAtMs = 0;
    QString reason;

    static QString fundingName(FundingMode mode);
    QJsonObject toJson() const;
};

struct ProgrammeChange
{
    std::optional<QString> currency;
    std::optional<PointValue> pointValue;
    std::optional<FundingMode> funding;
    QString reason;
    std::optional<Points> maxPointsPerAward = std::nullopt;  // 0 removes the cap
};

namespace errors {
inline const QString currencyLocked = QStringLiteral("currency_locked");
}

// Reads and changes the programme's settings. Each change is a new version with author, time
// and reason, audited; the currency is fixed once money has moved in it.
class ProgrammeBook
{
public:
    ProgrammeBook(Database &database, const Clock &clock, Actor actor)
        : m_database(database), m_clock(clock), m_actor(std::move(actor))
    {
    }

    Result<ProgrammeSettings> current();
    Result<QList<ProgrammeSettings>> history();
    Result<ProgrammeSettings> change(const ProgrammeChange &change);

    // For callers already inside a transaction; throws SqlFailure.
    static ProgrammeSettings currentIn(Database &database);
    static ProgrammeSettings inForceAt(Database &database, qint64 atMs);  // the version set before atMs

private:
    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
};

}  // namespace orchard
