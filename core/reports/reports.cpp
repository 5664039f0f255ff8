#include "reports/reports.h"
#include "base/invariant.h"

#include <QCoreApplication>

#include "reports/redeemedbysource.h"
#include "ledger/releaseorigin.h"

#include "ledger/accountcodes.h"
#include "store/database.h"
#include "money/money.h"
#include "reports/pointstate.h"
#include "reports/gljournal.h"
#include "reports/liabilitymeasure.h"
#include "settings/programmebook.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace orchard {

namespace {

QJsonValue ratioJson(qint64 numerator, qint64 denominator)
{
    const ReportCell cell = ReportCell::ofRatio(numerator, denominator);
    return cell.kind == ReportCell::Kind::Empty ? QJsonValue(QJsonValue::Null) : QJsonValue(cell.plain());
}

QJsonObject pointsAndMoney(Points points, const PointValue &value)
{
    return {{QStringLiteral("points"), points}, {QStringLiteral("money"), value.valueOf(std::max<Points>(points, 0))}};
}


struct Period
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

Period periodOf(const ReportRequest &request)
{
    if (!request.fromMs || !request.toMs)
        throw ReportRefusal{LedgerError::invalidArgument(QStringLiteral("from"),
                                                         QStringLiteral("the %1 report needs a period: --from ISO --to ISO").arg(request.name))};
    if (*request.fromMs >= *request.toMs)
        throw ReportRefusal{LedgerError::invalidArgument(QStringLiteral("to"), QStringLiteral("the period must end after it starts"))};
    return {*request.fromMs, *request.toMs};
}

QJsonObject periodJson(const Period &period)
{
    return {{QStringLiteral("from"), timeformat::toIso(period.fromMs)}, {QStringLiteral("to"), timeformat::toIso(period.toMs)}};
}

QString monthKey(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM"));
}

}  // namespace

// ---- requests ---------------------------------------------------------------------------------------------

const QStringList &ReportRequest::names()
{
    static const QStringList all{QStringLiteral("point-state"),    QStringLiteral("ageing"),
                                 QStringLiteral("liability"),      QStringLiteral("roll-forward"),
                                 QStringLiteral("reconciliation"), QStringLiteral("cohorts"),
                                 QStringLiteral("expiring"),       QStringLiteral("gl-journal"),
                                 QStringLiteral("what-if")};
    return all;
}

QJsonObject Report::toJson() const
{
    QJsonObject object = figures;
    object.insert(QStringLiteral("report"), name);
    object.insert(QStringLiteral("parameters"), parameters);
    return object;
}

// ---- the engine ---------------------------------------------------------------------------------------------

