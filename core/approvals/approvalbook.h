#pragma once

#include "base/clock.h"
#include "base/ledgertypes.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Maker-checker: the thresholds above which an admin's issue, adjustment, refund or funding waits
// for a second admin, and the pending requests themselves. The only writer of approval_policies
// and approval_requests; ApprovalDesk applies what is approved.
namespace orchard {

class Database;

struct ApprovalPolicy
{
    int version = 0;  // 0: none in force, nothing waits
    Points pointsThreshold = 0;
    qint64 moneyThresholdMinor = 0;
    QString author;
    qint64 createdAtMs = 0;
    QString reason;
    QJsonObject toJson() const;
};

struct ApprovalView
{
    qint64 id = 0;
    QString kind;  // issue, adjust, refund, fund, rules, policy, programme, approvals
    QJsonObject request;  // what ApprovalDesk applies
    QString what;         // in words, for the list
    Points points = 0;
    qint64 moneyMinor = 0;
    QString requestedBy;
    qint64 requestedAtMs = 0;
    qint64 expiresAtMs = 0;
    QString status;  // pending, approved, rejected, lapsed (a pending request past expiresAtMs reads as lapsed)
    QString decidedBy;
    std::optional<qint64> decidedAtMs;
    QString decisionReason;
    QJsonObject result;  // the applied operation's answer
    QJsonObject toJson() const;
};

QString approvalToken(qint64 id);                        // "apr_4"
std::optional<qint64> parseApprovalToken(const QString &text);  // "apr_4" or "4"

namespace errors {
inline const QString approvalRequired = QStringLiteral("approval_required");
inline const QString sameActor = QStringLiteral("same_actor");
inline const QString unknownApproval = QStringLiteral("unknown_approval");
inline const QString approvalClosed = QStringLiteral("approval_closed");
}  // namespace errors

class ApprovalBook
{
public:
    static constexpr qint64 lapseAfterMs = 7 * 86'400'000LL;

    ApprovalBook(Database &database, const Clock &clock, Actor actor) : m_database(database), m_clock(clock), m_actor(std::move(actor)) {}

    Result<ApprovalPolicy> policy();
    Result<QList<ApprovalPolicy>> policyHistory();
    // A new version (audited). Once thresholds are in force, changing them is itself approved.
    Result<ApprovalPolicy> setPolicy(Points pointsThreshold, qint64 moneyThresholdMinor, const QString &reason);

    // Does this request wait for a second admin? Amounts above a threshold do; every change of a
    // setting does while a policy is in force.
    Result<bool> needsApproval(const QString &kind, Points points, qint64 moneyMinor);
    Result<ApprovalView> request(const QString &kind, const QJsonObject &request, const QString &what, Points points, qint64 moneyMinor);

    Result<QList<ApprovalView>> list(const std::optional<QString> &status);
    Result<ApprovalView> show(qint64 id);
    Result<ApprovalView> reject(qint64 id, const QString &reason);

    // Inside the caller's write transaction (ApprovalDesk): the pending request, refused when it
    // is not pending, has lapsed or was made by this actor; then its decision. Throw LedgerError.
    ApprovalView claimForApproval(qint64 id);
    void recordApproval(qint64 id, const QJsonObject &result);

    static bool isSettingsChange(const QString &kind);
    // Who makes or decides a request: on PostgreSQL the connection's login ("pg:asha"), which no
    // tool can borrow; on SQLite the person behind the tool's actor ("cli:asha" and
    // "console:asha" are both "asha"). Throws SqlFailure.
    static Actor personOf(Database &database, const Actor &actor);

private:
    ApprovalView load(qint64 id);  // throws LedgerError unknown_approval

    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
};

}  // namespace orchard
