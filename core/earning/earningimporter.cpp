#include "earning/earningimporter.h"

#include "earning/csvreader.h"
#include "ledger/ledger.h"

namespace orchard {

QJsonObject EarningImportTotals::toJson() const
{
    return {{QStringLiteral("rows"), rows},         {QStringLiteral("imported"), imported},
            {QStringLiteral("already_in"), alreadyIn}, {QStringLiteral("refused"), refused},
            {QStringLiteral("points"), points},     {QStringLiteral("applied"), applied},
            {QStringLiteral("cancelled"), cancelled}};
}

Result<EarningImportTotals> EarningImporter::run(CsvReader &reader, const EarningCsvLayout &layout, const RowErrors &rowErrors,
                                                 const Progress &progress)
{
    const bool oneTransaction = m_options.atomic || m_options.dryRun;
    EarningImportTotals totals;
    qint64 committedImported = 0;
    Points committedPoints = 0;
    bool inTransaction = false;
    const auto begin = [&]() -> std::optional<LedgerError> {
        const Result<bool> begun = m_ledger.beginBatch();
        if (!begun)
            return begun.error();
        inTransaction = true;
        return std::nullopt;
    };
    const auto commit = [&]() -> std::optional<LedgerError> {
        inTransaction = false;
        const Result<bool> committed = m_ledger.commitBatch();
        if (!committed)
            return committed.error();
        committedImported = totals.imported;
        committedPoints = totals.points;
        return std::nullopt;
    };
    const auto failed = [&](const LedgerError &error) -> Result<EarningImportTotals> {
        if (inTransaction)
            m_ledger.abandonBatch();
        return error;
    };

    qint64 rowsInTransaction = 0;
    while (const std::optional<QStringList> record = reader.next()) {
        if (!inTransaction)
            if (const auto error = begin())
                return failed(*error);
        ++totals.rows;
        ++rowsInTransaction;
        const qint64 row = totals.rows;
        const auto parsed = layout.request(*record, row, m_options.source);
        if (const auto *error = std::get_if<EarningRowError>(&parsed)) {
            ++totals.refused;
            rowErrors(*error);
        } else {
            const EarnRequest &request = std::get<EarnRequest>(parsed);
            const Result<bool> known = m_ledger.hasEarning(request.source, request.eventId);
            if (!known)
                return failed(known.error());
            if (known.value()) {
                ++totals.alreadyIn;
            } else if (const Result<EarnReceipt> receipt = m_ledger.earn(request)) {
                ++totals.imported;
                totals.points += receipt.value().points;
            } else {
                if (receipt.error().kind() == ErrorKind::Storage || receipt.error().kind() == ErrorKind::Internal)
                    return failed(receipt.error());
                ++totals.refused;
                rowErrors(layout.refusal(receipt.error(), row));
            }
        }
        if (!oneTransaction && rowsInTransaction >= m_options.rowsPerTransaction) {
            if (const auto error = commit())
                return failed(*error);
            rowsInTransaction = 0;
            totals.bytesRead = reader.bytesRead();
            if (progress && !progress(totals)) {
                totals.cancelled = true;
                break;
            }
        }
    }
    totals.bytesRead = reader.bytesRead();
    if (reader.error())
        return failed(LedgerError::invalidArgument(QStringLiteral("file"), *reader.error()));

    if (inTransaction) {
        if (m_options.dryRun || (m_options.atomic && totals.refused > 0)) {
            m_ledger.abandonBatch();
            inTransaction = false;
        } else if (const auto error = commit()) {
            return failed(*error);
        }
    }
    totals.applied = !m_options.dryRun && !(m_options.atomic && totals.refused > 0);
    if (!m_options.dryRun) {
        // What is in: an atomic import that was refused, or a cancelled one, counts only what committed.
        totals.imported = committedImported;
        totals.points = committedPoints;
    }
    if (progress)
        progress(totals);
    return totals;
}

}  // namespace orchard