Result<Report> ReportEngine::run(const ReportRequest &request)
{
    try {
        // One snapshot for the whole report, so that writers meanwhile cannot make it disagree with itself.
        m_database.execute(m_database.engine() == Engine::Sqlite ? QStringLiteral("BEGIN")
                                                                : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        Report report;
        if (request.name == QLatin1String("point-state"))
            report = pointState(request);
        else if (request.name == QLatin1String("ageing"))
            report = ageing(request);
        else if (request.name == QLatin1String("liability"))
            report = liability(request);
        else if (request.name == QLatin1String("roll-forward"))
            report = rollForward(request);
        else if (request.name == QLatin1String("reconciliation"))
            report = reconciliation(request);
        else if (request.name == QLatin1String("cohorts"))
            report = cohorts(request);
        else if (request.name == QLatin1String("expiring"))
            report = expiring(request);
        else if (request.name == QLatin1String("gl-journal")) {
            const Period period = periodOf(request);
            report = GlJournal(m_database).make(period.fromMs, period.toMs, request.buckets, request.breakage,
                                                request.glMapping.value_or(GlMapping::defaults()),
                                                request.glMapping ? request.glMappingSource : QStringLiteral("default"));
        }
        else if (request.name == QLatin1String("what-if")) {
            if (!request.proposedExpiry)
                throw ReportRefusal{LedgerError::invalidArgument(
                    QStringLiteral("expiry"), QStringLiteral("a what-if needs the proposed window: --expiry-days N, --expiry-months N, "
                                                             "--expiry-quarters N or --no-expiry, and optionally --grace-days G"))};
            report = ExpiryWhatIf(m_database).make(request.asOfMs, *request.proposedExpiry, request.buckets, request.breakage);
        }
        else
            throw ReportRefusal{LedgerError::invalidArgument(
                QStringLiteral("report"),
                QStringLiteral("there is no report '%1'; reports: %2").arg(request.name, ReportRequest::names().join(QStringLiteral(", "))))};
        m_database.execute(QStringLiteral("ROLLBACK"));
        report.name = request.name;
        return report;
    } catch (const ReportRefusal &refusal) {
        QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
        return refusal.error;
    } catch (const SqlFailure &failure) {
        QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
        return ledgerErrorFor(failure);
    } catch (const InvariantViolation &violation) {
        QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
        return LedgerError::internal(violation.violated);
    }
}

AgeingBuckets ReportEngine::bucketsFor(const ReportRequest &request, qint64 atMs)
{
    return request.buckets ? *request.buckets : ExpiryPolicyBook::inForceAt(m_database, atMs).buckets;
}

Report ReportEngine::pointState(const ReportRequest &request)
{
    const ProgrammeSettings settings = ProgrammeBook::inForceAt(m_database, request.asOfMs);
    const PointValue &value = settings.pointValue;
    const PointState state = PointStateQuery(m_database).state(request.asOfMs);
    Report report;
    report.title = QCoreApplication::translate("Reports", "Point state");
    report.parameters = {{QStringLiteral("as_of"), timeformat::toIso(request.asOfMs)},
                         {QStringLiteral("currency"), settings.currency.code},
                         {QStringLiteral("point_value"), value.toString()}};
    QJsonObject bySource;
    for (auto it = state.redeemedBySource.constBegin(); it != state.redeemedBySource.constEnd(); ++it)
        bySource.insert(it.key(), pointsAndMoney(it.value(), value));
    report.figures = {{QStringLiteral("issued"), pointsAndMoney(state.issued, value)},
                      {QStringLiteral("redeemed"), pointsAndMoney(state.redeemed, value)},
                      {QStringLiteral("refunded"), pointsAndMoney(state.refunded, value)},
                      {QStringLiteral("adjusted_in"), pointsAndMoney(state.adjustedIn, value)},
                      {QStringLiteral("adjusted_out"), pointsAndMoney(state.adjustedOut, value)},
                      {QStringLiteral("expired"), pointsAndMoney(state.expired, value)},
                      {QStringLiteral("expired_not_yet_written"), pointsAndMoney(state.expiredDue, value)},
                      {QStringLiteral("outstanding"), pointsAndMoney(state.outstanding, value)},
                      {QStringLiteral("held"), pointsAndMoney(state.held, value)},
                      {QStringLiteral("redeemed_by_source"), bySource},
                      {QStringLiteral("ties"), state.ties()}};
    report.table.columns = {QStringLiteral("state"), QStringLiteral("points"), QStringLiteral("money_") + settings.currency.code};
    const auto row = [&](const QString &label, Points points) {
        report.table.rows.append({ReportCell::ofText(label), ReportCell::ofPoints(points),
                                  ReportCell::ofMoney(value.valueOf(std::max<Points>(points, 0)), settings.currency)});
    };
    row(QCoreApplication::translate("Reports", "issued"), state.issued);
    row(QCoreApplication::translate("Reports", "redeemed"), state.redeemed);
    for (auto it = state.redeemedBySource.constBegin(); it != state.redeemedBySource.constEnd(); ++it)
        row(QCoreApplication::translate("Reports", "  redeemed on ") + it.key(), it.value());
    row(QCoreApplication::translate("Reports", "adjusted in"), state.adjustedIn);
    row(QCoreApplication::translate("Reports", "adjusted out"), state.adjustedOut);
    row(QCoreApplication::translate("Reports", "expired"), state.expired);
    row(QCoreApplication::translate("Reports", "outstanding"), state.outstanding);
    row(QCoreApplication::translate("Reports", "  of which held"), state.held);
    report.chart = {QCoreApplication::translate("Reports", "Points by state"), QStringLiteral("points"),
                    {QCoreApplication::translate("Reports", "redeemed"), QCoreApplication::translate("Reports", "expired"), QCoreApplication::translate("Reports", "outstanding")},
                    {QCoreApplication::translate("Reports", "points")}, {{state.redeemed, state.expired, state.outstanding}}, false};
    report.notes << (state.ties() ? QCoreApplication::translate("Reports", "ties: issued + adjusted in = redeemed + expired + adjusted out + outstanding")
                                  : QCoreApplication::translate("Reports", "DOES NOT TIE: issued %1 + adjusted in %2 ≠ redeemed %3 + expired %4 + adjusted out %5 "
                                                   "+ outstanding %6")
                                        .arg(state.issued)
                                        .arg(state.adjustedIn)
                                        .arg(state.redeemed)
                                        .arg(state.expired)
                                        .arg(state.adjustedOut)
                                        .arg(state.outstanding));
    if (state.expiredDue > 0)
        report.notes << QCoreApplication::translate("Reports", "%1 points were past expiry and grace but not yet written down by the expiry run").arg(state.expiredDue);
    return report;
}

Report ReportEngine::ageing(const ReportRequest &request)
{
    const ProgrammeSettings settings = ProgrammeBook::inForceAt(m_database, request.asOfMs);
    const AgeingBuckets buckets = bucketsFor(request, request.asOfMs);
    const QList<Points> outstanding = PointStateQuery(m_database).outstandingByBucket(request.asOfMs, buckets);
    Points total = 0;
    for (const Points points : outstanding)
        total += points;
    Report report;
    report.title = QCoreApplication::translate("Reports", "Outstanding points by age");
    report.parameters = {{QStringLiteral("as_of"), timeformat::toIso(request.asOfMs)},
                         {QStringLiteral("buckets"), buckets.toString()},
                         {QStringLiteral("currency"), settings.currency.code},
                         {QStringLiteral("point_value"), settings.pointValue.toString()}};
    report.table.columns = {QStringLiteral("bucket_days"), QStringLiteral("outstanding_points"),
                            QStringLiteral("value_") + settings.currency.code, QStringLiteral("share")};
    QJsonArray rows;
    qint64 totalValue = 0;
    ReportChart chart{QCoreApplication::translate("Reports", "Outstanding points by age (days)"), QStringLiteral("points"), {}, {QCoreApplication::translate("Reports", "outstanding")}, {{}}, false};
    for (int k = 0; k < buckets.count(); ++k) {
        const qint64 valueMinor = settings.pointValue.valueOf(outstanding.at(k));
        totalValue += valueMinor;
        rows.append(QJsonObject{{QStringLiteral("bucket"), buckets.label(k)},
                                {QStringLiteral("outstanding"), outstanding.at(k)},
                                {QStringLiteral("value"), valueMinor},
                                {QStringLiteral("share"), ratioJson(outstanding.at(k), total)}});
        report.table.rows.append({ReportCell::ofText(buckets.label(k)), ReportCell::ofPoints(outstanding.at(k)),
                                  ReportCell::ofMoney(valueMinor, settings.currency), ReportCell::ofRatio(outstanding.at(k), total)});
        chart.categories << buckets.label(k);
        chart.series[0] << outstanding.at(k);
    }
    report.table.total = {ReportCell::ofText(QCoreApplication::translate("Reports", "total")), ReportCell::ofPoints(total), ReportCell::ofMoney(totalValue, settings.currency),
                          total > 0 ? ReportCell::ofRatio(1, 1) : ReportCell::empty()};
    report.figures = {{QStringLiteral("buckets"), rows},
                      {QStringLiteral("total"), QJsonObject{{QStringLiteral("outstanding"), total}, {QStringLiteral("value"), totalValue}}}};
    report.chart = chart;
    return report;
}

Report ReportEngine::liability(const ReportRequest &request)
{
    const NetLiability liability = netLiabilityAt(m_database, request.asOfMs, request.buckets, request.breakage);
    const AgeingBuckets &buckets = liability.buckets;
    const EffectiveBreakage &breakage = liability.breakage;
    const QList<BucketLiability> &rows = liability.rows;
    const struct
    {
        money::Currency currency;
        PointValue pointValue;
    } settings{liability.currency, liability.value};
    Report report;
    report.notes = breakageNotes(breakage, rows, liability.policyVersion);
    report.title = QCoreApplication::translate("Reports", "Liability by ageing bucket");
    report.parameters = {{QStringLiteral("as_of"), timeformat::toIso(request.asOfMs)},
                         {QStringLiteral("buckets"), buckets.toString()},
                         {QStringLiteral("breakage"), request.breakage.toString()},
                         {QStringLiteral("breakage_applied"), breakage.spec.toString()},
                         {QStringLiteral("currency"), settings.currency.code},
                         {QStringLiteral("point_value"), settings.pointValue.toString()},
                         {QStringLiteral("rounding"), QStringLiteral("value = floor(points x point value); breakage half to even per bucket; "
                                                                     "totals are sums of the rounded buckets")}};
    const QString currency = settings.currency.code;
    report.table.columns = {QStringLiteral("bucket_days"),       QStringLiteral("outstanding_points"),
                            QStringLiteral("value_") + currency, QStringLiteral("breakage_rate"),
                            QStringLiteral("rate_basis"),        QStringLiteral("history_outstanding_D"),
                            QStringLiteral("history_expired_X"), QStringLiteral("expected_breakage_") + currency,
                            QStringLiteral("net_liability_") + currency};
    QJsonArray bucketJson;
    Points totalPoints = 0;
    qint64 totalValue = 0;
    qint64 totalBreakage = 0;
    ReportChart chart{QCoreApplication::translate("Reports", "Net liability and expected breakage by age (days)"), currency, {},
                      {QCoreApplication::translate("Reports", "net liability"), QCoreApplication::translate("Reports", "expected breakage")}, {{}, {}}, true};
    for (const BucketLiability &row : rows) {
        totalPoints += row.outstanding;
        totalValue += row.valueMinor;
        totalBreakage += row.breakageMinor;
        QJsonObject object{{QStringLiteral("bucket"), row.label},
                           {QStringLiteral("outstanding"), row.outstanding},
                           {QStringLiteral("value"), row.valueMinor},
                           {QStringLiteral("breakage_rate"), row.rate.toJson()},
                           {QStringLiteral("rate_basis"), row.basisName()},
                           {QStringLiteral("expected_breakage"), row.breakageMinor},
                           {QStringLiteral("net_liability"), row.netMinor()}};
        if (row.estimated()) {
            object.insert(QStringLiteral("history_outstanding"), row.historyOutstanding);
            object.insert(QStringLiteral("history_expired"), row.historyExpired);
        }
        bucketJson.append(object);
        report.table.rows.append({ReportCell::ofText(row.label), ReportCell::ofPoints(row.outstanding),
                                  ReportCell::ofMoney(row.valueMinor, settings.currency), ReportCell::ofRate(row.rate),
                                  ReportCell::ofText(row.basisName()),
                                  row.estimated() ? ReportCell::ofPoints(row.historyOutstanding) : ReportCell::empty(),
                                  row.estimated() ? ReportCell::ofPoints(row.historyExpired) : ReportCell::empty(),
                                  ReportCell::ofMoney(row.breakageMinor, settings.currency),
                                  ReportCell::ofMoney(row.netMinor(), settings.currency)});
        chart.categories << row.label;
        chart.series[0] << row.netMinor();
        chart.series[1] << row.breakageMinor;
    }
    report.table.total = {ReportCell::ofText(QCoreApplication::translate("Reports", "total")), ReportCell::ofPoints(totalPoints),
                          ReportCell::ofMoney(totalValue, settings.currency), ReportCell::empty(), ReportCell::empty(),
                          ReportCell::empty(), ReportCell::empty(), ReportCell::ofMoney(totalBreakage, settings.currency),
                          ReportCell::ofMoney(totalValue - totalBreakage, settings.currency)};
    report.figures = {{QStringLiteral("buckets"), bucketJson},
                      {QStringLiteral("total"), QJsonObject{{QStringLiteral("outstanding"), totalPoints},
                                                            {QStringLiteral("value"), totalValue},
                                                            {QStringLiteral("expected_breakage"), totalBreakage},
                                                            {QStringLiteral("net_liability"), totalValue - totalBreakage}}}};
    chart.decimals = settings.currency.decimals;
    report.chart = chart;
    if (request.liabilityBy)
        shareLiability(report, rows, buckets, settings.currency, liabilityByGroup(m_database, request.asOfMs, buckets, rows, *request.liabilityBy),
                       *request.liabilityBy);
    return report;
}

// The liability shared among departments (cost centres) or HRIS ids: the figures gain "by", and
// the table and chart show each group's buckets; the totals stay the report's own.
void ReportEngine::shareLiability(Report &report, const QList<BucketLiability> &total, const AgeingBuckets &buckets, const money::Currency &currency,
                                  const QList<GroupLiability> &groups, LiabilityGroup by)
{
    const QString key = by == LiabilityGroup::Department ? QStringLiteral("department") : QStringLiteral("hris");
    report.parameters.insert(QStringLiteral("by"), key);
    report.title = by == LiabilityGroup::Department ? QCoreApplication::translate("Reports", "Liability by department and ageing bucket")
                                                    : QCoreApplication::translate("Reports", "Liability by HRIS id and ageing bucket");
    const QString none = QCoreApplication::translate("Reports", "(none)");
    report.table.columns = {key,
                            QStringLiteral("bucket_days"),
                            QStringLiteral("outstanding_points"),
                            QStringLiteral("value_") + currency.code,
                            QStringLiteral("breakage_rate"),
                            QStringLiteral("expected_breakage_") + currency.code,
                            QStringLiteral("net_liability_") + currency.code};
    report.table.rows.clear();
    ReportChart chart{by == LiabilityGroup::Department ? QCoreApplication::translate("Reports", "Net liability by department and age (days)")
                                                       : QCoreApplication::translate("Reports", "Net liability by HRIS id and age (days)"),
                      currency.code, {}, {}, QList<QList<qint64>>(buckets.count()), true, currency.decimals};
    for (int k = 0; k < buckets.count(); ++k)
        chart.seriesNames << buckets.label(k);
    QJsonArray byJson;
    for (const GroupLiability &group : groups) {
        const QString shown = group.group.isEmpty() ? none : group.group;
        GroupLiability::Share sum;
        QJsonArray bucketJson;
        for (int k = 0; k < buckets.count(); ++k) {
            const GroupLiability::Share &share = group.buckets.at(k);
            sum.outstanding += share.outstanding;
            sum.valueMinor += share.valueMinor;
            sum.breakageMinor += share.breakageMinor;
            bucketJson.append(QJsonObject{{QStringLiteral("bucket"), buckets.label(k)},
                                          {QStringLiteral("outstanding"), share.outstanding},
                                          {QStringLiteral("value"), share.valueMinor},
                                          {QStringLiteral("expected_breakage"), share.breakageMinor},
                                          {QStringLiteral("net_liability"), share.netMinor()}});
            report.table.rows.append({ReportCell::ofText(shown), ReportCell::ofText(buckets.label(k)), ReportCell::ofPoints(share.outstanding),
                                      ReportCell::ofMoney(share.valueMinor, currency), ReportCell::ofRate(total.at(k).rate),
                                      ReportCell::ofMoney(share.breakageMinor, currency), ReportCell::ofMoney(share.netMinor(), currency)});
            chart.series[k] << share.netMinor();
        }
        report.table.rows.append({ReportCell::ofText(shown), ReportCell::ofText(QCoreApplication::translate("Reports", "all")),
                                  ReportCell::ofPoints(sum.outstanding), ReportCell::ofMoney(sum.valueMinor, currency), ReportCell::empty(),
                                  ReportCell::ofMoney(sum.breakageMinor, currency), ReportCell::ofMoney(sum.netMinor(), currency)});
        chart.categories << shown;
        byJson.append(QJsonObject{{key, group.group},
                                  {QStringLiteral("buckets"), bucketJson},
                                  {QStringLiteral("total"), QJsonObject{{QStringLiteral("outstanding"), sum.outstanding},
                                                                        {QStringLiteral("value"), sum.valueMinor},
                                                                        {QStringLiteral("expected_breakage"), sum.breakageMinor},
                                                                        {QStringLiteral("net_liability"), sum.netMinor()}}}});
    }
    const QJsonObject totals = report.figures.value(QStringLiteral("total")).toObject();
    report.table.total = {ReportCell::ofText(QCoreApplication::translate("Reports", "total")), ReportCell::empty(),
                          ReportCell::ofPoints(totals.value(QStringLiteral("outstanding")).toInteger()),
                          ReportCell::ofMoney(totals.value(QStringLiteral("value")).toInteger(), currency), ReportCell::empty(),
                          ReportCell::ofMoney(totals.value(QStringLiteral("expected_breakage")).toInteger(), currency),
                          ReportCell::ofMoney(totals.value(QStringLiteral("net_liability")).toInteger(), currency)};
    report.figures.insert(QStringLiteral("by"), byJson);
    report.chart = chart;
    report.notes << (by == LiabilityGroup::Department
                         ? QCoreApplication::translate("Reports", "Each member's points are counted in the department recorded for them at the as-of. "
                                                                  "A bucket's value and breakage are shared in proportion to its points, the rounding "
                                                                  "remainder to the largest fractions, so the departments sum to the total.")
                         : QCoreApplication::translate("Reports", "A bucket's value and breakage are shared among HRIS ids in proportion to their points, "
                                                                  "the rounding remainder to the largest fractions, so they sum to the total."));
}

Report ReportEngine::rollForward(const ReportRequest &request)
{
    const Period period = periodOf(request);
    const RollForwardMeasure measure = rollForwardOver(m_database, period.fromMs, period.toMs, request.buckets, request.breakage);
    const PointValue &value = measure.value();
    const money::Currency &currency = measure.atClosing.currency;
    const PointState &opening = measure.opening;
    const PointState &closing = measure.closing;
    const Points issued = measure.issued;
    const Points refunded = measure.refunded;
    const Points redeemed = measure.redeemed;
    const Points expired = measure.expired;
    const Points adjustedIn = measure.adjustedIn;
    const Points adjustedOut = measure.adjustedOut;
    const bool ties = measure.ties();
    const AgeingBuckets &buckets = measure.atOpening.buckets;
    const Points expectedPoints = measure.atOpening.breakagePoints();
    const qint64 expectedMinor = measure.atOpening.breakageMinor();
    const Points trueUpPoints = measure.trueUpPoints();
    const qint64 trueUpMinor = measure.trueUpMinor();
    const struct
    {
        money::Currency currency;
    } settings{currency};

    Report report;
    report.title = QCoreApplication::translate("Reports", "Roll-forward of outstanding points");
    report.parameters = periodJson(period);
    report.parameters.insert(QStringLiteral("breakage"), request.breakage.toString());
    report.parameters.insert(QStringLiteral("buckets"), buckets.toString());
    report.parameters.insert(QStringLiteral("currency"), settings.currency.code);
    report.parameters.insert(QStringLiteral("point_value"), value.toString());
    report.table.columns = {QStringLiteral("line"), QStringLiteral("points"), QStringLiteral("money_") + settings.currency.code};
    const auto line = [&](const QString &label, Points points) {
        const qint64 minor = points < 0 ? -value.valueOf(-points) : value.valueOf(points);
        report.table.rows.append({ReportCell::ofText(label), ReportCell::ofPoints(points), ReportCell::ofMoney(minor, settings.currency)});
    };
    line(QCoreApplication::translate("Reports", "opening outstanding"), opening.outstanding);
    line(QCoreApplication::translate("Reports", "+ issued"), issued);
    line(QCoreApplication::translate("Reports", "- redeemed"), redeemed);
    line(QCoreApplication::translate("Reports", "+ refunded"), refunded);
    line(QCoreApplication::translate("Reports", "+ adjusted in"), adjustedIn);
    line(QCoreApplication::translate("Reports", "- adjusted out"), adjustedOut);
    line(QCoreApplication::translate("Reports", "- expired"), expired);
    line(QCoreApplication::translate("Reports", "= closing outstanding"), closing.outstanding);
    line(QCoreApplication::translate("Reports", "expected breakage at opening"), expectedPoints);
    report.table.rows.append({ReportCell::ofText(QCoreApplication::translate("Reports", "breakage true-up (expired - expected)")), ReportCell::ofPoints(trueUpPoints),
                              ReportCell::ofMoney(trueUpMinor, settings.currency)});
    report.figures = {{QStringLiteral("opening"), pointsAndMoney(opening.outstanding, value)},
                      {QStringLiteral("issued"), pointsAndMoney(issued, value)},
                      {QStringLiteral("redeemed"), pointsAndMoney(redeemed, value)},
                      {QStringLiteral("refunded"), pointsAndMoney(refunded, value)},
                      {QStringLiteral("adjusted_in"), pointsAndMoney(adjustedIn, value)},
                      {QStringLiteral("adjusted_out"), pointsAndMoney(adjustedOut, value)},
                      {QStringLiteral("expired"), pointsAndMoney(expired, value)},
                      {QStringLiteral("closing"), pointsAndMoney(closing.outstanding, value)},
                      {QStringLiteral("ties"), ties},
                      {QStringLiteral("expected_breakage_at_opening"),
                       QJsonObject{{QStringLiteral("points"), expectedPoints}, {QStringLiteral("money"), expectedMinor}}},
                      {QStringLiteral("breakage_true_up"),
                       QJsonObject{{QStringLiteral("points"), trueUpPoints}, {QStringLiteral("money"), trueUpMinor}}},
                      {QStringLiteral("net_liability"), QJsonObject{{QStringLiteral("opening"), measure.atOpening.netMinor()},
                                                                    {QStringLiteral("closing"), measure.atClosing.netMinor()},
                                                                    {QStringLiteral("change"), measure.netLiabilityChangeMinor()}}}};
    const auto moneyRow = [&](const QString &label, qint64 minor) {
        report.table.rows.append({ReportCell::ofText(label), ReportCell::empty(), ReportCell::ofMoney(minor, settings.currency)});
    };
    moneyRow(QCoreApplication::translate("Reports", "net liability at opening"), measure.atOpening.netMinor());
    moneyRow(QCoreApplication::translate("Reports", "net liability at closing"), measure.atClosing.netMinor());
    moneyRow(QCoreApplication::translate("Reports", "change in net liability"), measure.netLiabilityChangeMinor());
    report.chart = {QCoreApplication::translate("Reports", "Roll-forward (points)"), QStringLiteral("points"),
                    {QCoreApplication::translate("Reports", "opening"), QCoreApplication::translate("Reports", "issued"), QCoreApplication::translate("Reports", "redeemed"), QCoreApplication::translate("Reports", "expired"),
                     QCoreApplication::translate("Reports", "closing")},
                    {QCoreApplication::translate("Reports", "points")}, {{opening.outstanding, issued, redeemed, expired, closing.outstanding}}, false};
    report.notes << (ties ? QCoreApplication::translate("Reports", "ties: opening + issued - redeemed + refunded + adjusted in - adjusted out - expired = closing")
                          : QCoreApplication::translate("Reports", "DOES NOT TIE: opening + issued - redeemed + refunded + adjusted in - adjusted out - expired ≠ closing"));
    return report;
}

Report ReportEngine::reconciliation(const ReportRequest &request)
{
    const Period period = periodOf(request);
    const ProgrammeSettings settings = ProgrammeBook::inForceAt(m_database, period.toMs);
    struct SourceFigures
    {
        qint64 reservations = 0;
        Points reservedPoints = 0;
        qint64 confirmations = 0;
        Points confirmedPoints = 0;
        qint64 walletMinor = 0;
        qint64 drawnMinor = 0;
        qint64 refunds = 0;
        Points refundedPoints = 0;  // given back by refunds of confirmed redemptions
        qint64 adjustments = 0;     // admin corrections, each way
        Points adjustedIn = 0;
        Points adjustedOut = 0;
        QHash<QString, std::pair<qint64, Points>> releases;  // failure | timeout | admin → (count, points)
    };
    QMap<QString, SourceFigures> sources;
    QSqlQuery &entries = m_database.run(
        QStringLiteral("SELECT s.name, CASE WHEN e.kind = 'timeout' THEN 'timeout' "
                       "WHEN e.kind = 'release' AND %1 = 'admin' THEN 'admin' "
                       "WHEN e.kind = 'release' THEN 'failure' WHEN e.kind = 'checkout' THEN 'confirm' "
                       "WHEN e.kind = 'reversal' THEN 'refund' ELSE e.kind END AS class, "
                       "COUNT(*), COALESCE(SUM(e.points), 0) FROM entries e JOIN sources s ON s.id = e.source_id "
                       "WHERE e.posted_at_ms >= ? AND e.posted_at_ms < ? "
                       "AND e.kind IN ('reserve', 'confirm', 'checkout', 'release', 'timeout', 'reversal') GROUP BY s.name, class")
            .arg(releaseorigin::ofReleaseEntrySql(m_database.engine())),
        {period.fromMs, period.toMs});
    while (entries.next()) {
        SourceFigures &figures = sources[entries.value(0).toString()];
        const QString kind = entries.value(1).toString();
        const qint64 count = entries.value(2).toLongLong();
        const Points points = entries.value(3).toLongLong();
        if (kind == QLatin1String("reserve")) {
            figures.reservations += count;
            figures.reservedPoints += points;
        } else if (kind == QLatin1String("confirm")) {
            figures.confirmations += count;
            figures.confirmedPoints += points;
        } else if (kind == QLatin1String("refund")) {
            figures.refunds += count;
            figures.refundedPoints += points;
        } else {
            auto &release = figures.releases[kind];
            release.first += count;
            release.second += points;
        }
    }
    entries.finish();
    QSqlQuery &money = m_database.run(
        QStringLiteral("SELECT s.name, a.code, SUM(p.amount) FROM postings p JOIN accounts a ON a.id = p.account_id "
                       "JOIN entries e ON e.id = p.entry_id JOIN sources s ON s.id = e.source_id "
                       "WHERE a.code IN (?, ?) "
                       "AND e.posted_at_ms >= ? AND e.posted_at_ms < ? GROUP BY s.name, a.code"),
        {accountcodes::rewardsCost, accountcodes::merchant, period.fromMs, period.toMs});
    while (money.next()) {
        SourceFigures &figures = sources[money.value(0).toString()];
        (money.value(1).toString() == accountcodes::rewardsCost ? figures.drawnMinor : figures.walletMinor) += money.value(2).toLongLong();
    }
    money.finish();
    QSqlQuery &adjusted = m_database.run(
        QStringLiteral("SELECT s.name, COUNT(*), COALESCE(SUM(CASE WHEN p.amount < 0 THEN -p.amount ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN p.amount > 0 THEN p.amount ELSE 0 END), 0) FROM postings p "
                       "JOIN accounts a ON a.id = p.account_id JOIN entries e ON e.id = p.entry_id "
                       "JOIN sources s ON s.id = e.source_id WHERE a.code = ? AND e.posted_at_ms >= ? AND e.posted_at_ms < ? "
                       "GROUP BY s.name"),
        {accountcodes::adjusted, period.fromMs, period.toMs});
    while (adjusted.next()) {
        SourceFigures &figures = sources[adjusted.value(0).toString()];
        figures.adjustments += adjusted.value(1).toLongLong();
        figures.adjustedIn += adjusted.value(2).toLongLong();
        figures.adjustedOut += adjusted.value(3).toLongLong();
    }
    adjusted.finish();
    // The journal's side of the tie, independent of the entries' kinds counted above.
    Points journalRedeemed = 0;
    for (const Points points : RedeemedBySource(m_database).between(period.fromMs, period.toMs))
        journalRedeemed += points;

    Report report;
    report.title = QCoreApplication::translate("Reports", "Reconciliation by source");
    report.parameters = periodJson(period);
    report.parameters.insert(QStringLiteral("currency"), settings.currency.code);
    const QString currency = settings.currency.code;
    report.table.columns = {QStringLiteral("source"),           QStringLiteral("reservations"),
                            QStringLiteral("reserved_points"),  QStringLiteral("confirmations"),
                            QStringLiteral("confirmed_points"), QStringLiteral("confirmed_value_") + currency,
                            QStringLiteral("released_failure"), QStringLiteral("released_timeout"),
                            QStringLiteral("released_admin"),   QStringLiteral("released_points"),
                            QStringLiteral("net_points"),       QStringLiteral("wallet_paid_") + currency,
                            QStringLiteral("funding_drawn_") + currency, QStringLiteral("refunds"),
                            QStringLiteral("refunded_points"), QStringLiteral("adjustments"),
                            QStringLiteral("adjusted_in_points"), QStringLiteral("adjusted_out_points")};
    QJsonObject bySource;
    Points confirmedTotal = 0;
    qint64 drawnTotal = 0;
    ReportChart chart{QCoreApplication::translate("Reports", "Confirmed points by source"), QStringLiteral("points"), {}, {QCoreApplication::translate("Reports", "confirmed")}, {{}}, false};
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        const SourceFigures &f = it.value();
        Points releasedPoints = 0;
        QJsonObject releases;
        for (const char *reason : {"failure", "timeout", "admin"}) {
            const auto release = f.releases.value(QString::fromLatin1(reason));
            releasedPoints += release.second;
            releases.insert(QString::fromLatin1(reason),
                            QJsonObject{{QStringLiteral("count"), release.first}, {QStringLiteral("points"), release.second}});
        }
        confirmedTotal += f.confirmedPoints - f.refundedPoints;
        drawnTotal += f.drawnMinor;
        const Points netPoints = f.confirmedPoints - f.refundedPoints;
        const qint64 confirmedValue = settings.pointValue.valueOf(f.confirmedPoints);
        bySource.insert(it.key(), QJsonObject{{QStringLiteral("reservations"), QJsonObject{{QStringLiteral("count"), f.reservations},
                                                                                            {QStringLiteral("points"), f.reservedPoints}}},
                                              {QStringLiteral("confirmations"), QJsonObject{{QStringLiteral("count"), f.confirmations},
                                                                                             {QStringLiteral("points"), f.confirmedPoints},
                                                                                             {QStringLiteral("money"), confirmedValue}}},
                                              {QStringLiteral("releases"), releases},
                                              {QStringLiteral("refunds"), QJsonObject{{QStringLiteral("count"), f.refunds},
                                                                                       {QStringLiteral("points"), f.refundedPoints}}},
                                              {QStringLiteral("adjustments"), QJsonObject{{QStringLiteral("count"), f.adjustments},
                                                                                           {QStringLiteral("points_in"), f.adjustedIn},
                                                                                           {QStringLiteral("points_out"), f.adjustedOut}}},
                                              {QStringLiteral("net_points"), netPoints},
                                              {QStringLiteral("wallet_paid"), f.walletMinor},
                                              {QStringLiteral("funding_drawn"), f.drawnMinor}});
        report.table.rows.append({ReportCell::ofText(it.key()), ReportCell::ofCount(f.reservations), ReportCell::ofPoints(f.reservedPoints),
                                  ReportCell::ofCount(f.confirmations), ReportCell::ofPoints(f.confirmedPoints),
                                  ReportCell::ofMoney(confirmedValue, settings.currency),
                                  ReportCell::ofCount(f.releases.value(QStringLiteral("failure")).first),
                                  ReportCell::ofCount(f.releases.value(QStringLiteral("timeout")).first),
                                  ReportCell::ofCount(f.releases.value(QStringLiteral("admin")).first), ReportCell::ofPoints(releasedPoints),
                                  ReportCell::ofPoints(netPoints), ReportCell::ofMoney(f.walletMinor, settings.currency),
                                  ReportCell::ofMoney(f.drawnMinor, settings.currency), ReportCell::ofCount(f.refunds),
                                  ReportCell::ofPoints(f.refundedPoints), ReportCell::ofCount(f.adjustments),
                                  ReportCell::ofPoints(f.adjustedIn), ReportCell::ofPoints(f.adjustedOut)});
        chart.categories << it.key();
        chart.series[0] << f.confirmedPoints;
    }
    const bool ties = confirmedTotal == journalRedeemed;
    report.figures = {{QStringLiteral("sources"), bySource},
                      {QStringLiteral("confirmed_points"), confirmedTotal},
                      {QStringLiteral("journal_redeemed_points"), journalRedeemed},
                      {QStringLiteral("funding_drawn"), drawnTotal},
                      {QStringLiteral("ties"), ties}};
    report.chart = chart;
    report.notes << (ties ? QCoreApplication::translate("Reports", "ties: confirmed points by source, net of refunds, = %1 = the journal's redeemed postings in the period")
                                .arg(journalRedeemed)
                          : QCoreApplication::translate("Reports", "DOES NOT TIE: %1 confirmed by source net of refunds, %2 redeemed in the journal")
                                .arg(confirmedTotal)
                                .arg(journalRedeemed));
    return report;
}

