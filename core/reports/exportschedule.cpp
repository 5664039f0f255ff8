#include "reports/exportschedule.h"

#include "reports/lotexport.h"


#include "store/auditlog.h"
#include "store/database.h"
#include "store/ledgerfile.h"
#include "reports/reportformat.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"
#include "base/validation.h"
#include "journal/verifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QFile>
#include <QTimeZone>

namespace orchard {

namespace {

constexpr int maxCatchUpRuns = 400;

const QString selectSchedules = QStringLiteral(
    "SELECT id, name, report, every, format, directory, parameters, author, created_at_ms, next_due_ms, last_run_ms, "
    "last_file FROM export_schedules");

ExportSchedule fromRow(const QSqlQuery &query)
{
    ExportSchedule schedule;
    schedule.id = query.value(0).toLongLong();
    schedule.name = query.value(1).toString();
    schedule.report = query.value(2).toString();
    schedule.every = query.value(3).toString();
    schedule.format = query.value(4).toString();
    schedule.directory = query.value(5).toString();
    schedule.parameters = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    schedule.author = query.value(7).toString();
    schedule.createdAtMs = query.value(8).toLongLong();
    schedule.nextDueMs = query.value(9).toLongLong();
    if (!query.value(10).isNull())
        schedule.lastRunMs = query.value(10).toLongLong();
    schedule.lastFile = query.value(11).toString();
    return schedule;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

qint64 msOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString formatExtension(const QString &format)
{
    return format == QLatin1String("json") ? QStringLiteral("json") : format == QLatin1String("pdf") ? QStringLiteral("pdf") : QStringLiteral("csv");
}

bool isPeriodReport(const QString &report)
{
    return report == QLatin1String("roll-forward") || report == QLatin1String("reconciliation") || report == QLatin1String("cohorts") ||
           report == QLatin1String("gl-journal");
}

}  // namespace

qint64 ExportSchedule::nextBoundary(const QString &every, qint64 atMs)
{
    const QDate day = utc(atMs).date();
    QDate next;
    if (every == QLatin1String("day"))
        next = day.addDays(1);
    else if (every == QLatin1String("week"))
        next = day.addDays(8 - day.dayOfWeek());  // the next Monday
    else if (every == QLatin1String("month"))
        next = QDate(day.year(), day.month(), 1).addMonths(1);
    else
        next = QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1).addMonths(3);
    return msOf(next);
}

qint64 ExportSchedule::previousBoundary(const QString &every, qint64 boundaryMs)
{
    const QDate day = utc(boundaryMs).date();
    if (every == QLatin1String("day"))
        return msOf(day.addDays(-1));
    if (every == QLatin1String("week"))
        return msOf(day.addDays(-7));
    if (every == QLatin1String("month"))
        return msOf(day.addMonths(-1));
    return msOf(day.addMonths(-3));
}

QJsonObject ExportSchedule::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("report"), report},
            {QStringLiteral("every"), every},
            {QStringLiteral("format"), format},
            {QStringLiteral("to"), directory},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("author"), author},
            {QStringLiteral("created_at"), timeformat::toIso(createdAtMs)},
            {QStringLiteral("next_run"), timeformat::toIso(nextDueMs)},
            {QStringLiteral("last_run"), lastRunMs ? QJsonValue(timeformat::toIso(*lastRunMs)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("last_file"), lastFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastFile)}};
}

QJsonObject ExportRun::toJson() const
{
    return {{QStringLiteral("schedule"), schedule},   {QStringLiteral("file"), file},
            {QStringLiteral("manifest"), manifest},   {QStringLiteral("as_of"), timeformat::toIso(asOfMs)},
            {QStringLiteral("rows"), rows},           {QStringLiteral("sha256"), sha256}};
}

