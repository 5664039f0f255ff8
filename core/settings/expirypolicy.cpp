#include "settings/expirypolicy.h"

#include "store/database.h"
#include "base/ledgerlimits.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"
#include "base/validation.h"
#include "settings/breakagespec.h"
#include "settings/versionedchange.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace orchard {

namespace {

constexpr int maxBucketEdge = 36'500;

const QString selectVersions = QStringLiteral(
    "SELECT version, expiry_window, window_count, grace_days, buckets, author, created_at_ms, reason, refund_grace_days, breakage "
    "FROM expiry_policies");

ExpiryPolicy::Window windowFromName(const QString &name)
{
    if (name == QLatin1String("days"))
        return ExpiryPolicy::Window::Days;
    if (name == QLatin1String("months"))
        return ExpiryPolicy::Window::Months;
    if (name == QLatin1String("quarters"))
        return ExpiryPolicy::Window::Quarters;
    return ExpiryPolicy::Window::None;
}

ExpiryPolicy fromRow(const QSqlQuery &query)
{
    ExpiryPolicy policy;
    policy.version = int(query.value(0).toLongLong());
    policy.window = windowFromName(query.value(1).toString());
    policy.windowCount = query.value(2).toInt();
    policy.graceDays = query.value(3).toInt();
    const Result<AgeingBuckets> buckets = AgeingBuckets::parse(query.value(4).toString());
    if (buckets)
        policy.buckets = buckets.value();
    policy.author = query.value(5).toString();
    policy.createdAtMs = query.value(6).toLongLong();
    policy.reason = query.value(7).toString();
    policy.refundGraceDays = query.value(8).toInt();
    policy.breakage = query.value(9).toString();
    return policy;
}

ExpiryPolicy defaults()
{
    ExpiryPolicy policy;
    policy.author = QStringLiteral("system");
    policy.reason = QStringLiteral("defaults: no expiry, no grace, buckets 0-90, 91-180, 181+");
    return policy;
}

QJsonObject policyJson(const ExpiryPolicy &policy)
{
    return {{QStringLiteral("expiry"), ExpiryPolicy::windowName(policy.window)},
            {QStringLiteral("expiry_count"), policy.windowCount},
            {QStringLiteral("grace_days"), policy.graceDays},
            {QStringLiteral("refund_grace_days"), policy.refundGraceDays},
            {QStringLiteral("buckets"), policy.buckets.toString()},
            {QStringLiteral("breakage"), policy.breakage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(policy.breakage)}};
}

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const char *suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return QString::number(n) + QLatin1String(suffix);
}

const versioned::Versions<ExpiryPolicy> versions{selectVersions, fromRow, defaults};

}  // namespace

Result<AgeingBuckets> AgeingBuckets::parse(const QString &text)
{
    static const QRegularExpression closed(QStringLiteral("^(\\d{1,5})-(\\d{1,5})$"));
    static const QRegularExpression open(QStringLiteral("^(\\d{1,5})\\+$"));
    const QStringList parts = text.split(QLatin1Char(','));
    AgeingBuckets buckets;
    buckets.lowerEdges.clear();
    int expectedLow = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        const bool last = i == parts.size() - 1;
        const QRegularExpressionMatch closedMatch = closed.match(part);
        const QRegularExpressionMatch openMatch = open.match(part);
        if (!(last ? openMatch.hasMatch() : closedMatch.hasMatch()))
            return LedgerError::invalidArgument(
                QStringLiteral("buckets"),
                QStringLiteral("'%1' should be %2; write them like 0-90,91-180,181+ (the last one open-ended)")
                    .arg(part, last ? QStringLiteral("an open bucket such as 181+") : QStringLiteral("a range such as 0-90")));
        const int low = (last ? openMatch : closedMatch).captured(1).toInt();
        if (low != expectedLow)
            return LedgerError::invalidArgument(
                QStringLiteral("buckets"),
                QStringLiteral("'%1' should start at day %2: buckets start at 0 and follow on without gaps or overlaps")
                    .arg(part)
                    .arg(expectedLow));
        buckets.lowerEdges.append(low);
        if (!last) {
            const int high = closedMatch.captured(2).toInt();
            if (high < low || high >= maxBucketEdge)
                return LedgerError::invalidArgument(QStringLiteral("buckets"),
                                                    QStringLiteral("'%1' ends before it starts or too late").arg(part));
            expectedLow = high + 1;
        }
    }
    if (buckets.lowerEdges.size() > 12)
        return LedgerError::invalidArgument(QStringLiteral("buckets"), QStringLiteral("at most 12 buckets"));
    return buckets;
}

