#include "earning/earningfile.h"

#include "earning/csvreader.h"
#include "ledger/ledger.h"
#include "reports/reportformat.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QFile>
#include <QFileInfo>

namespace orchard::earningfile {

namespace {

LedgerError unreadable(const QString &path, const QString &why)
{
    return LedgerError::invalidArgument(QStringLiteral("file"), QStringLiteral("cannot read %1: %2").arg(path, why));
}

// The errors file is the user's to name, but never the ledger, its -wal, -shm or -journal, the
// file being imported, or any SQLite database (another ledger, say): truncating one destroys it.
std::optional<LedgerError> refuseAsErrorsFile(Ledger &ledger, const QString &errorsPath, const QString &importedPath)
{
    const QFileInfo errors(errorsPath);
    const QString target = errors.exists() ? errors.canonicalFilePath() : errors.absoluteFilePath();
    if (target == QFileInfo(importedPath).canonicalFilePath())
        return LedgerError::invalidArgument(QStringLiteral("errors"), QStringLiteral("is the file being imported"));
    const QString ledgerPath = ledger.database().location().sqlitePath;
    if (!ledgerPath.isEmpty()) {
        const QString ledgerFile = QFileInfo(ledgerPath).canonicalFilePath();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            if (!ledgerFile.isEmpty() && target == ledgerFile + suffix)
                return LedgerError::invalidArgument(QStringLiteral("errors"), QStringLiteral("%1 is the ledger's own file").arg(errorsPath));
    }
    QFile existing(errorsPath);
    if (existing.open(QIODevice::ReadOnly) && existing.read(16) == QByteArrayView("SQLite format 3\0", 16))
        return LedgerError::invalidArgument(QStringLiteral("errors"), QStringLiteral("%1 is an SQLite database; it is not overwritten").arg(errorsPath));
    return std::nullopt;
}

// A file of a million earnings touches the rows and index pages of hundreds of thousands of
// members, over and over; SQLite's own 2 MB page cache then sends nearly every page to the OS.
// The import's connection gets a larger one while it runs, and gives it back after.
constexpr int importCacheKiB = 64 * 1024;

template<typename Work>
auto withImportCache(Database &database, const Work &work)
{
    const auto cacheKiB = [&](int kib) {
        if (database.engine() != Engine::Sqlite)
            return;
        try {
            database.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
        } catch (const SqlFailure &) {
            // Only slower without it.
        }
    };
    cacheKiB(importCacheKiB);
    auto result = work();
    cacheKiB(2000);  // SQLite's default
    return result;
}

}  // namespace

Result<EarningFilePreview> preview(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    CsvReader reader(file);
    EarningFilePreview preview;
    preview.fileBytes = file.size();
    const std::optional<QStringList> header = reader.next();
    if (!header)
        return unreadable(path, reader.error().value_or(QStringLiteral("it is empty: it has no header")));
    preview.header = *header;
    preview.separator = reader.separator();
    while (preview.rows.size() < rows)
        if (const std::optional<QStringList> record = reader.next())
            preview.rows.append(*record);
        else
            break;
    return preview;
}

Result<EarningFileOutcome> import(Ledger &ledger, const EarningFileImport &request, const EarningImporter::Progress &progress)
{
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(request.path, file.errorString());
    CsvReader reader(file);
    const std::optional<QStringList> header = reader.next();
    if (!header)
        return unreadable(request.path, reader.error().value_or(QStringLiteral("it is empty: it has no header")));
    const Result<EarningCsvLayout> layout = EarningCsvLayout::fromHeader(*header, request.mapping);
    if (!layout)
        return layout.error();

    QFile errorsFile(request.errorsPath);
    if (!request.errorsPath.isEmpty()) {
        if (const auto refused = refuseAsErrorsFile(ledger, request.errorsPath, request.path))
            return *refused;
        if (!errorsFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return LedgerError::invalidArgument(QStringLiteral("errors"),
                                                QStringLiteral("cannot write %1: %2").arg(request.errorsPath, errorsFile.errorString()));
        errorsFile.write(reportformat::csvLine(EarningRowError::csvHeader()));
    }
    EarningFileOutcome outcome;
    outcome.columns = layout.value().toJson();
    const auto rowErrors = [&](const EarningRowError &error) {
        if (errorsFile.isOpen())
            errorsFile.write(reportformat::csvLine(error.csvFields()));
        if (outcome.firstErrors.size() < shownErrors)
            outcome.firstErrors.append(error);
    };
    EarningImporter importer(ledger, request.options);
    const Result<EarningImportTotals> totals = withImportCache(ledger.database(), [&] { return importer.run(reader, layout.value(), rowErrors, progress); });
    if (errorsFile.isOpen() && !errorsFile.flush())
        return LedgerError::invalidArgument(QStringLiteral("errors"),
                                            QStringLiteral("cannot write %1: %2").arg(request.errorsPath, errorsFile.errorString()));
    if (!totals)
        return totals.error();
    outcome.totals = totals.value();
    return outcome;
}

}  // namespace orchard::earningfile
