#pragma once

#include "base/ledgertypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace orchard {

// Who a member is, as the HR system that sends their earnings knows them. Empty fields are not
// sent and change nothing.
struct MemberProfile
{
    QString name;
    QString department;
    QString hris;  // darwinbox | successfactors | other; empty: other for a new member
};

// One earning event from a source that may earn: either an event type, awarded by the earning
// rule in force when it occurred, or an explicit number of points (sources with free amounts
// only). The event id is its idempotency key within the source.
struct EarnRequest
{
    QString memberId;
    QString source;
    QString eventId;
    QString eventType;             // empty when points are given
    std::optional<Points> points;  // only without an event type
    qint64 occurredAtMs = 0;
    QString reason;
    std::optional<MemberProfile> profile;  // creates an unknown member, updates a known one
};

struct EarnReceipt
{
    qint64 entryId = 0;
    qint64 lotId = 0;
    QString memberId;
    QString eventId;
    QString eventType;
    Points points = 0;
    std::optional<qint64> expiresAtMs;
    std::optional<qint64> ruleVersion;  // none for a free amount
    QJsonObject toJson() const;
    static EarnReceipt fromJson(const QJsonObject &object);
};

// What a source may do, read from its row.
struct SourcePermissions
{
    QString source;
    bool canEarn = false;
    bool canRedeem = false;
    bool freeAmounts = false;
    std::optional<Points> maxPoints;  // the most one free-amount earning may award
    QString canText() const;          // "earn", "redeem" or "earn,redeem"
    QJsonObject toJson() const;
};

namespace errors {
inline const QString operationNotAllowed = QStringLiteral("operation_not_allowed");
inline const QString unknownEventType = QStringLiteral("unknown_event_type");
inline const QString earnRuleExists = QStringLiteral("earn_rule_exists");
inline const QString earningCapReached = QStringLiteral("earning_cap_reached");
}  // namespace errors

}  // namespace orchard
