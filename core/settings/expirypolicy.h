#pragma once

#include "base/clock.h"
#include "base/ledgertypes.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace orchard {

class Database;

// Ageing buckets: lower edges in days of age since issue, ascending, the first 0; the last bucket
// is open-ended. "0-90,91-180,181+" has edges {0, 91, 181}.
struct AgeingBuckets
{
    QList<int> lowerEdges{0, 91, 181};

    static Result<AgeingBuckets> parse(const QString &text);
    QString toString() const;          // "0-90,91-180,181+"
    QString label(int bucket) const;   // "91-180"
    int bucketOf(qint64 ageDays) const;
    int count() const { return int(lowerEdges.size()); }
};

// The admin's expiry policy: when a lot issued now expires, how long it stays redeemable after
// (grace), and how finance buckets outstanding points by age. A lot's expiry and grace are fixed
// when it is issued; a new policy applies to later issues only.
struct ExpiryPolicy
{
    enum class Window { None, Days, Months, Quarters };

    Window window = Window::None;
    int windowCount = 0;  // N days, or the end of the Nth month / quarter after issue
    int graceDays = 0;
    // A refund's points whose lot has lapsed go into a new lot lapsing this many days after the
    // refund (0: at once).
    int refundGraceDays = defaultRefundGraceDays;
    static constexpr int defaultRefundGraceDays = 30;
    AgeingBuckets buckets;
    // Finance's expected breakage per bucket, as `policy set --breakage` takes it ("0.05,auto,0.45");
    // empty: none configured, so a liability estimates from history where it can.
    QString breakage;
    int version = 0;  // 0: the built-in default (no expiry, no grace, 0-90/91-180/181+)
    QString author;
    qint64 createdAtMs = 0;
    QString reason;

    // expires_at for a lot issued at issuedAtMs (UTC month and quarter ends); none when no window.
    std::optional<qint64> expiryFor(qint64 issuedAtMs) const;
    qint64 graceMs() const { return qint64(graceDays) * 24 * 60 * 60 * 1000; }
    static QString windowName(Window window);
    QString windowText() const;  // "365 days", "end of 2nd month", "none"
    QJsonObject toJson() const;
};

struct ExpiryPolicyChange
{
    std::optional<ExpiryPolicy::Window> window;
    std::optional<int> windowCount;
    std::optional<int> graceDays;
    std::optional<AgeingBuckets> buckets;
    QString reason;
    std::optional<int> refundGraceDays = std::nullopt;
    std::optional<QString> breakage = std::nullopt;  // "" clears it
};

// Versioned like the split-payment rules: each change a new row with author, time and reason,
// audited; never updated.
class ExpiryPolicyBook
{
public:
    ExpiryPolicyBook(Database &database, const Clock &clock, Actor actor)
        : m_database(database), m_clock(clock), m_actor(std::move(actor))
    {
    }

    Result<ExpiryPolicy> current();
    Result<QList<ExpiryPolicy>> history();
    Result<ExpiryPolicy> change(const ExpiryPolicyChange &change);

    static ExpiryPolicy currentIn(Database &database);  // throws SqlFailure
    static ExpiryPolicy inForceAt(Database &database, qint64 atMs);  // throws SqlFailure

private:
    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
};

}  // namespace orchard