Report ReportEngine::cohorts(const ReportRequest &request)
{
    const Period period = periodOf(request);
    struct Cohort
    {
        QString name;
        qint64 members = 0;
        Points issued = 0;
        Points redeemed = 0;
    };
    QMap<QString, Cohort> byName;
    QString by;
    if (request.cohortBy == CohortBy::IssueMonth) {
        by = QStringLiteral("issue-month");
        QHash<QString, QSet<QString>> membersByMonth;
        QSqlQuery &lots = m_database.run(
            QStringLiteral("SELECT l.issued_at_ms, l.member_id, l.points, "
                           "(SELECT COALESCE(SUM(m.points), 0) FROM lot_movements m JOIN entries e ON e.id = m.entry_id "
                           " WHERE m.lot_id = l.id AND m.kind IN ('redeem', 'refund') AND e.posted_at_ms >= ? AND e.posted_at_ms < ?) "
                           "FROM lots l WHERE l.issued_at_ms >= ? AND l.issued_at_ms < ?"),
            {period.fromMs, period.toMs, period.fromMs, period.toMs});
        while (lots.next()) {
            const QString month = monthKey(lots.value(0).toLongLong());
            Cohort &cohort = byName[month];
            cohort.name = month;
            membersByMonth[month].insert(lots.value(1).toString());
            cohort.issued += lots.value(2).toLongLong();
            cohort.redeemed += lots.value(3).toLongLong();
        }
        lots.finish();
        for (auto it = membersByMonth.constBegin(); it != membersByMonth.constEnd(); ++it)
            byName[it.key()].members = it.value().size();
    } else {
        const QString column = request.cohortBy == CohortBy::Hris ? QStringLiteral("hris") : QStringLiteral("department");
        by = column;
        QSqlQuery &members = m_database.run(
            QStringLiteral("SELECT %1, COUNT(*) FROM members WHERE created_at_ms < ? GROUP BY %1").arg(column), {period.toMs});
        while (members.next()) {
            Cohort &cohort = byName[members.value(0).toString()];
            cohort.name = members.value(0).toString();
            cohort.members = members.value(1).toLongLong();
        }
        members.finish();
        QSqlQuery &flows = m_database.run(
            QStringLiteral("SELECT m.%1, a.code, SUM(p.amount) FROM postings p JOIN accounts a ON a.id = p.account_id "
                           "JOIN entries e ON e.id = p.entry_id JOIN members m ON m.id = e.member_id "
                           "WHERE a.code IN (?, ?) AND e.posted_at_ms >= ? AND e.posted_at_ms < ? "
                           "GROUP BY m.%1, a.code")
                .arg(column),
            {accountcodes::issued, accountcodes::redeemed, period.fromMs, period.toMs});
        while (flows.next()) {
            Cohort &cohort = byName[flows.value(0).toString()];
            cohort.name = flows.value(0).toString();
            if (flows.value(1).toString() == accountcodes::issued)
                cohort.issued += -flows.value(2).toLongLong();
            else
                cohort.redeemed += flows.value(2).toLongLong();
        }
        flows.finish();
    }
    // Cohorts too small to stay anonymous are folded into "other".
    QList<Cohort> shown;
    Cohort other{QStringLiteral("other"), 0, 0, 0};
    int folded = 0;
    for (const Cohort &cohort : std::as_const(byName)) {
        if (cohort.members < request.minimumCohort || cohort.name == QLatin1String("other")) {
            other.members += cohort.members;
            other.issued += cohort.issued;
            other.redeemed += cohort.redeemed;
            folded += cohort.name == QLatin1String("other") ? 0 : 1;
        } else {
            shown.append(cohort);
        }
    }
    if (other.members > 0 || other.issued > 0 || other.redeemed > 0)
        shown.append(other);
    std::sort(shown.begin(), shown.end(), [](const Cohort &a, const Cohort &b) {
        // By redemption rate, highest first; a cohort with nothing issued last; ties by name.
        const bool aRated = a.issued > 0;
        const bool bRated = b.issued > 0;
        if (aRated != bRated)
            return aRated;
        if (aRated) {
            const WideInt left = WideInt(a.redeemed) * b.issued;
            const WideInt right = WideInt(b.redeemed) * a.issued;
            if (left != right)
                return left > right;
        }
        return a.name < b.name;
    });

    Report report;
    report.title = QCoreApplication::translate("Reports", "Redemption by cohort");
    report.parameters = periodJson(period);
    report.parameters.insert(QStringLiteral("by"), by);
    report.parameters.insert(QStringLiteral("minimum_cohort"), request.minimumCohort);
    report.table.columns = {QStringLiteral("cohort"), QStringLiteral("members"), QStringLiteral("points_issued"),
                            QStringLiteral("points_redeemed"), QStringLiteral("redemption_rate"), QStringLiteral("points_per_member")};
    QJsonArray rows;
    ReportChart chart{QCoreApplication::translate("Reports", "Redemption rate by cohort (per mille)"), QStringLiteral("‰"), {}, {QCoreApplication::translate("Reports", "redemption rate")}, {{}}, false};
    for (const Cohort &cohort : std::as_const(shown)) {
        rows.append(QJsonObject{{QStringLiteral("cohort"), cohort.name},
                                {QStringLiteral("members"), cohort.members},
                                {QStringLiteral("issued"), cohort.issued},
                                {QStringLiteral("redeemed"), cohort.redeemed},
                                {QStringLiteral("redemption_rate"), ratioJson(cohort.redeemed, cohort.issued)},
                                {QStringLiteral("points_per_member"), ratioJson(cohort.issued, cohort.members)}});
        report.table.rows.append({ReportCell::ofText(cohort.name), ReportCell::ofCount(cohort.members), ReportCell::ofPoints(cohort.issued),
                                  ReportCell::ofPoints(cohort.redeemed), ReportCell::ofRatio(cohort.redeemed, cohort.issued),
                                  ReportCell::ofRatio(cohort.issued, cohort.members, 2)});
        chart.categories << cohort.name;
        chart.series[0] << (cohort.issued > 0 ? divideHalfEven(WideInt(cohort.redeemed) * 1000, cohort.issued) : 0);
    }
    report.figures = {{QStringLiteral("cohorts"), rows}, {QStringLiteral("folded_into_other"), folded}};
    report.chart = chart;
    if (folded > 0)
        report.notes << QCoreApplication::translate("Reports", "%1 cohorts with fewer than %2 members are folded into \"other\"").arg(folded).arg(request.minimumCohort);
    return report;
}