QString AgeingBuckets::label(int bucket) const
{
    Q_ASSERT(bucket >= 0 && bucket < count());
    if (bucket == count() - 1)
        return QString::number(lowerEdges.at(bucket)) + QLatin1Char('+');
    return QStringLiteral("%1-%2").arg(lowerEdges.at(bucket)).arg(lowerEdges.at(bucket + 1) - 1);
}

QString AgeingBuckets::toString() const
{
    QStringList labels;
    for (int i = 0; i < count(); ++i)
        labels.append(label(i));
    return labels.join(QLatin1Char(','));
}

int AgeingBuckets::bucketOf(qint64 ageDays) const
{
    int bucket = 0;
    for (int i = 1; i < count(); ++i)
        if (ageDays >= lowerEdges.at(i))
            bucket = i;
    return bucket;
}

std::optional<qint64> ExpiryPolicy::expiryFor(qint64 issuedAtMs) const
{
    constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
    switch (window) {
    case Window::None:
        return std::nullopt;
    case Window::Days:
        return issuedAtMs + qint64(windowCount) * dayMs;
    case Window::Months:
    case Window::Quarters: {
        // The end of the Nth month (quarter) after the issue's: the first instant of the one after.
        const QDate issued = QDateTime::fromMSecsSinceEpoch(issuedAtMs, QTimeZone::utc()).date();
        const int monthsPerStep = window == Window::Months ? 1 : 3;
        const int firstMonthOfPeriod = window == Window::Months ? issued.month() : ((issued.month() - 1) / 3) * 3 + 1;
        const QDate periodStart(issued.year(), firstMonthOfPeriod, 1);
        const QDate end = periodStart.addMonths((windowCount + 1) * monthsPerStep);
        return QDateTime(end, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    }
    return std::nullopt;
}

QString ExpiryPolicy::windowName(Window window)
{
    switch (window) {
    case Window::Days:
        return QStringLiteral("days");
    case Window::Months:
        return QStringLiteral("months");
    case Window::Quarters:
        return QStringLiteral("quarters");
    case Window::None:
        break;
    }
    return QStringLiteral("none");
}

QString ExpiryPolicy::windowText() const
{
    switch (window) {
    case Window::Days:
        return QStringLiteral("%1 days after issue").arg(windowCount);
    case Window::Months:
        return QStringLiteral("the end of the %1 month after issue").arg(ordinal(windowCount));
    case Window::Quarters:
        return QStringLiteral("the end of the %1 quarter after issue").arg(ordinal(windowCount));
    case Window::None:
        break;
    }
    return QStringLiteral("never");
}

QJsonObject ExpiryPolicy::toJson() const
{
    QJsonObject object = policyJson(*this);
    object.insert(QStringLiteral("expiry_text"), windowText());
    object.insert(QStringLiteral("version"), version);
    object.insert(QStringLiteral("author"), author);
    object.insert(QStringLiteral("created_at"), createdAtMs > 0 ? QJsonValue(timeformat::toIso(createdAtMs)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("reason"), reason);
    return object;
}

ExpiryPolicy ExpiryPolicyBook::currentIn(Database &database)
{
    return versions.latest(database);
}

ExpiryPolicy ExpiryPolicyBook::inForceAt(Database &database, qint64 atMs)
{
    return versions.latest(database, QStringLiteral(" WHERE created_at_ms <= ?"), {atMs});
}

Result<ExpiryPolicy> ExpiryPolicyBook::current()
{
    try {
        return currentIn(m_database);
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<QList<ExpiryPolicy>> ExpiryPolicyBook::history()
{
    return versions.all(m_database);
}

Result<ExpiryPolicy> ExpiryPolicyBook::change(const ExpiryPolicyChange &change)
{
    if (const auto invalid = versioned::checkReason(change.reason, QStringLiteral("the policy changes")))
        return *invalid;
    if (change.windowCount && (*change.windowCount < 1 || *change.windowCount > limits::maxExpiryDays))
        return LedgerError::invalidArgument(QStringLiteral("expiry"),
                                            QStringLiteral("the window must be between 1 and %1").arg(limits::maxExpiryDays));
    if (change.graceDays && (*change.graceDays < 0 || *change.graceDays > 3650))
        return LedgerError::invalidArgument(QStringLiteral("grace-days"), QStringLiteral("must be between 0 and 3650 days"));
    if (change.refundGraceDays && (*change.refundGraceDays < 0 || *change.refundGraceDays > 3650))
        return LedgerError::invalidArgument(QStringLiteral("refund-grace-days"), QStringLiteral("must be between 0 and 3650 days"));
    versioned::Steps<ExpiryPolicy> steps;
    steps.current = &ExpiryPolicyBook::currentIn;
    steps.next = [&](Database &, const ExpiryPolicy &before) -> Result<ExpiryPolicy> {
        ExpiryPolicy after = before;
        if (change.window) {
            after.window = *change.window;
            after.windowCount = after.window == ExpiryPolicy::Window::None ? 0 : change.windowCount.value_or(0);
        }
        after.graceDays = change.graceDays.value_or(before.graceDays);
        after.refundGraceDays = change.refundGraceDays.value_or(before.refundGraceDays);
        after.buckets = change.buckets.value_or(before.buckets);
        after.breakage = change.breakage.value_or(before.breakage).trimmed();
        if (!change.breakage && !after.breakage.isEmpty() && after.buckets.count() != before.buckets.count())
            return LedgerError::invalidArgument(QStringLiteral("breakage"),
                                                QStringLiteral("the expected breakage %1 is for %2 buckets, not the %3 buckets %4; "
                                                               "give --breakage for the new buckets (or \"\" to clear it)")
                                                    .arg(after.breakage)
                                                    .arg(before.buckets.count())
                                                    .arg(after.buckets.count())
                                                    .arg(after.buckets.toString()));
        if (!after.breakage.isEmpty()) {
            // Kept in one canonical spelling; a bucket layout change must say what it expects of the new buckets.
            const Result<BreakageSpec> spec = BreakageSpec::parse(after.breakage, after.buckets.count());
            if (!spec)
                return spec.error();
            if (spec.value().programmeDefault)
                return LedgerError::invalidArgument(QStringLiteral("breakage"),
                                                    QStringLiteral("is the policy's own rates: give auto or one rate per bucket"));
            after.breakage = spec.value().toString();
        }
        if (after.window != ExpiryPolicy::Window::None && after.windowCount < 1)
            return LedgerError::invalidArgument(QStringLiteral("expiry"), QStringLiteral("a window needs its length, e.g. --expiry-days 365"));
        return after;
    };
    steps.says = policyJson;
    steps.stamp = [&](ExpiryPolicy &policy, int version, const Actor &actor, qint64 atMs) {
        policy.version = version;
        policy.author = actor.name;
        policy.createdAtMs = atMs;
        policy.reason = change.reason;
    };
    steps.versionOf = [](const ExpiryPolicy &policy) { return policy.version; };
    steps.insert = [](Database &database, const ExpiryPolicy &after) {
        database.run(QStringLiteral("INSERT INTO expiry_policies (version, expiry_window, window_count, grace_days, buckets, "
                                    "author, created_at_ms, reason, refund_grace_days, breakage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {qint64(after.version), ExpiryPolicy::windowName(after.window), after.windowCount, after.graceDays,
                      after.buckets.toString(), after.author, after.createdAtMs, after.reason, qint64(after.refundGraceDays),
                      after.breakage.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(after.breakage)});
    };
    steps.action = QStringLiteral("policy.set");
    steps.subject = QStringLiteral("expiry");
    steps.field = QStringLiteral("policy");
    return versioned::append(m_database, m_clock, m_actor, change.reason, steps);
}

}  // namespace orchard
