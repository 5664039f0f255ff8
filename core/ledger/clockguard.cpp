#include "ledger/clockguard.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"

namespace orchard::clockguard {

bool isSimulated(Database &database)
{
    QSqlQuery &query = database.run(QStringLiteral("SELECT value FROM orchard_meta WHERE key = 'clock'"));
    const bool simulated = query.next() && query.value(0).toString() == QLatin1String("simulated");
    query.finish();
    return simulated;
}

Result<bool> markSimulated(Database &database, qint64 nowMs, const QString &actor)
{
    try {
        if (isSimulated(database))
            return true;
        database.beginWrite();
        QSqlQuery &entries = database.run(QStringLiteral("SELECT COUNT(*) FROM entries"));
        entries.next();
        const qint64 count = entries.value(0).toLongLong();
        entries.finish();
        if (count > 0) {
            database.rollback();
            return LedgerError::invalidArgument(QStringLiteral("simulated-clock"),
                                                QStringLiteral("a ledger's clock is chosen when it is made; this one already "
                                                               "has %1 entries written at real times").arg(count));
        }
        database.run(QStringLiteral("INSERT INTO orchard_meta (key, value) VALUES ('clock', 'simulated')"));
        AuditLog(database).append({nowMs, actor, QStringLiteral("admin"), QStringLiteral("ledger.simulated_clock"),
                                   QStringLiteral("clock"), {}, std::nullopt, {}});
        database.commit();
        return true;
    } catch (const SqlFailure &failure) {
        if (database.inTransaction())
            database.rollback();
        return ledgerErrorFor(failure);
    }
}

std::optional<LedgerError> checkWriteTime(Database &database, qint64 nowMs, qint64 realNowMs)
{
    if (isSimulated(database))
        return std::nullopt;
    if (nowMs > realNowMs + maxAheadOfRealClockMs)
        return LedgerError{clockOutOfRange,
                           QStringLiteral("now: %1 is ahead of the real clock (%2); a live ledger is written at the real "
                                          "time (ledgers made with 'init --simulated-clock' may be written at any time)")
                               .arg(timeformat::toIso(nowMs), timeformat::toIso(realNowMs)),
                           {{QStringLiteral("field"), QStringLiteral("now")}}};
    QSqlQuery &newest = database.run(QStringLiteral("SELECT MAX(posted_at_ms) FROM entries"));
    const std::optional<qint64> newestMs =
        newest.next() && !newest.value(0).isNull() ? std::optional<qint64>(newest.value(0).toLongLong()) : std::nullopt;
    newest.finish();
    if (newestMs && nowMs < *newestMs)
        return LedgerError{clockOutOfRange,
                           QStringLiteral("now: %1 is before the ledger's newest entry (%2); the journal never runs backwards "
                                          "(ledgers made with 'init --simulated-clock' may be written at any time)")
                               .arg(timeformat::toIso(nowMs), timeformat::toIso(*newestMs)),
                           {{QStringLiteral("field"), QStringLiteral("now")}, {QStringLiteral("newest_entry_at"), timeformat::toIso(*newestMs)}}};
    return std::nullopt;
}

}  // namespace orchard::clockguard
