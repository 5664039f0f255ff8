// orchardctl backup and restore: consistent copies of a live SQLite ledger, verified, with a
// manifest; and their way back, refusing to overwrite a ledger the copy does not contain.
#include "commandline.h"

#include "base/timeformat.h"
#include "journal/verifier.h"
#include "store/database.h"
#include "store/ledgerfile.h"
#include "store/sqlerror.h"
#include "store/sqlitebackup.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <sys/resource.h>

namespace orchard::cli {

namespace {

QString manifestPathOf(const QString &copy)
{
    return copy + QStringLiteral(".manifest.json");
}

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LedgerError::storage(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return LedgerError::storage(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

Result<std::unique_ptr<Database>> openReadOnly(const QString &path)
{
    LedgerLocation location;
    location.sqlitePath = path;
    Database::Options options;
    options.mode = OpenMode::ReadOnly;
    options.createIfMissing = false;
    return Database::open(location, options);
}

struct CheckedCopy
{
    VerificationReport report;
    AuditAnchor anchor;
};

// The copy is an Orchard ledger that verifies; its audit chain's head as it is.
Result<CheckedCopy> checkCopy(const QString &path, qint64 nowMs)
{
    if (LedgerFile::classify(path) != LedgerFile::Kind::Ledger)
        return LedgerError{errors::notALedger, QStringLiteral("%1 is not an Orchard ledger copy").arg(path), {{QStringLiteral("field"), QStringLiteral("file")}}};
    auto copy = openReadOnly(path);
    if (!copy)
        return copy.error();
    const Result<VerificationReport> report = Verifier(*copy.value()).run();
    if (!report)
        return report.error();
    const Result<AuditAnchor> anchor = AuditAnchor::of(*copy.value(), nowMs);
    if (!anchor)
        return anchor.error();
    return CheckedCopy{report.value(), anchor.value()};
}

// Whether the ledger at `target` is an earlier state of `copy`: the copy's audit chain holds the
// target's head, and at least as many records. Then restoring loses nothing the target has.
Result<bool> copyContains(const QString &copy, const AuditAnchor &target)
{
    auto database = openReadOnly(copy);
    if (!database)
        return database.error();
    try {
        QSqlQuery &found = database.value()->run(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE hash = ?"), {target.head});
        const bool contains = found.next() && found.value(0).toLongLong() == 1;
        found.finish();
        return target.records == 0 || contains;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

QList<CommandLine::Command> CommandLine::backupCommands()
{
    using O = QCommandLineOption;
    return {
        {QStringLiteral("backup"),
         QStringLiteral("backup -o FILE   (a consistent copy of the live SQLite ledger, verified, with FILE.manifest.json; "
                        "PostgreSQL: see docs/operations.md)"),
         {O(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The copy to write (must not exist)."), QStringLiteral("FILE"))},
         0, 0, false, &CommandLine::backup, QStringLiteral("orchard_finance")},
        {QStringLiteral("restore"),
         QStringLiteral("restore FILE [--force]   (FILE into the --db ledger; refuses a ledger the copy does not contain unless --force)"),
         {O(QStringLiteral("force"), QStringLiteral("Overwrite even a ledger with writes the copy lacks."))}, 1, 1, true,
         &CommandLine::restore},
    };
}

int CommandLine::backup(const QCommandLineParser &parser, const QStringList &)
{
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(QStringLiteral("output"), QStringLiteral("name the copy to write with -o FILE"), {});
    if (m_database->engine() != Engine::Sqlite)
        return m_output.error({errors::invalidArgument,
                               QStringLiteral("a PostgreSQL ledger is backed up with pg_basebackup and WAL archiving; see docs/operations.md"),
                               {{QStringLiteral("field"), QStringLiteral("db")}}});
    const QString path = QFileInfo(parser.value(QStringLiteral("output"))).absoluteFilePath();
    if (LedgerFile::isLedgerOrSidecar(path) || QFileInfo::exists(manifestPathOf(path)))
        return usageError(QStringLiteral("output"), QStringLiteral("%1 is the ledger, one of its files or an existing backup").arg(path), {});
    QElapsedTimer timer;
    timer.start();
    if (const Result<bool> copied = sqlitebackup::copyInto(*m_database, path); !copied)
        return m_output.error(copied.error());
    const qint64 copyMs = timer.elapsed();
    const Result<CheckedCopy> checked = checkCopy(path, m_clock->nowMs());
    if (!checked)
        return m_output.error(checked.error());
    const Result<QString> sha256 = sha256Of(path);
    if (!sha256)
        return m_output.error(sha256.error());
    QJsonObject manifest{{QStringLiteral("backup"), QFileInfo(path).fileName()},
                         {QStringLiteral("of"), m_database->location().displayName()},
                         {QStringLiteral("made_at"), timeformat::toIso(m_clock->nowMs())},
                         {QStringLiteral("bytes"), QFileInfo(path).size()},
                         {QStringLiteral("sha256"), sha256.value()},
                         {QStringLiteral("verified"), checked.value().report.ok()},
                         {QStringLiteral("entries"), checked.value().report.entriesChecked},
                         {QStringLiteral("audit"), checked.value().anchor.toJson()}};
    QSaveFile file(manifestPathOf(path));
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return m_output.error(LedgerError::storage(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())));
    manifest.insert(QStringLiteral("manifest"), manifestPathOf(path));
    manifest.insert(QStringLiteral("copy_seconds"), double(copyMs) / 1000.0);
    manifest.insert(QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0);
    manifest.insert(QStringLiteral("peak_rss_kib"), peakRssKiB());
    if (!checked.value().report.ok())
        return m_output.error({errors::internal, QStringLiteral("the copy %1 does not verify; keep the ledger and investigate").arg(path), manifest});
    m_output.result(manifest, QStringLiteral("backed up %1 to %2 (%3 bytes, sha256 %4) in %5 s; verified; manifest %6")
                                  .arg(m_database->location().displayName(), path)
                                  .arg(QFileInfo(path).size())
                                  .arg(sha256.value())
                                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                                  .arg(manifestPathOf(path)));
    return Done;
}

int CommandLine::restore(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString copy = QFileInfo(arguments.at(0)).absoluteFilePath();
    const Result<LedgerLocation> target = targetLocation();
    if (!target)
        return m_output.error(target.error());
    if (target.value().engine != Engine::Sqlite)
        return m_output.error({errors::invalidArgument, QStringLiteral("a PostgreSQL ledger is restored from a base backup; see docs/operations.md"),
                               {{QStringLiteral("field"), QStringLiteral("db")}}});
    const QString targetPath = QFileInfo(target.value().sqlitePath).absoluteFilePath();
    if (targetPath == copy)
        return usageError(QStringLiteral("file"), QStringLiteral("the copy and the ledger are the same file"), {});
    // The copy first: it must verify, and match its manifest when it has one.
    const Result<CheckedCopy> checked = checkCopy(copy, m_clock->nowMs());
    if (!checked)
        return m_output.error(checked.error());
    if (!checked.value().report.ok())
        return m_output.error({errors::invalidArgument, QStringLiteral("%1 does not verify; nothing was restored").arg(copy), checked.value().report.toJson()});
    if (QFile manifestFile(manifestPathOf(copy)); manifestFile.open(QIODevice::ReadOnly)) {
        const QString expected = QJsonDocument::fromJson(manifestFile.readAll()).object().value(QStringLiteral("sha256")).toString();
        const Result<QString> actual = sha256Of(copy);
        if (!actual)
            return m_output.error(actual.error());
        if (expected != actual.value())
            return m_output.error({errors::invalidArgument,
                                   QStringLiteral("%1 does not match its manifest (sha256 %2, the manifest says %3); nothing was restored")
                                       .arg(copy, actual.value(), expected),
                                   {{QStringLiteral("field"), QStringLiteral("file")}}});
    }
    // Then the ledger it replaces: only a ledger, and only an earlier state of the copy unless --force.
    const LedgerFile::Kind kind = LedgerFile::classify(targetPath);
    if (kind != LedgerFile::Kind::Missing && kind != LedgerFile::Kind::Ledger)
        return m_output.error({errors::notALedger, QStringLiteral("%1 is not an Orchard ledger; restore never overwrites another file").arg(targetPath),
                               {{QStringLiteral("field"), QStringLiteral("db")}}});
    if (kind == LedgerFile::Kind::Ledger && !parser.isSet(QStringLiteral("force"))) {
        const Result<CheckedCopy> current = checkCopy(targetPath, m_clock->nowMs());
        if (!current)
            return m_output.error(current.error());
        const Result<bool> contained = copyContains(copy, current.value().anchor);
        if (!contained)
            return m_output.error(contained.error());
        if (!contained.value())
            return m_output.error({QStringLiteral("target_is_newer"),
                                   QStringLiteral("%1 has writes the copy does not contain (%2 audit records, the copy %3); "
                                                  "nothing was restored (--force overwrites it)")
                                       .arg(targetPath)
                                       .arg(current.value().anchor.records)
                                       .arg(checked.value().anchor.records),
                                   {{QStringLiteral("ledger_audit_records"), current.value().anchor.records},
                                    {QStringLiteral("copy_audit_records"), checked.value().anchor.records}}});
    }
    if (const Result<bool> restored = sqlitebackup::restoreInto(copy, targetPath, 10'000); !restored)
        return m_output.error(restored.error());
    const Result<CheckedCopy> after = checkCopy(targetPath, m_clock->nowMs());
    if (!after)
        return m_output.error(after.error());
    const QJsonObject result{{QStringLiteral("restored"), copy},
                             {QStringLiteral("db"), targetPath},
                             {QStringLiteral("verified"), after.value().report.ok()},
                             {QStringLiteral("audit"), after.value().anchor.toJson()}};
    m_output.result(result, QStringLiteral("restored %1 into %2 (%3 audit records); verified")
                                .arg(copy, targetPath)
                                .arg(after.value().anchor.records));
    return after.value().report.ok() ? Done : Failure;
}

}  // namespace orchard::cli
