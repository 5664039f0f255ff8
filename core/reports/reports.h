#pragma once

#include "reports/expirywhatif.h"
#include "reports/glmapping.h"
#include "reports/liabilitymeasure.h"
#include "reports/reportcell.h"
#include "settings/breakagespec.h"
#include "settings/expirypolicy.h"
#include "base/ledgertypes.h"
#include "money/rate.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// The finance and HR reports, each rebuilt from the journal as of an instant (or for a period),
// as structured figures (JSON, the console) plus a table (text, CSV, PDF) and a chart.
namespace orchard {

class Database;

struct ReportTable
{
    QStringList columns;
    QList<ReportRow> rows;
    ReportRow total;  // empty when the report has no totals row
};

struct ReportChart
{
    QString title;
    QString unit;  // "points" or a currency code
    QStringList categories;
    QStringList seriesNames;
    QList<QList<qint64>> series;  // one list per series, one value per category
    bool stacked = false;
    int decimals = 0;  // for money: values are minor units of a currency with these decimals
};

struct Report
{
    QString name;   // point-state, ageing, liability, roll-forward, reconciliation, cohorts, expiring
    QString title;
    QJsonObject parameters;
    QJsonObject figures;
    ReportTable table;
    ReportChart chart;
    QStringList notes;
    QJsonObject toJson() const;  // {"report","parameters", ...figures}
};

enum class CohortBy { Hris, Department, IssueMonth };

struct ReportRequest
{
    QString name;
    qint64 asOfMs = 0;
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    std::optional<AgeingBuckets> buckets;  // the policy's when absent
    BreakageSpec breakage;
    CohortBy cohortBy = CohortBy::Department;
    std::optional<LiabilityGroup> liabilityBy;  // liability: also shared among departments or HRIS ids
    std::optional<GlMapping> glMapping;         // gl-journal: the default mapping when absent
    QString glMappingSource;                    // gl-journal: where the mapping came from (a file's path)
    std::optional<ExpiryProposal> proposedExpiry;  // what-if: the window and grace proposed
    int withinDays = 30;
    int minimumCohort = 5;

    static const QStringList &names();
};

class ReportEngine
{
public:
    explicit ReportEngine(Database &database) : m_database(database) {}

    Result<Report> run(const ReportRequest &request);

private:
    Report pointState(const ReportRequest &request);
    Report ageing(const ReportRequest &request);
    Report liability(const ReportRequest &request);
    Report rollForward(const ReportRequest &request);
    Report reconciliation(const ReportRequest &request);
    Report cohorts(const ReportRequest &request);
    Report expiring(const ReportRequest &request);
    void shareLiability(Report &report, const QList<BucketLiability> &total, const AgeingBuckets &buckets, const money::Currency &currency,
                        const QList<GroupLiability> &groups, LiabilityGroup by);
    AgeingBuckets bucketsFor(const ReportRequest &request, qint64 atMs);

    Database &m_database;
};

}  // namespace orchard
