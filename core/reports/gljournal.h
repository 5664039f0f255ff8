#pragma once

#include "reports/glmapping.h"
#include "settings/breakagespec.h"
#include "settings/expirypolicy.h"

#include <optional>

// `orchardctl report gl-journal`: the period's movements of the points liability as balanced
// general-ledger lines (issuance, adjustments, redemptions, refunds, the breakage true-up and the
// breakage expected at the close), under a mapping onto the organisation's chart of accounts,
// optionally split by cost centre. The liability account's net credit is the roll-forward's change
// in net liability to the minor unit. docs/finance.md explains the treatment.
namespace orchard {

class Database;
struct Report;

class GlJournal
{
public:
    explicit GlJournal(Database &database) : m_database(database) {}

    // Inside the report engine's snapshot. Throws ReportRefusal (a mapping that does not fit the
    // ledger, rates that do not fit the buckets) and SqlFailure.
    Report make(qint64 fromMs, qint64 toMs, const std::optional<AgeingBuckets> &buckets, const BreakageSpec &breakage,
                const GlMapping &mapping, const QString &mappingSource);

private:
    Database &m_database;
};

}  // namespace orchard
