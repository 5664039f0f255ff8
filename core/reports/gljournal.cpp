#include "reports/gljournal.h"

#include "base/invariant.h"
#include "base/timeformat.h"
#include "money/rate.h"
#include "reports/liabilitymeasure.h"
#include "reports/lotexport.h"
#include "reports/reports.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

#include <array>

namespace orchard {

namespace {

using Account = GlMapping::Account;

enum Flow { Issued, AdjustedIn, AdjustedOut, Redeemed, Refunded, Expired, FlowCount };

using Flows = std::array<Points, FlowCount>;

Flows flowsOf(const LotRecord &lot)
{
    return {lot.issued, lot.adjustedIn, lot.adjustedOut, lot.redeemed, lot.refunded, lot.expired};
}

Flows flowsOf(const RollForwardMeasure &measure)
{
    return {measure.issued, measure.adjustedIn, measure.adjustedOut, measure.redeemed, measure.refunded, measure.expired};
}

// One cost centre's share of the period: its flows in points and money, and the breakage and net
// liability at each end.
struct Centre
{
    Flows points{};
    std::array<qint64, FlowCount> moneyMinor{};
    qint64 openingBreakageMinor = 0;
    qint64 closingBreakageMinor = 0;
    qint64 openingNetMinor = 0;
    qint64 closingNetMinor = 0;
};

struct Line
{
    Account account;
    qint64 debitMinor = 0;
    qint64 creditMinor = 0;
    QString costCentre;
    QString description;
    QString reference;
};

QString groupOf(const LotRecord &lot, GlMapping::CostCentreBy by)
{
    return by == GlMapping::CostCentreBy::Hris ? lot.hris : lot.department;
}

}  // namespace

Report GlJournal::make(qint64 fromMs, qint64 toMs, const std::optional<AgeingBuckets> &buckets, const BreakageSpec &breakage,
                       const GlMapping &mapping, const QString &mappingSource)
{
    const RollForwardMeasure measure = rollForwardOver(m_database, fromMs, toMs, buckets, breakage);
    const money::Currency currency = measure.atClosing.currency;
    if (mapping.currency() && *mapping.currency() != currency.code)
        throw ReportRefusal{LedgerError::invalidArgument(
            QStringLiteral("mapping.currency"),
            QStringLiteral("is %1 but the programme's currency is %2").arg(*mapping.currency(), currency.code))};
    if (measure.atOpening.currency.code != currency.code)
        throw ReportRefusal{LedgerError::invalidArgument(
            QStringLiteral("from"), QStringLiteral("the programme's currency changed within the period (%1 to %2); journal each currency's "
                                                   "period on its own")
                                        .arg(measure.atOpening.currency.code, currency.code))};

    // ---- each cost centre's share ----
    const Flows totalPoints = flowsOf(measure);
    QMap<QString, Centre> centres;
    const GlMapping::CostCentreBy by = mapping.costCentreBy();
    const auto centreOf = [&](const QString &group) {
        const Result<QString> centre = mapping.costCentreOf(group);
        if (!centre)
            throw ReportRefusal{centre.error()};
        return centre.value();
    };
    if (by == GlMapping::CostCentreBy::None) {
        Centre &only = centres[mapping.defaultCostCentre()];
        only.points = totalPoints;
        only.openingBreakageMinor = measure.atOpening.breakageMinor();
        only.closingBreakageMinor = measure.atClosing.breakageMinor();
        only.openingNetMinor = measure.atOpening.netMinor();
        only.closingNetMinor = measure.atClosing.netMinor();
    } else {
        // A lot's flows over the period are its record at the end less its record at the start,
        // both counted where its member was at the end; the liability at each end where they were then.
        QHash<QString, QString> centreOfMember;
        QHash<QString, QString> centreOfGroup;
        const auto centreOfGroupCached = [&](const QString &group) {
            auto it = centreOfGroup.constFind(group);
            if (it == centreOfGroup.constEnd())
                it = centreOfGroup.insert(group, centreOf(group));
            return it.value();
        };
        const LiabilityGroup grouping = by == GlMapping::CostCentreBy::Hris ? LiabilityGroup::Hris : LiabilityGroup::Department;
        LotExport(m_database).forEach(toMs, measure.atClosing.buckets, [&](const LotRecord &lot) {
            const QString centre = centreOfGroupCached(groupOf(lot, by));
            centreOfMember.insert(lot.memberId, centre);
            const Flows flows = flowsOf(lot);
            for (int f = 0; f < FlowCount; ++f)
                centres[centre].points[std::size_t(f)] += flows[std::size_t(f)];
        });
        LotExport(m_database).forEach(fromMs, measure.atOpening.buckets, [&](const LotRecord &lot) {
            const auto it = centreOfMember.constFind(lot.memberId);
            require(it != centreOfMember.constEnd(),
                    QStringLiteral("gl-journal: lot %1 is in the ledger at the period's start but not at its end").arg(lot.lotId));
            const Flows flows = flowsOf(lot);
            for (int f = 0; f < FlowCount; ++f)
                centres[it.value()].points[std::size_t(f)] -= flows[std::size_t(f)];
        });
        for (const auto &[asOfMs, end] : {std::pair{fromMs, &measure.atOpening}, std::pair{toMs, &measure.atClosing}}) {
            for (const GroupLiability &group : liabilityByGroup(m_database, asOfMs, end->buckets, end->rows, grouping)) {
                Centre &centre = centres[centreOfGroupCached(group.group)];
                for (const GroupLiability::Share &share : group.buckets) {
                    (asOfMs == fromMs ? centre.openingBreakageMinor : centre.closingBreakageMinor) += share.breakageMinor;
                    (asOfMs == fromMs ? centre.openingNetMinor : centre.closingNetMinor) += share.netMinor();
                }
            }
        }
    }
    // Each flow's money is the total's, shared among the centres by their points (largest remainder).
    for (int f = 0; f < FlowCount; ++f) {
        QList<qint64> weights;
        Points sum = 0;
        for (const Centre &centre : std::as_const(centres)) {
            weights << centre.points[std::size_t(f)];
            sum += centre.points[std::size_t(f)];
        }
        Q_ASSERT(sum == totalPoints[std::size_t(f)]);
        require(sum == totalPoints[std::size_t(f)],
                QStringLiteral("gl-journal: the cost centres' flows sum to %1 points, the roll-forward's to %2").arg(sum).arg(totalPoints[std::size_t(f)]));
        const QList<qint64> shares = allocateByLargestRemainder(measure.moneyOf(totalPoints[std::size_t(f)]), weights);
        int c = 0;
        for (Centre &centre : centres)
            centre.moneyMinor[std::size_t(f)] = shares.at(c++);
    }

    // ---- the lines ----
    const QString period = timeformat::toIso(fromMs) + QStringLiteral("..") + timeformat::toIso(toMs);
    const auto reference = [&](const char *what) { return QStringLiteral("orchard:gl:%1:%2").arg(period, QString::fromLatin1(what)); };
    QList<Line> lines;
    const auto pair = [&](Account debit, Account credit, qint64 amount, const QString &centre, const QString &description, const char *what) {
        if (amount == 0)
            return;
        if (amount < 0)
            std::swap(debit, credit);
        const qint64 minor = amount < 0 ? -amount : amount;
        lines.append({debit, minor, 0, centre, description, reference(what)});
        lines.append({credit, 0, minor, centre, description, reference(what)});
    };
    qint64 residualSum = 0;
    for (auto it = centres.constBegin(); it != centres.constEnd(); ++it) {
        const Centre &centre = it.value();
        const QString &cc = it.key();
        pair(Account::RewardExpense, Account::PointsLiability, centre.moneyMinor[Issued], cc, QCoreApplication::translate("Reports", "Points issued"), "issued");
        pair(Account::RewardExpense, Account::PointsLiability, centre.moneyMinor[AdjustedIn], cc, QCoreApplication::translate("Reports", "Points credited by adjustment"),
             "adjusted_in");
        pair(Account::PointsLiability, Account::RewardExpense, centre.moneyMinor[AdjustedOut], cc, QCoreApplication::translate("Reports", "Points debited by adjustment"),
             "adjusted_out");
        pair(Account::PointsLiability, Account::RedemptionSettlement, centre.moneyMinor[Redeemed], cc, QCoreApplication::translate("Reports", "Points redeemed"), "redeemed");
        pair(Account::RedemptionSettlement, Account::PointsLiability, centre.moneyMinor[Refunded], cc, QCoreApplication::translate("Reports", "Redeemed points refunded"),
             "refunded");
        pair(Account::PointsLiability, Account::BreakageIncome, centre.moneyMinor[Expired] - centre.openingBreakageMinor, cc,
             QCoreApplication::translate("Reports", "Breakage true-up: points expired less the breakage expected at the opening"), "breakage_true_up");
        pair(Account::PointsLiability, Account::BreakageIncome, centre.closingBreakageMinor, cc,
             QCoreApplication::translate("Reports", "Breakage expected of the points outstanding at the close"), "breakage_expected");
        // What the lines above leave of the centre's change in net liability: rounding (a bucket's
        // value is floored once, each flow's once), a change of point value within the period,
        // and, by cost centre, the liability of members who moved between centres.
        const qint64 posted = centre.moneyMinor[Issued] + centre.moneyMinor[AdjustedIn] - centre.moneyMinor[AdjustedOut] -
                              centre.moneyMinor[Redeemed] + centre.moneyMinor[Refunded] -
                              (centre.moneyMinor[Expired] - centre.openingBreakageMinor) - centre.closingBreakageMinor;
        const qint64 residual = (centre.closingNetMinor - centre.openingNetMinor) - posted;
        residualSum += residual;
        if (residual != 0)
            lines.append({Account::PointsLiability, residual < 0 ? -residual : 0, residual > 0 ? residual : 0, cc,
                          by == GlMapping::CostCentreBy::None ? QCoreApplication::translate("Reports", "Rounding and revaluation of the liability")
                                                              : QCoreApplication::translate("Reports", "Liability moved between cost centres, rounding and revaluation"),
                          reference("rounding")});
    }
    if (residualSum != 0)
        lines.append({Account::RewardExpense, residualSum > 0 ? residualSum : 0, residualSum < 0 ? -residualSum : 0, mapping.defaultCostCentre(),
                      QCoreApplication::translate("Reports", "Rounding and revaluation of the liability"), reference("rounding")});

    // ---- the report ----
    const QString date = QDateTime::fromMSecsSinceEpoch(toMs - 1, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
    Report report;
    report.title = QCoreApplication::translate("Reports", "General-ledger journal of the points liability");
    report.parameters = {{QStringLiteral("from"), timeformat::toIso(fromMs)},
                         {QStringLiteral("to"), timeformat::toIso(toMs)},
                         {QStringLiteral("buckets"), measure.atClosing.buckets.toString()},
                         {QStringLiteral("breakage"), breakage.toString()},
                         {QStringLiteral("currency"), currency.code},
                         {QStringLiteral("point_value"), measure.value().toString()},
                         {QStringLiteral("mapping"), mappingSource},
                         {QStringLiteral("cost_centre_by"), mapping.toJson().value(QStringLiteral("cost_centre")).toObject().value(QStringLiteral("by"))}};
    report.table.columns = {QStringLiteral("date"),     QStringLiteral("gl_account"),  QStringLiteral("debit"),      QStringLiteral("credit"),
                            QStringLiteral("currency"), QStringLiteral("cost_centre"), QStringLiteral("description"), QStringLiteral("reference")};
    QJsonArray lineJson;
    qint64 debits = 0;
    qint64 credits = 0;
    qint64 liabilityCredit = 0;
    QMap<QString, std::pair<qint64, qint64>> byAccount;  // code → (debit, credit)
    for (const Line &line : std::as_const(lines)) {
        const GlAccount &account = mapping.account(line.account);
        debits += line.debitMinor;
        credits += line.creditMinor;
        if (line.account == Account::PointsLiability)
            liabilityCredit += line.creditMinor - line.debitMinor;
        byAccount[account.code].first += line.debitMinor;
        byAccount[account.code].second += line.creditMinor;
        lineJson.append(QJsonObject{{QStringLiteral("date"), date},
                                    {QStringLiteral("gl_account"), account.code},
                                    {QStringLiteral("gl_account_name"), account.name},
                                    {QStringLiteral("orchard_account"), GlMapping::keyOf(line.account)},
                                    {QStringLiteral("debit"), line.debitMinor},
                                    {QStringLiteral("credit"), line.creditMinor},
                                    {QStringLiteral("currency"), currency.code},
                                    {QStringLiteral("cost_centre"), line.costCentre},
                                    {QStringLiteral("description"), line.description},
                                    {QStringLiteral("reference"), line.reference}});
        report.table.rows.append({ReportCell::ofText(date), ReportCell::ofText(account.code),
                                  line.debitMinor ? ReportCell::ofMoney(line.debitMinor, currency) : ReportCell::empty(),
                                  line.creditMinor ? ReportCell::ofMoney(line.creditMinor, currency) : ReportCell::empty(),
                                  ReportCell::ofText(currency.code), ReportCell::ofText(line.costCentre), ReportCell::ofText(line.description),
                                  ReportCell::ofText(line.reference)});
    }
    // Every line was posted in pairs or against the residual's sum: a journal that does not balance is a defect.
    Q_ASSERT(debits == credits);
    require(debits == credits, QStringLiteral("gl-journal: debits %1 and credits %2 differ").arg(debits).arg(credits));
    const qint64 change = measure.netLiabilityChangeMinor();
    require(liabilityCredit == change,
            QStringLiteral("gl-journal: the liability account moves %1 but the net liability %2").arg(liabilityCredit).arg(change));
    report.table.total = {ReportCell::ofText(QCoreApplication::translate("Reports", "total")), ReportCell::empty(), ReportCell::ofMoney(debits, currency),
                          ReportCell::ofMoney(credits, currency), ReportCell::ofText(currency.code), ReportCell::empty(),
                          ReportCell::empty(), ReportCell::empty()};
    const GlAccount &liability = mapping.account(Account::PointsLiability);
    report.figures = {
        {QStringLiteral("lines"), lineJson},
        {QStringLiteral("totals"), QJsonObject{{currency.code, QJsonObject{{QStringLiteral("debit"), debits}, {QStringLiteral("credit"), credits}}}}},
        {QStringLiteral("balanced"), debits == credits},
        {QStringLiteral("liability"), QJsonObject{{QStringLiteral("gl_account"), liability.code},
                                                  {QStringLiteral("net_credit"), liabilityCredit},
                                                  {QStringLiteral("opening_net_liability"), measure.atOpening.netMinor()},
                                                  {QStringLiteral("closing_net_liability"), measure.atClosing.netMinor()},
                                                  {QStringLiteral("change_in_net_liability"), change},
                                                  {QStringLiteral("ties"), liabilityCredit == change}}},
        {QStringLiteral("rounding_and_revaluation"), residualSum},
        {QStringLiteral("mapping"), mapping.toJson()}};
    ReportChart chart{QCoreApplication::translate("Reports", "Journal by GL account"), currency.code, {}, {QCoreApplication::translate("Reports", "debit"), QCoreApplication::translate("Reports", "credit")}, {{}, {}}, false, currency.decimals};
    for (auto it = byAccount.constBegin(); it != byAccount.constEnd(); ++it) {
        chart.categories << it.key();
        chart.series[0] << it.value().first;
        chart.series[1] << it.value().second;
    }
    report.chart = chart;
    report.notes << QCoreApplication::translate("Reports", "Debits equal credits: %1 %2.").arg(money::formatAmount(debits, currency), currency.code)
                 << QCoreApplication::translate("Reports", "The liability account %1 moves by %2, the roll-forward's change in net liability (%3 to %4).")
                        .arg(liability.code, money::formatAmount(liabilityCredit, currency),
                             money::formatAmount(measure.atOpening.netMinor(), currency),
                             money::formatAmount(measure.atClosing.netMinor(), currency));
    return report;
}

}  // namespace orchard