Result<ExportSchedule> ExportScheduler::add(const ExportSchedule &schedule)
{
    if (const auto invalid = validation::identifier(QStringLiteral("name"), schedule.name))
        return *invalid;
    if (!ReportRequest::names().contains(schedule.report) && schedule.report != QLatin1String("lots"))
        return LedgerError::invalidArgument(QStringLiteral("report"), QStringLiteral("there is no report '%1'; reports: %2, lots")
                                                                          .arg(schedule.report, ReportRequest::names().join(QStringLiteral(", "))));
    if (schedule.report == QLatin1String("what-if"))
        return LedgerError::invalidArgument(QStringLiteral("report"), QStringLiteral("a what-if answers one proposal; it is run, not scheduled"));
    if (schedule.report == QLatin1String("lots") && schedule.format == QLatin1String("pdf"))
        return LedgerError::invalidArgument(QStringLiteral("format"), QStringLiteral("the lots export is csv or json: a PDF of every lot helps no one"));
    if (!QStringList{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("quarter")}.contains(schedule.every))
        return LedgerError::invalidArgument(QStringLiteral("every"), QStringLiteral("must be day, week, month or quarter, not '%1'").arg(schedule.every));
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}.contains(schedule.format))
        return LedgerError::invalidArgument(QStringLiteral("format"), QStringLiteral("must be csv, json or pdf, not '%1'").arg(schedule.format));
    if (schedule.directory.isEmpty() || !QFileInfo(schedule.directory).isAbsolute())
        return LedgerError::invalidArgument(QStringLiteral("to"), QStringLiteral("must be an absolute folder path, not '%1'").arg(schedule.directory));
    // Found out now, not at the first month end: a folder that is not there or cannot be written.
    if (const QFileInfo folder(schedule.directory); !folder.isDir())
        return LedgerError::invalidArgument(QStringLiteral("to"), QStringLiteral("the folder %1 does not exist; create it first").arg(schedule.directory));
    else if (!folder.isWritable())
        return LedgerError::invalidArgument(QStringLiteral("to"), QStringLiteral("the folder %1 cannot be written to").arg(schedule.directory));
    if (m_database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    const qint64 nowMs = m_clock.nowMs();
    ExportSchedule added = schedule;
    added.author = m_actor.name;
    added.createdAtMs = nowMs;
    added.nextDueMs = ExportSchedule::nextBoundary(schedule.every, nowMs);
    try {
        m_database.beginWrite();
        QSqlQuery &exists = m_database.run(QStringLiteral("SELECT COUNT(*) FROM export_schedules WHERE name = ?"), {schedule.name});
        exists.next();
        const bool taken = exists.value(0).toLongLong() > 0;
        exists.finish();
        if (taken) {
            m_database.rollback();
            return LedgerError::invalidArgument(QStringLiteral("name"), QStringLiteral("a schedule named '%1' already exists").arg(schedule.name));
        }
        QSqlQuery &insert = m_database.run(
            QStringLiteral("INSERT INTO export_schedules (name, report, every, format, directory, parameters, author, created_at_ms, "
                           "next_due_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {added.name, added.report, added.every, added.format, added.directory,
             QString::fromUtf8(QJsonDocument(added.parameters).toJson(QJsonDocument::Compact)), added.author, nowMs, added.nextDueMs});
        insert.next();
        added.id = insert.value(0).toLongLong();
        insert.finish();
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("schedule.add"), added.name, added.toJson(),
                                     std::nullopt, QString()});
        m_database.commit();
        return added;
    } catch (const SqlFailure &failure) {
        if (m_database.inTransaction())
            m_database.rollback();
        return ledgerErrorFor(failure);
    }
}