Report ReportEngine::expiring(const ReportRequest &request)
{
    const qint64 nowMs = request.asOfMs;
    const qint64 untilMs = nowMs + qint64(request.withinDays) * PointStateQuery::dayMs;
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT l.member_id, m.name, SUM(l.remaining - l.held), MIN(l.expires_at_ms), "
                       "SUM(CASE WHEN l.expires_at_ms <= ? THEN l.remaining - l.held ELSE 0 END), MIN(l.lapses_at_ms) "
                       "FROM lots l JOIN members m ON m.id = l.member_id "
                       "WHERE l.remaining > l.held AND l.lapses_at_ms > ? AND l.expires_at_ms < ? "
                       "GROUP BY l.member_id, m.name ORDER BY MIN(l.expires_at_ms), l.member_id"),
        {nowMs, nowMs, untilMs});
    Report report;
    report.title = QCoreApplication::translate("Reports", "Points expiring within %1 days").arg(request.withinDays);
    report.parameters = {{QStringLiteral("as_of"), timeformat::toIso(nowMs)}, {QStringLiteral("within_days"), request.withinDays}};
    report.table.columns = {QStringLiteral("member"), QStringLiteral("name"), QStringLiteral("points_expiring"),
                            QStringLiteral("first_expiry"), QStringLiteral("in_grace_points"), QStringLiteral("redeemable_until")};
    QJsonArray members;
    Points total = 0;
    while (query.next()) {
        const Points points = query.value(2).toLongLong();
        total += points;
        const QString firstExpiry = timeformat::toIso(query.value(3).toLongLong());
        const QString until = timeformat::toIso(query.value(5).toLongLong());
        members.append(QJsonObject{{QStringLiteral("member"), query.value(0).toString()},
                                   {QStringLiteral("name"), query.value(1).toString()},
                                   {QStringLiteral("points"), points},
                                   {QStringLiteral("first_expiry"), firstExpiry},
                                   {QStringLiteral("in_grace"), query.value(4).toLongLong()},
                                   {QStringLiteral("redeemable_until"), until}});
        report.table.rows.append({ReportCell::ofText(query.value(0).toString()), ReportCell::ofText(query.value(1).toString()),
                                  ReportCell::ofPoints(points), ReportCell::ofDate(query.value(3).toLongLong()),
                                  ReportCell::ofPoints(query.value(4).toLongLong()), ReportCell::ofDate(query.value(5).toLongLong())});
    }
    query.finish();
    report.table.total = {ReportCell::ofText(QCoreApplication::translate("Reports", "total")), ReportCell::empty(), ReportCell::ofPoints(total),
                          ReportCell::empty(), ReportCell::empty(), ReportCell::empty()};
    report.figures = {{QStringLiteral("members"), members}, {QStringLiteral("points"), total}};
    report.chart = {};
    return report;
}

}  // namespace orchard
