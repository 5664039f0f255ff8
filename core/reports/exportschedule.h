#pragma once

#include "base/clock.h"
#include "base/ledgertypes.h"
#include "reports/reports.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace orchard {

class Database;

// A report exported on a calendar (UTC): each run writes the file and a manifest beside it
// (report, as-of, parameters, row count, SHA-256) and an audit record.
struct ExportSchedule
{
    qint64 id = 0;
    QString name;
    QString report;
    QString every;   // day | week | month | quarter
    QString format;  // csv | json | pdf
    QString directory;
    QJsonObject parameters;  // breakage, buckets, by
    QString author;
    qint64 createdAtMs = 0;
    qint64 nextDueMs = 0;  // the period boundary the next export is as of
    std::optional<qint64> lastRunMs;
    QString lastFile;
    QJsonObject toJson() const;

    // The first boundary strictly after atMs: midnight, Monday, the 1st, or a quarter's first day.
    static qint64 nextBoundary(const QString &every, qint64 atMs);
    static qint64 previousBoundary(const QString &every, qint64 boundaryMs);
};

struct ExportRun
{
    QString schedule;
    QString file;
    QString manifest;
    qint64 asOfMs = 0;
    qint64 rows = 0;
    QString sha256;
    QJsonObject toJson() const;
};

class ExportScheduler
{
public:
    // Draws a report as a PDF; only programs linking Qt GUI can, others refuse pdf schedules.
    using PdfRenderer = std::function<Result<QByteArray>(const Report &)>;

    ExportScheduler(Database &database, const Clock &clock, Actor actor, PdfRenderer pdf = {})
        : m_database(database), m_clock(clock), m_actor(std::move(actor)), m_pdf(std::move(pdf))
    {
    }

    Result<ExportSchedule> add(const ExportSchedule &schedule);
    Result<QList<ExportSchedule>> list();
    Result<ExportSchedule> remove(const QString &name);
    // Produces every export that is due as of now, oldest period first; each is claimed in its own
    // transaction first, so two runners never write the same export.
    Result<QList<ExportRun>> runDue();
    // "Run now": the schedule's export as of now (a period report: its period so far), in its
    // folder under a name with the time, so it never replaces a due export; the calendar stays.
    Result<ExportRun> runNow(const QString &name);

private:
    Result<ExportRun> produceLots(const ExportSchedule &schedule, qint64 asOfMs, const QString &stem);
    Result<ExportRun> finishRun(const ExportSchedule &schedule, const ExportRun &run, const QJsonObject &parameters);
    Result<ExportRun> produce(const ExportSchedule &schedule, qint64 asOfMs, bool onDemand = false);

    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
    PdfRenderer m_pdf;
};

}  // namespace orchard
