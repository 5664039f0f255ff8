#include "evidencepack.h"

#include "base/clock.h"
#include "base/timeformat.h"
#include "journal/verifier.h"
#include "reportpdf.h"
#include "reports/reportformat.h"
#include "reports/reports.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <zip.h>

#include <memory>

namespace orchard {

namespace {

const QString manifestName = QStringLiteral("manifest.json");
const QString anchorName = QStringLiteral("anchor.json");
const QString verifyName = QStringLiteral("verify.txt");
constexpr zip_uint64_t largestEntryBytes = 512ULL << 20;  // a pack's files are reports, not the lots export

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

// Every entry of a ZIP by name; an error names the file when it is no ZIP or an entry is unreadable.
Result<QHash<QString, QByteArray>> readZip(const QString &path)
{
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!archive)
        return LedgerError::invalidArgument(QStringLiteral("file"), QStringLiteral("%1 is not a readable ZIP: %2").arg(path, zipErrorText(code)));
    QHash<QString, QByteArray> entries;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME) || !(stat.valid & ZIP_STAT_SIZE))
            return LedgerError::invalidArgument(QStringLiteral("file"), QStringLiteral("%1: entry %2 cannot be read").arg(path).arg(i));
        const QString name = QString::fromUtf8(stat.name);
        if (stat.size > largestEntryBytes)
            return LedgerError::invalidArgument(QStringLiteral("file"), QStringLiteral("%1: %2 is larger than an evidence pack's files may be").arg(path, name));
        zip_file_t *file = zip_fopen_index(archive.get(), zip_uint64_t(i), 0);
        if (!file)
            return LedgerError::invalidArgument(QStringLiteral("file"), QStringLiteral("%1: %2 cannot be opened").arg(path, name));
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
        zip_fclose(file);
        if (read < 0 || zip_uint64_t(read) != stat.size)
            return LedgerError::invalidArgument(QStringLiteral("file"), QStringLiteral("%1: %2 is damaged").arg(path, name));
        entries.insert(name, bytes);
    }
    return entries;
}

}  // namespace

// ---- the quarter ----------------------------------------------------------------------------------------

