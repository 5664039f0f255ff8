#pragma once

#include "base/result.h"
#include "earning/earningimporter.h"

#include <QHash>

namespace orchard {

// An earnings file, from its path to the ledger: the header mapped, every row fed to the
// importer, refused rows written to the errors file (CSV: row, column, code, message). What
// `orchardctl import earnings` and the console's import wizard both run.
struct EarningFileImport
{
    QString path;
    QHash<QString, QString> mapping;  // column → the file's header (EarningCsvLayout::parseMapping)
    EarningImportOptions options;
    QString errorsPath;               // none: refused rows are only counted and the first shown
};

struct EarningFileOutcome
{
    EarningImportTotals totals;
    QList<EarningRowError> firstErrors;  // the first `shownErrors`; the errors file has all of them
    QJsonObject columns;                 // the columns found, as EarningCsvLayout::toJson
};

// The start of a file as the wizard previews it.
struct EarningFilePreview
{
    QStringList header;
    char separator = ',';
    QList<QStringList> rows;  // the first rows under the header
    qint64 fileBytes = 0;
};

namespace earningfile {

inline constexpr qsizetype shownErrors = 100;

Result<EarningFilePreview> preview(const QString &path, int rows);
// Refuses an unreadable file, a header the mapping does not fit and an errors file that cannot
// be written (or is the file itself) before any row is read.
Result<EarningFileOutcome> import(Ledger &ledger, const EarningFileImport &request, const EarningImporter::Progress &progress = {});

}  // namespace earningfile

}  // namespace orchard