Result<QList<ExportSchedule>> ExportScheduler::list()
{
    try {
        QSqlQuery &query = m_database.run(selectSchedules + QStringLiteral(" ORDER BY name"));
        QList<ExportSchedule> schedules;
        while (query.next())
            schedules.append(fromRow(query));
        query.finish();
        return schedules;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<ExportSchedule> ExportScheduler::remove(const QString &name)
{
    if (m_database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    const qint64 nowMs = m_clock.nowMs();
    try {
        m_database.beginWrite();
        QSqlQuery &found = m_database.run(selectSchedules + QStringLiteral(" WHERE name = ?"), {name});
        if (!found.next()) {
            found.finish();
            m_database.rollback();
            return LedgerError::invalidArgument(QStringLiteral("name"), QStringLiteral("there is no schedule named '%1'").arg(name));
        }
        const ExportSchedule schedule = fromRow(found);
        found.finish();
        m_database.run(QStringLiteral("DELETE FROM export_schedules WHERE id = ?"), {schedule.id});
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("schedule.remove"), name, schedule.toJson(),
                                     std::nullopt, QString()});
        m_database.commit();
        return schedule;
    } catch (const SqlFailure &failure) {
        if (m_database.inTransaction())
            m_database.rollback();
        return ledgerErrorFor(failure);
    }
}

Result<QList<ExportRun>> ExportScheduler::runDue()
{
    const qint64 nowMs = m_clock.nowMs();
    QList<ExportRun> runs;
    for (int attempt = 0; attempt < maxCatchUpRuns; ++attempt) {
        // Claim the oldest due export by moving its schedule on; whoever moves it produces it.
        std::optional<ExportSchedule> claimed;
        try {
            m_database.beginWrite();
            QSqlQuery &due = m_database.run(selectSchedules + QStringLiteral(" WHERE next_due_ms <= ? ORDER BY next_due_ms, id LIMIT 1"), {nowMs});
            if (due.next())
                claimed = fromRow(due);
            due.finish();
            if (claimed)
                m_database.run(QStringLiteral("UPDATE export_schedules SET next_due_ms = ? WHERE id = ? AND next_due_ms = ?"),
                               {ExportSchedule::nextBoundary(claimed->every, claimed->nextDueMs), claimed->id, claimed->nextDueMs});
            m_database.commit();
        } catch (const SqlFailure &failure) {
            if (m_database.inTransaction())
                m_database.rollback();
            return ledgerErrorFor(failure);
        }
        if (!claimed)
            return runs;
        const Result<ExportRun> produced = produce(*claimed, claimed->nextDueMs);
        if (!produced) {
            // Give the period back, so that the next run tries it again.
            try {
                m_database.beginWrite();
                m_database.run(QStringLiteral("UPDATE export_schedules SET next_due_ms = ? WHERE id = ?"), {claimed->nextDueMs, claimed->id});
                m_database.commit();
            } catch (const SqlFailure &) {
                if (m_database.inTransaction())
                    m_database.rollback();
            }
            return produced.error();
        }
        runs.append(produced.value());
    }
    return runs;
}

Result<ExportRun> ExportScheduler::runNow(const QString &name)
{
    std::optional<ExportSchedule> found;
    try {
        QSqlQuery &query = m_database.run(selectSchedules + QStringLiteral(" WHERE name = ?"), {name});
        if (query.next())
            found = fromRow(query);
        query.finish();
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
    if (!found)
        return LedgerError::invalidArgument(QStringLiteral("name"), QStringLiteral("there is no schedule named '%1'").arg(name));
    return produce(*found, m_clock.nowMs(), true);
}

// The lots export streamed into its file (ten million lots never sit in memory), hashed by
// reading the file back; the manifest as for every other export.
Result<ExportRun> ExportScheduler::produceLots(const ExportSchedule &schedule, qint64 asOfMs, const QString &stem)
{
    AgeingBuckets buckets = ExpiryPolicyBook::inForceAt(m_database, asOfMs).buckets;
    if (const QJsonValue given = schedule.parameters.value(QStringLiteral("buckets")); given.isString()) {
        const Result<AgeingBuckets> parsed = AgeingBuckets::parse(given.toString());
        if (!parsed)
            return parsed.error();
        buckets = parsed.value();
    }
    const QDir directory(schedule.directory);
    ExportRun run;
    run.schedule = schedule.name;
    run.file = directory.filePath(stem + QLatin1Char('.') + formatExtension(schedule.format));
    run.manifest = directory.filePath(stem + QStringLiteral(".manifest.json"));
    run.asOfMs = asOfMs;
    if (LedgerFile::isLedgerOrSidecar(run.file) || LedgerFile::isLedgerOrSidecar(run.manifest))
        return LedgerError::invalidArgument(QStringLiteral("to"), QStringLiteral("%1 is a ledger file; an export never overwrites one").arg(run.file));
    try {
        QSaveFile file(run.file);
        if (!file.open(QIODevice::WriteOnly))
            return LedgerError::storage(QStringLiteral("cannot write %1: %2").arg(run.file, file.errorString()));
        run.rows = LotExport(m_database).write(file, asOfMs, buckets, schedule.format == QLatin1String("json"));
        if (!file.commit())
            return LedgerError::storage(QStringLiteral("cannot write %1: %2").arg(run.file, file.errorString()));
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
    QFile written(run.file);
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    if (!written.open(QIODevice::ReadOnly) || !sha256.addData(&written))
        return LedgerError::storage(QStringLiteral("cannot read back %1: %2").arg(run.file, written.errorString()));
    run.sha256 = QString::fromLatin1(sha256.result().toHex());
    const QJsonObject parameters{{QStringLiteral("as_of"), timeformat::toIso(asOfMs)}, {QStringLiteral("buckets"), buckets.toString()}};
    return finishRun(schedule, run, parameters);
}

Result<ExportRun> ExportScheduler::produce(const ExportSchedule &schedule, qint64 asOfMs, bool onDemand)
{
    const QString stem = QStringLiteral("%1-%2").arg(
        schedule.name, utc(asOfMs).toString(onDemand ? QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'") : QStringLiteral("yyyy-MM-dd")));
    if (!QDir().mkpath(schedule.directory))
        return LedgerError::storage(QStringLiteral("cannot create the export folder %1").arg(schedule.directory));
    if (schedule.report == QLatin1String("lots"))
        return produceLots(schedule, asOfMs, stem);
    ReportRequest request;
    request.name = schedule.report;
    request.asOfMs = asOfMs;
    if (isPeriodReport(schedule.report)) {
        request.fromMs = ExportSchedule::previousBoundary(schedule.every, asOfMs);
        request.toMs = asOfMs;
    }
    if (const QJsonValue buckets = schedule.parameters.value(QStringLiteral("buckets")); buckets.isString()) {
        const Result<AgeingBuckets> parsed = AgeingBuckets::parse(buckets.toString());
        if (!parsed)
            return parsed.error();
        request.buckets = parsed.value();
    }
    if (const QJsonValue by = schedule.parameters.value(QStringLiteral("by")); by.isString())
        request.cohortBy = by.toString() == QLatin1String("hris")          ? CohortBy::Hris
                           : by.toString() == QLatin1String("issue-month") ? CohortBy::IssueMonth
                                                                           : CohortBy::Department;
    if (schedule.report == QLatin1String("liability") && schedule.parameters.value(QStringLiteral("by")).isString())
        request.liabilityBy = request.cohortBy == CohortBy::Hris ? LiabilityGroup::Hris : LiabilityGroup::Department;
    const QString breakage = schedule.parameters.value(QStringLiteral("breakage")).toString(QStringLiteral("default"));
    const int bucketCount =
        request.buckets ? request.buckets->count() : ExpiryPolicyBook::inForceAt(m_database, asOfMs).buckets.count();
    const Result<BreakageSpec> spec = BreakageSpec::parse(breakage, breakage == QLatin1String("auto") ? 0 : bucketCount);
    if (!spec)
        return spec.error();
    request.breakage = spec.value();

    const Result<Report> report = ReportEngine(m_database).run(request);
    if (!report)
        return report.error();
    QByteArray bytes;
    if (schedule.format == QLatin1String("json")) {
        bytes = reportformat::json(report.value());
    } else if (schedule.format == QLatin1String("pdf")) {
        if (!m_pdf)
            return LedgerError::invalidArgument(QStringLiteral("format"),
                                                QStringLiteral("this program cannot draw PDFs; run pdf schedules with orchardctl schedule run"));
        const Result<QByteArray> drawn = m_pdf(report.value());
        if (!drawn)
            return drawn.error();
        bytes = drawn.value();
    } else {
        bytes = reportformat::csv(report.value());
    }

    const QDir directory(schedule.directory);
    ExportRun run;
    run.schedule = schedule.name;
    run.file = directory.filePath(stem + QLatin1Char('.') + formatExtension(schedule.format));
    run.manifest = directory.filePath(stem + QStringLiteral(".manifest.json"));
    run.asOfMs = asOfMs;
    run.rows = report.value().table.rows.size();
    run.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    for (const QString &path : {run.file, run.manifest})
        if (LedgerFile::isLedgerOrSidecar(path))
            return LedgerError::invalidArgument(QStringLiteral("to"), QStringLiteral("%1 is a ledger file; an export never overwrites one").arg(path));
    QSaveFile file(run.file);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return LedgerError::storage(QStringLiteral("cannot write %1: %2").arg(run.file, file.errorString()));
    return finishRun(schedule, run, report.value().parameters);
}

// The manifest beside the export (what, as of when, its digest and the audit chain's head), then
// the schedule's last run and the audit record.
Result<ExportRun> ExportScheduler::finishRun(const ExportSchedule &schedule, const ExportRun &run, const QJsonObject &parameters)
{
    QJsonObject manifest{{QStringLiteral("report"), schedule.report},
                         {QStringLiteral("schedule"), schedule.name},
                         {QStringLiteral("as_of"), timeformat::toIso(run.asOfMs)},
                         {QStringLiteral("parameters"), parameters},
                         {QStringLiteral("format"), schedule.format},
                         {QStringLiteral("file"), QFileInfo(run.file).fileName()},
                         {QStringLiteral("rows"), run.rows},
                         {QStringLiteral("sha256"), run.sha256},
                         {QStringLiteral("generated_at"), timeformat::toIso(m_clock.nowMs())}};
    // The audit chain's head as the export saw it: every manifest is also an anchor for verify.
    if (const Result<AuditAnchor> anchor = AuditAnchor::of(m_database, m_clock.nowMs()))
        manifest.insert(QStringLiteral("audit"), anchor.value().toJson());
    QSaveFile manifestFile(run.manifest);
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!manifestFile.open(QIODevice::WriteOnly) || manifestFile.write(manifestBytes) != manifestBytes.size() || !manifestFile.commit())
        return LedgerError::storage(QStringLiteral("cannot write %1: %2").arg(run.manifest, manifestFile.errorString()));
    try {
        const qint64 nowMs = m_clock.nowMs();
        m_database.beginWrite();
        m_database.run(QStringLiteral("UPDATE export_schedules SET last_run_ms = ?, last_file = ? WHERE id = ?"), {nowMs, run.file, schedule.id});
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("export.run"), schedule.name, run.toJson(),
                                     std::nullopt, QString()});
        m_database.commit();
    } catch (const SqlFailure &failure) {
        if (m_database.inTransaction())
            m_database.rollback();
        return ledgerErrorFor(failure);
    }
    return run;
}

}  // namespace orchard
