#pragma once

#include "base/result.h"
#include "reports/glmapping.h"
#include "settings/breakagespec.h"
#include "settings/expirypolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The auditor's evidence pack of a quarter (`orchardctl evidence`, the console's Liability
// screen): the quarter-end reports as CSV and PDF, the audit chain's anchor at the quarter's end,
// the verify transcript and a manifest with each file's SHA-256 and parameters, in one ZIP.
// `evidence check` verifies a pack offline, and with a ledger that its anchor lies on that
// ledger's chain. Making a pack needs a QGuiApplication (the PDFs).
namespace orchard {

class Database;
class Clock;

struct Quarter
{
    int year = 0;
    int number = 0;  // 1-4
    qint64 fromMs = 0;
    qint64 toMs = 0;
    static Result<Quarter> parse(const QString &text);  // "2026Q1"; invalid_argument naming "quarter"
    QString name() const;
};

struct EvidenceRequest
{
    Quarter quarter;
    std::optional<AgeingBuckets> buckets;
    BreakageSpec breakage;
    std::optional<GlMapping> mapping;
    QString mappingSource;
};

struct EvidenceFailure
{
    QString file;     // the file of the pack at fault, or "anchor"
    QString problem;
};

struct EvidenceCheck
{
    QJsonObject manifest;
    int filesChecked = 0;
    std::optional<bool> anchorOnLedger;  // checked only against a ledger
    QList<EvidenceFailure> failures;
    bool ok() const { return failures.isEmpty(); }
    QJsonObject toJson() const;
    QString toText() const;
};

class EvidencePack
{
public:
    // Writes the pack to `zipPath` (replaced whole at the end, never half-written); returns its manifest.
    static Result<QJsonObject> write(Database &database, const Clock &clock, const EvidenceRequest &request, const QString &zipPath);
    // `database` null: offline. Fails (an error, not failures) only when the file is no ZIP at all.
    static Result<EvidenceCheck> check(const QString &zipPath, Database *database);
};

}  // namespace orchard
