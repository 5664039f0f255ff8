#include "verifier.h"

#include "auditlog.h"
#include "database.h"
#include "journal.h"
#include "ledgertypes.h"
#include "sqlerror.h"

#include <QJsonArray>
#include <QMap>

namespace orchard {

QJsonObject VerificationReport::toJson() const
{
    QJsonArray list;
    for (const Violation &violation : violations)
        list.append(QJsonObject{{QStringLiteral("check"), violation.check}, {QStringLiteral("message"), violation.message}});
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("violations"), list},
            {QStringLiteral("checked"),
             QJsonObject{{QStringLiteral("entries"), entriesChecked},
                         {QStringLiteral("accounts"), accountsChecked},
                         {QStringLiteral("lots"), lotsChecked},
                         {QStringLiteral("reservations"), reservationsChecked},
                         {QStringLiteral("audit_records"), auditRecordsChecked}}}};
}

void Verifier::add(VerificationReport &report, const QString &check, const QString &message)
{
    int &count = m_perCheck[check];
    ++count;
    if (count <= maxViolationsPerCheck)
        report.violations.append({check, message});
    else if (count == maxViolationsPerCheck + 1)
        report.violations.append({check, QStringLiteral("more violations of this check are not listed")});
}

Result<VerificationReport> Verifier::run(const Progress &progress)
{
    using Check = void (Verifier::*)(VerificationReport &);
    const QList<std::pair<QString, Check>> checks{
        {QStringLiteral("entries"), &Verifier::checkEntries},           {QStringLiteral("accounts"), &Verifier::checkAccounts},
        {QStringLiteral("lots"), &Verifier::checkLots},                 {QStringLiteral("reservations"), &Verifier::checkReservations},
        {QStringLiteral("audit chain"), &Verifier::checkAuditChain},   {QStringLiteral("entry digests"), &Verifier::checkEntryDigests},
    };
    const int steps = int(checks.size());
    VerificationReport report;
    m_perCheck.clear();
    try {
        // One snapshot for every check, so concurrent writers cannot produce false alarms.
        m_database.execute(m_database.engine() == Engine::Sqlite ? QStringLiteral("BEGIN")
                                                                : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        for (int step = 0; step < steps; ++step) {
            if (progress && !progress(step, steps, checks.at(step).first)) {
                m_database.execute(QStringLiteral("ROLLBACK"));
                return LedgerError{QStringLiteral("cancelled"), QStringLiteral("cancelled before the %1 check").arg(checks.at(step).first), {}};
            }
            (this->*checks.at(step).second)(report);
        }
        if (progress)
            progress(steps, steps, QString());
        m_database.execute(QStringLiteral("ROLLBACK"));
    } catch (const SqlFailure &failure) {
        QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
        return ledgerErrorFor(failure);
    }
    return report;
}

void Verifier::checkEntries(VerificationReport &report)
{
    QSqlQuery &count = m_database.run(QStringLiteral("SELECT COUNT(*) FROM entries"));
    count.next();
    report.entriesChecked = count.value(0).toLongLong();
    count.finish();

    // Each unit (points, the currency) balances on its own within every entry.
    QSqlQuery &unbalanced = m_database.run(
        QStringLiteral("SELECT e.id, e.kind, p.unit, SUM(p.amount), COUNT(p.id) FROM entries e "
                       "JOIN postings p ON p.entry_id = e.id GROUP BY e.id, e.kind, p.unit "
                       "HAVING SUM(p.amount) <> 0 ORDER BY e.id"));
    while (unbalanced.next())
        add(report, QStringLiteral("entry_balance"),
            QStringLiteral("entry %1 (%2) does not balance in %3: its %4 postings sum to %5")
                .arg(unbalanced.value(0).toLongLong())
                .arg(unbalanced.value(1).toString(), unbalanced.value(2).toString())
                .arg(unbalanced.value(4).toLongLong())
                .arg(unbalanced.value(3).toLongLong()));
    unbalanced.finish();
    QSqlQuery &thin = m_database.run(
        QStringLiteral("SELECT e.id, e.kind, COUNT(p.id) FROM entries e LEFT JOIN postings p ON p.entry_id = e.id "
                       "GROUP BY e.id, e.kind HAVING COUNT(p.id) < 2 ORDER BY e.id"));
    while (thin.next())
        add(report, QStringLiteral("entry_balance"),
            QStringLiteral("entry %1 (%2) has %3 postings; an entry needs at least two")
                .arg(thin.value(0).toLongLong())
                .arg(thin.value(1).toString())
                .arg(thin.value(2).toLongLong()));
    thin.finish();

    QSqlQuery &orphans = m_database.run(
        QStringLiteral("SELECT p.id, p.entry_id FROM postings p LEFT JOIN entries e ON e.id = p.entry_id WHERE e.id IS NULL"));
    while (orphans.next())
        add(report, QStringLiteral("entry_balance"),
            QStringLiteral("posting %1 belongs to entry %2, which does not exist")
                .arg(orphans.value(0).toLongLong())
                .arg(orphans.value(1).toLongLong()));
    orphans.finish();
}

void Verifier::checkAccounts(VerificationReport &report)
{
    static const QStringList neverNegative{QStringLiteral("member"),  QStringLiteral("hold"),
                                           QStringLiteral("funding"), QStringLiteral("funding_hold"),
                                           QStringLiteral("wallet"),  QStringLiteral("wallet_hold")};
    QSqlQuery &accounts = m_database.run(
        QStringLiteral("SELECT a.id, a.code, a.kind, a.balance, COALESCE(SUM(p.amount), 0), a.unit, "
                       "SUM(CASE WHEN p.unit <> a.unit THEN 1 ELSE 0 END) FROM accounts a "
                       "LEFT JOIN postings p ON p.account_id = a.id GROUP BY a.id, a.code, a.kind, a.balance, a.unit "
                       "ORDER BY a.id"));
    QMap<QString, qint64> totalPerUnit;
    while (accounts.next()) {
        ++report.accountsChecked;
        const QString code = accounts.value(1).toString();
        const QString kind = accounts.value(2).toString();
        const qint64 balance = accounts.value(3).toLongLong();
        const qint64 posted = accounts.value(4).toLongLong();
        const QString unit = accounts.value(5).toString();
        totalPerUnit[unit] += posted;
        if (balance != posted)
            add(report, QStringLiteral("account_balance"),
                QStringLiteral("account %1 shows %2 but its postings sum to %3").arg(code).arg(balance).arg(posted));
        if (neverNegative.contains(kind) && posted < 0)
            add(report, QStringLiteral("negative_balance"),
                QStringLiteral("account %1 is below zero: %2").arg(code).arg(posted));
        if (accounts.value(6).toLongLong() > 0)
            add(report, QStringLiteral("unit"),
                QStringLiteral("account %1 is kept in %2 but has %3 postings in another unit")
                    .arg(code, unit)
                    .arg(accounts.value(6).toLongLong()));
    }
    accounts.finish();
    for (auto it = totalPerUnit.constBegin(); it != totalPerUnit.constEnd(); ++it)
        if (it.value() != 0)
            add(report, QStringLiteral("conservation"),
                QStringLiteral("all %1 accounts together sum to %2 instead of 0").arg(it.key()).arg(it.value()));
    // Money held must equal what open reservations say they hold.
    QSqlQuery &holds = m_database.run(QStringLiteral(
        "SELECT a.code, a.balance, "
        "(SELECT COALESCE(SUM(CASE WHEN a.kind = 'funding_hold' THEN r.money_held ELSE r.wallet_held END), 0) "
        " FROM reservations r WHERE r.status = 'reserved' AND (a.kind = 'funding_hold' OR r.member_id = a.member_id)) "
        "FROM accounts a WHERE a.kind IN ('funding_hold', 'wallet_hold') ORDER BY a.id"));
    while (holds.next())
        if (holds.value(1).toLongLong() != holds.value(2).toLongLong())
            add(report, QStringLiteral("money_hold"),
                QStringLiteral("account %1 holds %2 but open reservations hold %3")
                    .arg(holds.value(0).toString())
                    .arg(holds.value(1).toLongLong())
                    .arg(holds.value(2).toLongLong()));
    holds.finish();
}

void Verifier::checkLots(VerificationReport &report)
{
    QSqlQuery &lots = m_database.run(QStringLiteral(
        "SELECT l.id, l.member_id, l.points, l.remaining, l.held, "
        "(SELECT COALESCE(SUM(m.points), 0) FROM lot_movements m WHERE m.lot_id = l.id), "
        "(SELECT COALESCE(SUM(rl.points), 0) FROM reservation_lots rl JOIN reservations r ON r.id = rl.reservation_id "
        " WHERE rl.lot_id = l.id AND r.status = 'reserved'), "
        "(SELECT e.points FROM entries e WHERE e.id = l.issue_entry_id AND e.kind = 'issue') "
        "FROM lots l ORDER BY l.id"));
    while (lots.next()) {
        ++report.lotsChecked;
        const qint64 lotId = lots.value(0).toLongLong();
        const qint64 points = lots.value(2).toLongLong();
        const qint64 remaining = lots.value(3).toLongLong();
        const qint64 held = lots.value(4).toLongLong();
        const qint64 moved = lots.value(5).toLongLong();
        const qint64 allocated = lots.value(6).toLongLong();
        if (lots.value(7).isNull() || lots.value(7).toLongLong() != points)
            add(report, QStringLiteral("lot"), QStringLiteral("lot %1 of %2 points does not match its issue entry").arg(lotId).arg(points));
        if (remaining != points - moved)
            add(report, QStringLiteral("lot"),
                QStringLiteral("lot %1 shows %2 remaining but its movements leave %3").arg(lotId).arg(remaining).arg(points - moved));
        if (held != allocated)
            add(report, QStringLiteral("lot"),
                QStringLiteral("lot %1 shows %2 held but open reservations hold %3").arg(lotId).arg(held).arg(allocated));
    }
    lots.finish();

    QSqlQuery &members = m_database.run(QStringLiteral(
        "SELECT m.id, "
        "(SELECT COALESCE(SUM(l.remaining), 0) FROM lots l WHERE l.member_id = m.id), "
        "(SELECT COALESCE(SUM(l.held), 0) FROM lots l WHERE l.member_id = m.id), "
        "(SELECT COALESCE(SUM(p.amount), 0) FROM postings p JOIN accounts a ON a.id = p.account_id "
        " WHERE a.member_id = m.id AND a.kind IN ('member', 'hold')), "
        "(SELECT COALESCE(SUM(p.amount), 0) FROM postings p JOIN accounts a ON a.id = p.account_id "
        " WHERE a.member_id = m.id AND a.kind = 'hold') "
        "FROM members m ORDER BY m.id"));
    while (members.next()) {
        const QString member = members.value(0).toString();
        const qint64 lotRemaining = members.value(1).toLongLong();
        const qint64 lotHeld = members.value(2).toLongLong();
        const qint64 posted = members.value(3).toLongLong();
        const qint64 heldPosted = members.value(4).toLongLong();
        if (lotRemaining != posted)
            add(report, QStringLiteral("lot"),
                QStringLiteral("member %1: lots have %2 remaining but the journal posts %3").arg(member).arg(lotRemaining).arg(posted));
        if (lotHeld != heldPosted)
            add(report, QStringLiteral("lot"),
                QStringLiteral("member %1: lots hold %2 but the journal holds %3").arg(member).arg(lotHeld).arg(heldPosted));
    }
    members.finish();
}

void Verifier::checkReservations(VerificationReport &report)
{
    QSqlQuery &reservations = m_database.run(QStringLiteral(
        "SELECT r.id, r.status, r.points, r.confirmed_points, "
        "SUM(CASE WHEN e.kind = 'reserve' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN e.kind IN ('confirm', 'checkout') THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN e.kind = 'release' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN e.kind = 'timeout' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN e.kind IN ('confirm', 'checkout') THEN e.points ELSE 0 END) "
        "FROM reservations r LEFT JOIN entries e ON e.reservation_id = r.id "
        "GROUP BY r.id, r.status, r.points, r.confirmed_points ORDER BY r.id"));
    while (reservations.next()) {
        ++report.reservationsChecked;
        const QString token = reservationToken(reservations.value(0).toLongLong());
        const QString status = reservations.value(1).toString();
        const qint64 confirmedPoints = reservations.value(3).toLongLong();
        const qint64 reserves = reservations.value(4).toLongLong();
        const qint64 confirms = reservations.value(5).toLongLong();
        const qint64 releases = reservations.value(6).toLongLong();
        const qint64 timeouts = reservations.value(7).toLongLong();
        const qint64 closings = confirms + releases + timeouts;
        if (closings > 1)
            add(report, QStringLiteral("reservation_state"),
                QStringLiteral("reservation %1 has %2 final entries (confirm %3, release %4, timeout %5)")
                    .arg(token).arg(closings).arg(confirms).arg(releases).arg(timeouts));
        const bool redeemedAtOnce = reserves == 0 && confirms == 1;
        if (reserves > 1 || (reserves == 0 && !redeemedAtOnce))
            add(report, QStringLiteral("reservation_state"),
                QStringLiteral("reservation %1 has %2 reserve entries").arg(token).arg(reserves));
        const bool consistent = (status == reservationstatus::reserved && closings == 0)
                                || (status == reservationstatus::confirmed && confirms == 1)
                                || (status == reservationstatus::released && releases == 1)
                                || (status == reservationstatus::timedOut && timeouts == 1);
        if (!consistent)
            add(report, QStringLiteral("reservation_state"),
                QStringLiteral("reservation %1 is %2 but the journal says otherwise").arg(token, status));
        if (status == reservationstatus::confirmed && reservations.value(8).toLongLong() != confirmedPoints)
            add(report, QStringLiteral("reservation_state"),
                QStringLiteral("reservation %1 confirmed %2 points but its entry says %3")
                    .arg(token).arg(confirmedPoints).arg(reservations.value(8).toLongLong()));
    }
    reservations.finish();
}

void Verifier::checkAuditChain(VerificationReport &report)
{
    QSqlQuery &audit = m_database.run(QStringLiteral(
        "SELECT id, at_ms, actor, source, action, subject, details, entry_id, entry_digest, prev_hash, hash "
        "FROM audit_log ORDER BY id"));
    QString expectedPrevious = AuditLog::genesisHash();
    while (audit.next()) {
        ++report.auditRecordsChecked;
        const qint64 id = audit.value(0).toLongLong();
        const QString previous = audit.value(9).toString();
        const QString stored = audit.value(10).toString();
        if (previous != expectedPrevious)
            add(report, QStringLiteral("audit_chain"),
                QStringLiteral("audit record %1 does not follow the record before it (a record was removed or edited)").arg(id));
        const QString recomputed = AuditLog::chainHash(
            previous, audit.value(1).toLongLong(), audit.value(2).toString(), audit.value(3).toString(),
            audit.value(4).toString(), audit.value(5).toString(), audit.value(6).toString(),
            audit.value(7).isNull() ? QString() : QString::number(audit.value(7).toLongLong()), audit.value(8).toString());
        if (recomputed != stored)
            add(report, QStringLiteral("audit_chain"), QStringLiteral("audit record %1 was altered: its hash does not match its contents").arg(id));
        expectedPrevious = stored;
    }
    audit.finish();
    QSqlQuery &head = m_database.run(QStringLiteral("SELECT value FROM orchard_meta WHERE key = 'audit_head'"));
    if (!head.next() || head.value(0).toString() != expectedPrevious)
        add(report, QStringLiteral("audit_chain"),
            QStringLiteral("the last audit record is not the recorded head of the chain (records at the end were removed)"));
    head.finish();
}

void Verifier::checkEntryDigests(VerificationReport &report)
{
    // In chunks of entry ids, each read in full before the next query: memory stays flat on big
    // ledgers, and no two result sets are open at once (PostgreSQL's driver allows only one).
    constexpr qint64 chunk = 10'000;
    QSqlQuery &bounds = m_database.run(QStringLiteral(
        "SELECT COALESCE(MIN(entry_id), 0), COALESCE(MAX(entry_id), 0) FROM ("
        "SELECT id AS entry_id FROM entries UNION ALL SELECT entry_id FROM audit_log WHERE entry_id IS NOT NULL) ids"));
    bounds.next();
    const qint64 first = bounds.value(0).toLongLong();
    const qint64 last = bounds.value(1).toLongLong();
    bounds.finish();
    for (qint64 from = first; from <= last && last > 0; from += chunk) {
        const qint64 to = from + chunk;  // exclusive
        QMap<qint64, JournalEntry> entries;
        QSqlQuery &rows = m_database.run(
            QStringLiteral("SELECT e.id, e.kind, e.posted_at_ms, e.member_id, e.source_id, e.reference, e.actor, "
                           "e.reservation_id, e.points, e.reason, p.account_id, p.amount, p.unit, e.amount_minor FROM entries e "
                           "LEFT JOIN postings p ON p.entry_id = e.id WHERE e.id >= ? AND e.id < ? ORDER BY e.id, p.id"),
            {from, to});
        while (rows.next()) {
            const qint64 entryId = rows.value(0).toLongLong();
            auto it = entries.find(entryId);
            if (it == entries.end()) {
                JournalEntry entry;
                entry.kind = rows.value(1).toString();
                entry.postedAtMs = rows.value(2).toLongLong();
                entry.memberId = rows.value(3).toString();
                entry.sourceId = rows.value(4).toLongLong();
                entry.reference = rows.value(5).toString();
                entry.actor = rows.value(6).toString();
                if (!rows.value(7).isNull())
                    entry.reservationId = rows.value(7).toLongLong();
                entry.points = rows.value(8).toLongLong();
                entry.reason = rows.value(9).toString();
                entry.amountMinor = rows.value(13).toLongLong();
                it = entries.insert(entryId, entry);
            }
            if (!rows.value(10).isNull())
                it->postings.append({rows.value(10).toLongLong(), rows.value(11).toLongLong(), rows.value(12).toString()});
        }
        rows.finish();

        QMap<qint64, QStringList> digests;
        QSqlQuery &audits = m_database.run(
            QStringLiteral("SELECT entry_id, entry_digest FROM audit_log WHERE entry_id >= ? AND entry_id < ? ORDER BY id"), {from, to});
        while (audits.next())
            digests[audits.value(0).toLongLong()].append(audits.value(1).toString());
        audits.finish();

        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
            const QStringList recorded = digests.take(it.key());
            if (recorded.isEmpty())
                add(report, QStringLiteral("journal_digest"), QStringLiteral("entry %1 has no audit record").arg(it.key()));
            else if (recorded.size() > 1)
                add(report, QStringLiteral("journal_digest"), QStringLiteral("entry %1 has more than one audit record").arg(it.key()));
            else if (recorded.first() != Journal::digest(it.key(), it.value()))
                add(report, QStringLiteral("journal_digest"),
                    QStringLiteral("entry %1 (%2) was altered after it was written: it no longer matches its audit record")
                        .arg(it.key())
                        .arg(it.value().kind));
        }
        for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
            add(report, QStringLiteral("journal_digest"),
                QStringLiteral("an audit record names entry %1, which is missing from the journal").arg(it.key()));
    }
}

}  // namespace orchard