Result<Quarter> Quarter::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})Q([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return LedgerError::invalidArgument(QStringLiteral("quarter"), QStringLiteral("'%1' is not a quarter; write it as 2026Q1").arg(text.left(20)));
    Quarter quarter;
    quarter.year = match.captured(1).toInt();
    quarter.number = match.captured(2).toInt();
    const QDate first(quarter.year, (quarter.number - 1) * 3 + 1, 1);
    quarter.fromMs = QDateTime(first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    quarter.toMs = QDateTime(first.addMonths(3), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return quarter;
}

QString Quarter::name() const
{
    return QStringLiteral("%1Q%2").arg(year).arg(number);
}

// ---- making a pack ----------------------------------------------------------------------------------------

Result<QJsonObject> EvidencePack::write(Database &database, const Clock &clock, const EvidenceRequest &request, const QString &zipPath)
{
    const Quarter &quarter = request.quarter;
    if (quarter.toMs > clock.nowMs())
        return LedgerError::invalidArgument(QStringLiteral("quarter"),
                                            QStringLiteral("%1 has not ended (it ends %2); a pack is of a closed quarter")
                                                .arg(quarter.name(), timeformat::toIso(quarter.toMs)));
    QList<std::pair<QString, QByteArray>> files;
    QJsonArray listed;
    const auto add = [&](const QString &name, const QByteArray &bytes, const QJsonObject &about) {
        QJsonObject entry = about;
        entry.insert(QStringLiteral("name"), name);
        entry.insert(QStringLiteral("sha256"), sha256Of(bytes));
        entry.insert(QStringLiteral("bytes"), qint64(bytes.size()));
        listed.append(entry);
        files.append({name, bytes});
    };

    for (const char *name : {"point-state", "ageing", "liability", "roll-forward", "reconciliation", "gl-journal"}) {
        ReportRequest report;
        report.name = QString::fromLatin1(name);
        report.asOfMs = quarter.toMs;
        report.buckets = request.buckets;
        report.breakage = request.breakage;
        if (report.name == QLatin1String("roll-forward") || report.name == QLatin1String("reconciliation") ||
            report.name == QLatin1String("gl-journal")) {
            report.fromMs = quarter.fromMs;
            report.toMs = quarter.toMs;
        }
        if (report.name == QLatin1String("gl-journal")) {
            report.glMapping = request.mapping;
            report.glMappingSource = request.mappingSource;
        }
        const Result<Report> made = ReportEngine(database).run(report);
        if (!made)
            return made.error();
        const Result<QByteArray> pdf = reportpdf::render(made.value());
        if (!pdf)
            return pdf.error();
        const QJsonObject about{{QStringLiteral("report"), report.name}, {QStringLiteral("parameters"), made.value().parameters}};
        QJsonObject csvAbout = about;
        csvAbout.insert(QStringLiteral("format"), QStringLiteral("csv"));
        QJsonObject pdfAbout = about;
        pdfAbout.insert(QStringLiteral("format"), QStringLiteral("pdf"));
        add(report.name + QStringLiteral(".csv"), reportformat::csv(made.value()), csvAbout);
        add(report.name + QStringLiteral(".pdf"), pdf.value(), pdfAbout);
    }

    const Result<AuditAnchor> anchor = AuditAnchor::asOf(database, quarter.toMs);
    if (!anchor)
        return anchor.error();
    const QJsonObject anchorJson = anchor.value().toJson();
    add(anchorName, QJsonDocument(anchorJson).toJson(QJsonDocument::Indented), {{QStringLiteral("what"), QStringLiteral("audit chain at the quarter's end")}});
    Verifier verifier(database);
    verifier.setAnchor(anchor.value());
    const Result<VerificationReport> verified = verifier.run();
    if (!verified)
        return verified.error();
    add(verifyName, (verified.value().toText() + QLatin1Char('\n')).toUtf8(),
        {{QStringLiteral("what"), QStringLiteral("orchardctl verify, with the quarter-end anchor")}});

    const QJsonObject manifest{{QStringLiteral("pack"), QStringLiteral("orchard-evidence")},
                               {QStringLiteral("format"), 1},
                               {QStringLiteral("quarter"), quarter.name()},
                               {QStringLiteral("from"), timeformat::toIso(quarter.fromMs)},
                               {QStringLiteral("to"), timeformat::toIso(quarter.toMs)},
                               {QStringLiteral("created_at"), timeformat::toIso(clock.nowMs())},
                               {QStringLiteral("anchor"), anchorJson},
                               {QStringLiteral("verify"), QJsonObject{{QStringLiteral("ok"), verified.value().ok()},
                                                                      {QStringLiteral("violations"), qint64(verified.value().violations.size())}}},
                               {QStringLiteral("files"), listed}};
    files.append({manifestName, QJsonDocument(manifest).toJson(QJsonDocument::Indented)});

    // libzip writes a temporary file beside the target and renames it over the target on close:
    // a pack is replaced whole or not at all.
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!archive)
        return LedgerError::storage(QStringLiteral("cannot write %1: %2").arg(zipPath, zipErrorText(code)));
    for (const auto &[name, bytes] : std::as_const(files)) {
        zip_source_t *source = zip_source_buffer(archive.get(), bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!source || zip_file_add(archive.get(), name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            return LedgerError::storage(QStringLiteral("cannot write %1: %2").arg(zipPath, QString::fromUtf8(zip_strerror(archive.get()))));
        }
    }
    zip_t *closing = archive.release();
    if (zip_close(closing) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(closing));
        zip_discard(closing);
        return LedgerError::storage(QStringLiteral("cannot write %1: %2").arg(zipPath, why));
    }
    return manifest;
}

// ---- checking a pack ----------------------------------------------------------------------------------------

Result<EvidenceCheck> EvidencePack::check(const QString &zipPath, Database *database)
{
    const Result<QHash<QString, QByteArray>> read = readZip(zipPath);
    if (!read)
        return read.error();
    const QHash<QString, QByteArray> &entries = read.value();
    EvidenceCheck check;
    const auto fail = [&check](const QString &file, const QString &problem) { check.failures.append({file, problem}); };
    const QJsonDocument document = QJsonDocument::fromJson(entries.value(manifestName));
    if (!entries.contains(manifestName) || !document.isObject() ||
        document.object().value(QStringLiteral("pack")) != QJsonValue(QStringLiteral("orchard-evidence"))) {
        fail(manifestName, entries.contains(manifestName) ? QStringLiteral("is not an Orchard evidence manifest")
                                                          : QStringLiteral("is missing: this is not an Orchard evidence pack"));
        return check;
    }
    check.manifest = document.object();

    QSet<QString> listed{manifestName};
    for (const QJsonValue &value : check.manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        const QString name = file.value(QStringLiteral("name")).toString();
        listed.insert(name);
        ++check.filesChecked;
        if (!entries.contains(name)) {
            fail(name, QStringLiteral("is in the manifest but not in the pack"));
            continue;
        }
        const QByteArray &bytes = entries.value(name);
        const QString digest = sha256Of(bytes);
        if (digest != file.value(QStringLiteral("sha256")).toString())
            fail(name, QStringLiteral("has SHA-256 %1, the manifest says %2: the file was changed")
                           .arg(digest, file.value(QStringLiteral("sha256")).toString()));
        else if (bytes.size() != file.value(QStringLiteral("bytes")).toInteger())
            fail(name, QStringLiteral("has %1 bytes, the manifest says %2").arg(bytes.size()).arg(file.value(QStringLiteral("bytes")).toInteger()));
    }
    QStringList unlisted;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        if (!listed.contains(it.key()))
            unlisted << it.key();
    unlisted.sort();
    for (const QString &name : std::as_const(unlisted))
        fail(name, QStringLiteral("is in the pack but not in the manifest"));

    const Result<AuditAnchor> anchor = AuditAnchor::fromJson(check.manifest.value(QStringLiteral("anchor")).toObject());
    if (!anchor) {
        fail(QStringLiteral("anchor"), QStringLiteral("the manifest's anchor is not one: %1").arg(anchor.error().message));
        return check;
    }
    if (QJsonDocument::fromJson(entries.value(anchorName)).object() != check.manifest.value(QStringLiteral("anchor")).toObject())
        fail(QStringLiteral("anchor"), QStringLiteral("anchor.json is not the manifest's anchor"));
    if (!check.manifest.value(QStringLiteral("verify")).toObject().value(QStringLiteral("ok")).toBool())
        fail(verifyName, QStringLiteral("the ledger did not verify when the pack was made"));

    if (database) {
        // The anchor's record N must be on this ledger's chain with the anchor's hash.
        const AuditAnchor &expected = anchor.value();
        const Result<AuditAnchor> now = AuditAnchor::of(*database, expected.atMs);
        if (!now)
            return now.error();
        QString hashAtN;
        if (expected.records > 0 && now.value().records >= expected.records) {
            try {
                QSqlQuery &at = database->run(QStringLiteral("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?"), {expected.records - 1});
                if (at.next())
                    hashAtN = at.value(0).toString();
                at.finish();
            } catch (const SqlFailure &failure) {
                return ledgerErrorFor(failure);
            }
        }
        check.anchorOnLedger = expected.records == 0 || hashAtN == expected.head;
        if (!*check.anchorOnLedger)
            fail(QStringLiteral("anchor"),
                 now.value().records < expected.records
                     ? QStringLiteral("the ledger's audit chain has %1 records, fewer than the %2 of the anchor: the pack is of another ledger, "
                                      "or records were removed")
                           .arg(now.value().records)
                           .arg(expected.records)
                     : QStringLiteral("the ledger's audit record %1 is not the anchor's head %2: the pack is of another ledger, or the chain was "
                                      "rewritten")
                           .arg(expected.records)
                           .arg(expected.head));
    }
    return check;
}

QJsonObject EvidenceCheck::toJson() const
{
    QJsonArray failed;
    for (const EvidenceFailure &failure : failures)
        failed.append(QJsonObject{{QStringLiteral("file"), failure.file}, {QStringLiteral("problem"), failure.problem}});
    QJsonObject object{{QStringLiteral("ok"), ok()},
                       {QStringLiteral("quarter"), manifest.value(QStringLiteral("quarter"))},
                       {QStringLiteral("files_checked"), filesChecked},
                       {QStringLiteral("anchor"), manifest.value(QStringLiteral("anchor"))},
                       {QStringLiteral("failures"), failed}};
    object.insert(QStringLiteral("anchor_on_ledger"), anchorOnLedger ? QJsonValue(*anchorOnLedger) : QJsonValue(QJsonValue::Null));
    return object;
}

QString EvidenceCheck::toText() const
{
    QString text = QStringLiteral("evidence pack of %1: %2 files checked against the manifest\n")
                       .arg(manifest.value(QStringLiteral("quarter")).toString())
                       .arg(filesChecked);
    for (const EvidenceFailure &failure : failures)
        text += QStringLiteral("FAILED %1: %2\n").arg(failure.file, failure.problem);
    if (ok())
        text += anchorOnLedger ? QStringLiteral("every file is as made; the anchor lies on the ledger's audit chain")
                               : QStringLiteral("every file is as made (the anchor was not checked against a ledger: give --db)");
    return text;
}

}  // namespace orchard
