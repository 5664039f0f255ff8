#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Plain request and result structs of the ledger. Points are qint64; times are UTC milliseconds
// since the epoch; identifiers are the strings members and sources are known by.
namespace orchard {

using Points = qint64;

inline const QString sourceMarketplace = QStringLiteral("marketplace");
inline const QString sourceLoyalife = QStringLiteral("loyalife");
inline const QString sourceAdmin = QStringLiteral("admin");

struct Actor
{
    QString name;    // who: "cli:alice", "api:marketplace", "system:sweeper"
    QString source;  // on whose behalf: a source name
};

struct AddMemberRequest
{
    QString memberId;
    QString name;
    QString hris = QStringLiteral("other");  // darwinbox | successfactors | other
    QString department;
};

// An admin's correction of a member's details; an empty field stays as it is. A department change
// is kept from now on, as an HR event's would be (member_departments), and the audit trail holds
// the details before and after.
struct UpdateMemberRequest
{
    QString memberId;
    QString name;
    QString hris;
    QString department;
};

struct IssueRequest
{
    QString memberId;
    Points points = 0;
    std::optional<qint64> expiresAtMs;  // none: the lot never expires
    QString reason;
    QString idempotencyKey;
};

struct ReserveRequest
{
    QString memberId;
    Points points = 0;
    QString source;
    QString reference;
    QString idempotencyKey;
    int timeoutSeconds = 900;
};

struct ConfirmRequest
{
    qint64 reservationId = 0;
    std::optional<Points> points;  // fewer than held releases the rest in the same step
    QString idempotencyKey;
    std::optional<QString> source;  // when set, only that source may confirm (API callers)
};

struct ReleaseRequest
{
    qint64 reservationId = 0;
    QString reason;
    QString idempotencyKey;
    std::optional<QString> source;  // the platform releasing its own hold (API callers); none: an admin releasing any hold
};

struct RedeemRequest
{
    QString memberId;
    Points points = 0;
    QString source;
    QString reference;
    QString idempotencyKey;
};

struct MemberView
{
    QString memberId;
    QString name;
    QString hris;
    QString department;
    qint64 createdAtMs = 0;
    QJsonObject toJson() const;
    static MemberView fromJson(const QJsonObject &object);
};

struct Balance
{
    QString memberId;
    Points available = 0;
    Points held = 0;
    Points posted = 0;  // available + held
    qint64 walletMinor = 0;  // the member's digital wallet, in minor units of the programme's currency
    QJsonObject toJson() const;
};

struct IssueReceipt
{
    qint64 entryId = 0;
    qint64 lotId = 0;
    QString memberId;
    Points points = 0;
    qint64 issuedAtMs = 0;
    std::optional<qint64> expiresAtMs;
    QJsonObject toJson() const;
    static IssueReceipt fromJson(const QJsonObject &object);
};

struct ReservationView
{
    qint64 reservationId = 0;
    QString memberId;
    QString source;
    QString reference;
    QString status;  // reserved | confirmed | released | timed_out
    Points reservedPoints = 0;
    Points confirmedPoints = 0;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> closedAtMs;
    QString closeReason;
    // Money, in minor units, for a checkout or in a prepaid programme; all 0 for points alone.
    qint64 orderMinor = 0;    // a checkout's order value
    qint64 walletMinor = 0;   // the member-wallet leg: held, then paid or returned
    qint64 fundingMinor = 0;  // the programme funding held for the points, then drawn or returned
    QJsonObject toJson() const;
    static ReservationView fromJson(const QJsonObject &object);
};

struct EntryView
{
    qint64 entryId = 0;
    QString kind;
    qint64 postedAtMs = 0;
    QString memberId;
    QString source;
    QString reference;
    QString actor;
    std::optional<qint64> reservationId;
    Points points = 0;
    QString reason;
    qint64 amountMinor = 0;  // the money the entry is about (an order, a funding, a credit)
    QJsonObject toJson() const;
};

struct LogFilter
{
    std::optional<QString> memberId;
    std::optional<QString> source;
    std::optional<QString> kind;
    std::optional<qint64> fromMs;  // inclusive
    std::optional<qint64> toMs;    // exclusive
    int limit = 100;
};

namespace reservationstatus {
inline const QString reserved = QStringLiteral("reserved");
inline const QString confirmed = QStringLiteral("confirmed");
inline const QString released = QStringLiteral("released");
inline const QString timedOut = QStringLiteral("timed_out");
}  // namespace reservationstatus

QString reservationToken(qint64 reservationId);  // "rsv_42"
std::optional<qint64> parseReservationToken(const QString &token);  // "rsv_42" or "42"

}  // namespace orchard
