#pragma once

#include "base/result.h"
#include "earning/earningcsv.h"

#include <functional>

namespace orchard {

class CsvReader;
class Ledger;

struct EarningImportOptions
{
    QString source = QStringLiteral("admin");
    bool dryRun = false;  // every row decided as the import would, then all of it rolled back
    bool atomic = false;  // every row or, when one is refused, none
    int rowsPerTransaction = 1000;  // the write lock is held about half a second: the API's writers keep flowing
};

struct EarningImportTotals
{
    qint64 rows = 0;
    qint64 imported = 0;   // went in (a dry run: would go in)
    qint64 alreadyIn = 0;  // their event id was in already: a rerun, or the same event twice in a file
    qint64 refused = 0;
    Points points = 0;     // awarded by the rows imported
    qint64 bytesRead = 0;
    bool applied = false;    // the imported rows are committed
    bool cancelled = false;  // stopped between transactions; what committed stays
    QJsonObject toJson() const;
};

// Feeds an earnings file to the ledger's earn(), row by row, in transactions of a few thousand
// rows: each row's event id is its key, so a rerun (or a run cancelled half way) carries on where
// the last one stopped and counts what was already in. Without `atomic` a refused row is reported
// and the rest go in; with `atomic` (or a dry run) the whole file is one transaction, which holds
// the ledger's write lock until the file is read.
class EarningImporter
{
public:
    using RowErrors = std::function<void(const EarningRowError &error)>;
    // Called after each transaction; returning false cancels the rest.
    using Progress = std::function<bool(const EarningImportTotals &totals)>;

    EarningImporter(Ledger &ledger, EarningImportOptions options) : m_ledger(ledger), m_options(std::move(options)) {}

    // `reader` is past the header `layout` was made from.
    Result<EarningImportTotals> run(CsvReader &reader, const EarningCsvLayout &layout, const RowErrors &rowErrors,
                                    const Progress &progress = {});

private:
    Ledger &m_ledger;
    EarningImportOptions m_options;
};

}  // namespace orchard
