#include "journal/verifier.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "journal/journal.h"
#include "base/ledgertypes.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QHash>
#include <QMap>

namespace orchard {

QJsonObject VerificationReport::toJson() const
{
    QJsonArray list;
    for (const Violation &violation : violations)
        list.append(QJsonObject{{QStringLiteral("check"), violation.check}, {QStringLiteral("message"), violation.message}});
    QJsonObject object{{QStringLiteral("ok"), ok()},
            {QStringLiteral("violations"), list},
            {QStringLiteral("checked"),
             QJsonObject{{QStringLiteral("entries"), entriesChecked},
                         {QStringLiteral("accounts"), accountsChecked},
                         {QStringLiteral("lots"), lotsChecked},
                         {QStringLiteral("reservations"), reservationsChecked},
                         {QStringLiteral("audit_records"), auditRecordsChecked}}}};
    if (!skipped.isEmpty())
        object.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(skipped));
    return object;
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
        // An issued lot has its issue entry's points, an admin's credit its adjustment's; a lot a refund made for a lapsed one comes from
        // that refund's entry, which returned at least as many points.
        "CASE WHEN l.origin = 'issue' THEN (SELECT e.points FROM entries e WHERE e.id = l.issue_entry_id AND e.kind = 'issue') "
        "WHEN l.origin = 'adjustment' THEN (SELECT e.points FROM entries e WHERE e.id = l.issue_entry_id AND e.kind = 'adjust') "
        "ELSE (SELECT l.points FROM entries e WHERE e.id = l.issue_entry_id AND e.kind = 'reversal' AND e.points >= l.points "
        "AND e.member_id = l.member_id) END "
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
    checkLotTerms(report);
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
    checkReservationOpenings(report);
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
    // What the chain sealed beside the journal, and (given an anchor) that it was not cut.
    checkApiKeys(report);
    checkIdempotencyAnswers(report);
    checkAnchor(report);
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


// ---- records the journal does not carry: each is compared with what the audit chain sealed ----

namespace {

std::optional<qint64> isoMs(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return timeformat::parseIso(value.toString());
}

QJsonObject detailsOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

}  // namespace

// A reservation's member, source, reference, points and created time are those of the entry that
// opened it (digested); its timeout is the one its audit record sealed.
void Verifier::checkReservationOpenings(VerificationReport &report)
{
    QSqlQuery &rows = m_database.run(QStringLiteral(
        "SELECT r.id, r.member_id, r.source_id, r.reference, r.points, r.created_at_ms, r.expires_at_ms, "
        "e.id, e.member_id, e.source_id, e.reference, e.kind, e.points, e.posted_at_ms, a.details "
        "FROM reservations r LEFT JOIN entries e ON e.id = (SELECT MIN(f.id) FROM entries f WHERE f.reservation_id = r.id) "
        "LEFT JOIN audit_log a ON a.entry_id = e.id ORDER BY r.id"));
    while (rows.next()) {
        const QString token = reservationToken(rows.value(0).toLongLong());
        if (rows.value(7).isNull()) {
            add(report, QStringLiteral("reservation_record"), QStringLiteral("reservation %1 has no entry that opened it").arg(token));
            continue;
        }
        const QString kind = rows.value(11).toString();
        QStringList altered;
        if (rows.value(1).toString() != rows.value(8).toString())
            altered << QStringLiteral("member");
        if (rows.value(2).toLongLong() != rows.value(9).toLongLong())
            altered << QStringLiteral("source");
        if (rows.value(3).toString() != rows.value(10).toString())
            altered << QStringLiteral("reference");
        if (rows.value(4).toLongLong() != rows.value(12).toLongLong())
            altered << QStringLiteral("points");
        if (rows.value(5).toLongLong() != rows.value(13).toLongLong())
            altered << QStringLiteral("created_at");
        const qint64 expiresAtMs = rows.value(6).toLongLong();
        const QJsonObject details = detailsOf(rows.value(14));
        const std::optional<qint64> sealedExpiry = isoMs(details.value(QStringLiteral("expires_at")));
        if (kind == QLatin1String("reserve") || (kind == QLatin1String("checkout") && sealedExpiry)) {
            if (!sealedExpiry || *sealedExpiry != expiresAtMs)
                altered << QStringLiteral("expires_at");
        } else if (kind == QLatin1String("confirm") && expiresAtMs != rows.value(5).toLongLong()) {
            altered << QStringLiteral("expires_at");  // redeemed in one step: it never had a timeout
        }
        if (!altered.isEmpty())
            add(report, QStringLiteral("reservation_record"),
                QStringLiteral("reservation %1 was altered: its %2 no longer match the entry and audit record that opened it")
                    .arg(token, altered.join(QStringLiteral(", "))));
    }
    rows.finish();
}

// A lot's member and issue time are its issue entry's; its expiry and lapse those sealed at issue.
void Verifier::checkLotTerms(VerificationReport &report)
{
    // An admin's extension (lot.extend, sealed in the audit chain) gives a lot its new terms.
    QHash<qint64, std::pair<std::optional<qint64>, std::optional<qint64>>> extended;
    QSqlQuery &extensions =
        m_database.run(QStringLiteral("SELECT details FROM audit_log WHERE action = 'lot.extend' ORDER BY id"));
    while (extensions.next()) {
        const QJsonObject details = detailsOf(extensions.value(0));
        extended.insert(details.value(QStringLiteral("lot")).toInteger(),
                        {isoMs(details.value(QStringLiteral("expires_at"))), isoMs(details.value(QStringLiteral("lapses_at")))});
    }
    extensions.finish();
    QSqlQuery &rows = m_database.run(QStringLiteral(
        "SELECT l.id, l.member_id, l.issued_at_ms, l.expires_at_ms, l.lapses_at_ms, e.member_id, e.posted_at_ms, a.details "
        "FROM lots l LEFT JOIN entries e ON e.id = l.issue_entry_id LEFT JOIN audit_log a ON a.entry_id = l.issue_entry_id "
        "ORDER BY l.id"));
    while (rows.next()) {
        const qint64 lotId = rows.value(0).toLongLong();
        QStringList altered;
        if (rows.value(1).toString() != rows.value(5).toString())
            altered << QStringLiteral("member");
        if (rows.value(2).toLongLong() != rows.value(6).toLongLong())
            altered << QStringLiteral("issued_at");
        const QJsonObject details = detailsOf(rows.value(7));
        // A stored time (NULL: never) against a sealed one.
        const auto sameTime = [](const QVariant &stored, const std::optional<qint64> &sealed) {
            return stored.isNull() ? !sealed.has_value() : (sealed.has_value() && *sealed == stored.toLongLong());
        };
        if (const auto terms = extended.constFind(lotId); terms != extended.constEnd()) {
            if (!sameTime(rows.value(3), terms->first))
                altered << QStringLiteral("expires_at");
            if (!sameTime(rows.value(4), terms->second))
                altered << QStringLiteral("lapses_at");
        } else if (details.contains(QStringLiteral("expires_at"))) {
            const std::optional<qint64> sealed = isoMs(details.value(QStringLiteral("expires_at")));
            const std::optional<qint64> stored = rows.value(3).isNull() ? std::nullopt : std::optional<qint64>(rows.value(3).toLongLong());
            if (sealed != stored)
                altered << QStringLiteral("expires_at");
            const qint64 graceMs = details.value(QStringLiteral("grace_days")).toInteger() * 24LL * 60 * 60 * 1000;
            const std::optional<qint64> lapses = rows.value(4).isNull() ? std::nullopt : std::optional<qint64>(rows.value(4).toLongLong());
            if (lapses != (sealed ? std::optional<qint64>(*sealed + graceMs) : std::nullopt))
                altered << QStringLiteral("lapses_at");
        }
        if (!altered.isEmpty())
            add(report, QStringLiteral("lot_record"),
                QStringLiteral("lot %1 was altered: its %2 no longer match its issue").arg(lotId).arg(altered.join(QStringLiteral(", "))));
    }
    rows.finish();
}

// Every API key was made, and revoked if it is, by an audited command: a key slipped into the
// table, moved to another source or un-revoked is named.
void Verifier::checkApiKeys(VerificationReport &report)
{
    struct Sealed
    {
        QString source;
        QString secretHash;
        qint64 createdAtMs = 0;
        qint64 revokedAtMs = -1;  // -1: not revoked
    };
    if (m_database.engine() == Engine::Postgres) {
        QSqlQuery &allowed = m_database.run(QStringLiteral("SELECT has_table_privilege('api_keys', 'SELECT')"));
        const bool mayRead = allowed.next() && allowed.value(0).toBool();
        allowed.finish();
        if (!mayRead) {
            report.skipped << QStringLiteral("api_keys: this role may not read API keys (orchard_admin or the owner may)");
            return;
        }
    }
    QHash<QString, Sealed> sealed;
    QSqlQuery &audit = m_database.run(QStringLiteral(
        "SELECT action, subject, details, at_ms FROM audit_log WHERE action IN ('source.key', 'source.revoke') ORDER BY id"));
    while (audit.next()) {
        const QJsonObject details = detailsOf(audit.value(2));
        const QString keyId = details.value(QStringLiteral("key_id")).toString();
        if (audit.value(0).toString() == QLatin1String("source.key")) {
            sealed.insert(keyId, {audit.value(1).toString(), details.value(QStringLiteral("secret_sha256")).toString(),
                                  audit.value(3).toLongLong(), -1});
        } else if (sealed.contains(keyId) && sealed[keyId].revokedAtMs < 0) {
            sealed[keyId].revokedAtMs = audit.value(3).toLongLong();
        }
    }
    audit.finish();
    QSqlQuery &keys = m_database.run(QStringLiteral(
        "SELECT k.key_id, s.name, k.secret_sha256, k.created_at_ms, k.revoked_at_ms FROM api_keys k "
        "LEFT JOIN sources s ON s.id = k.source_id ORDER BY k.id"));
    while (keys.next()) {
        const QString keyId = keys.value(0).toString();
        const auto it = sealed.constFind(keyId);
        if (it == sealed.constEnd()) {
            add(report, QStringLiteral("api_key"), QStringLiteral("API key %1 was never issued by Orchard (no audit record)").arg(keyId));
            continue;
        }
        const qint64 revokedAtMs = keys.value(4).isNull() ? -1 : keys.value(4).toLongLong();
        if (it->source != keys.value(1).toString())
            add(report, QStringLiteral("api_key"),
                QStringLiteral("API key %1 was moved from %2 to %3").arg(keyId, it->source, keys.value(1).toString()));
        if ((!it->secretHash.isEmpty() && it->secretHash != keys.value(2).toString()) || it->createdAtMs != keys.value(3).toLongLong())
            add(report, QStringLiteral("api_key"), QStringLiteral("API key %1 was altered after it was issued").arg(keyId));
        if (it->revokedAtMs >= 0 && revokedAtMs < 0)
            add(report, QStringLiteral("api_key"), QStringLiteral("API key %1 was revoked and is active again").arg(keyId));
        else if (revokedAtMs != it->revokedAtMs)
            add(report, QStringLiteral("api_key"), QStringLiteral("API key %1 has a revocation time the audit trail does not hold").arg(keyId));
    }
    keys.finish();
}

// Every stored answer a retry would get back is the one sealed when it was stored.
void Verifier::checkIdempotencyAnswers(VerificationReport &report)
{
    QHash<QString, QString> seals;  // "source id \x1f key" -> seal
    std::optional<std::pair<qint64, QString>> legacy;
    QSqlQuery &audit = m_database.run(
        QStringLiteral("SELECT action, details FROM audit_log WHERE action IN (?, ?) OR details LIKE '%\"sealed_answers\"%' ORDER BY id"),
        {AuditLog::idempotencySealAction, AuditLog::idempotencyLegacyAction});
    while (audit.next()) {
        const QJsonObject details = detailsOf(audit.value(1));
        if (audit.value(0).toString() == AuditLog::idempotencyLegacyAction) {
            legacy = std::make_pair(details.value(QStringLiteral("rows")).toInteger(), details.value(QStringLiteral("sha256")).toString());
            continue;
        }
        const QJsonValue answers =
            details.contains(QStringLiteral("sealed_answers")) ? details.value(QStringLiteral("sealed_answers")) : details.value(QStringLiteral("keys"));
        for (const QJsonValue &item : answers.toArray()) {
            const QJsonArray key = item.toArray();
            seals.insert(key.at(0).toString() + QChar(0x1f) + key.at(1).toString(), key.at(2).toString());
        }
    }
    audit.finish();
    QCryptographicHash legacyDigest(QCryptographicHash::Sha256);
    qint64 legacyRows = 0;
    QSqlQuery &rows = m_database.run(QStringLiteral(
        "SELECT source_id, key, operation, request_digest, succeeded, response FROM idempotency_keys ORDER BY source_id, key"));
    while (rows.next()) {
        const qint64 sourceId = rows.value(0).toLongLong();
        const QString key = rows.value(1).toString();
        const QString digest = AuditLog::idempotencyDigest(sourceId, key, rows.value(2).toString(), rows.value(3).toString(),
                                                           rows.value(4).toInt() != 0, rows.value(5).toString());
        const auto seal = seals.constFind(QString::number(sourceId) + QChar(0x1f) + key);
        if (seal == seals.constEnd()) {
            legacyDigest.addData(digest.toLatin1());
            ++legacyRows;
        } else if (*seal != digest) {
            add(report, QStringLiteral("idempotency"),
                QStringLiteral("the stored answer to key '%1' (source %2) was altered: a retry would get other bytes back")
                    .arg(key)
                    .arg(sourceId));
        }
    }
    rows.finish();
    const qint64 sealedLegacyRows = legacy ? legacy->first : 0;
    const bool legacyIntact = legacyRows == sealedLegacyRows
                              && (legacyRows == 0 || QString::fromLatin1(legacyDigest.result().toHex()) == legacy->second);
    if (!legacyIntact)
        add(report, QStringLiteral("idempotency"),
            QStringLiteral("%1 stored answers are not sealed by the audit trail (%2 were sealed when sealing began): "
                           "answers were added or altered outside Orchard")
                .arg(legacyRows)
                .arg(sealedLegacyRows));
}

void Verifier::checkAnchor(VerificationReport &report)
{
    if (!m_anchor || m_anchor->records <= 0)
        return;
    QSqlQuery &count = m_database.run(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    count.next();
    const qint64 records = count.value(0).toLongLong();
    count.finish();
    QString hashAtN;
    if (records >= m_anchor->records) {
        QSqlQuery &at = m_database.run(QStringLiteral("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?"), {m_anchor->records - 1});
        if (at.next())
            hashAtN = at.value(0).toString();
        at.finish();
    }
    if (records < m_anchor->records)
        add(report, QStringLiteral("audit_truncated"),
            QStringLiteral("the audit chain has %1 records, fewer than the %2 the anchor of %3 saw: records were removed")
                .arg(records)
                .arg(m_anchor->records)
                .arg(timeformat::toIso(m_anchor->atMs)));
    else if (hashAtN != m_anchor->head)
        add(report, QStringLiteral("audit_truncated"),
            QStringLiteral("audit record %1 is not the head the anchor of %2 saw: the chain was rewound and rewritten")
                .arg(m_anchor->records)
                .arg(timeformat::toIso(m_anchor->atMs)));
}

QJsonObject AuditAnchor::toJson() const
{
    return {{QStringLiteral("records"), records}, {QStringLiteral("head"), head}, {QStringLiteral("at"), timeformat::toIso(atMs)}};
}

Result<AuditAnchor> AuditAnchor::fromJson(const QJsonObject &object)
{
    static const QRegularExpression hashPattern(QStringLiteral("^[0-9a-f]{64}$"));
    AuditAnchor anchor;
    const QJsonValue records = object.value(QStringLiteral("records"));
    if (!records.isDouble() || records.toInteger(-1) < 0)
        return LedgerError::invalidArgument(QStringLiteral("anchor"), QStringLiteral("\"records\" must be a whole number"));
    anchor.records = records.toInteger();
    anchor.head = object.value(QStringLiteral("head")).toString();
    if (!hashPattern.match(anchor.head).hasMatch())
        return LedgerError::invalidArgument(QStringLiteral("anchor"), QStringLiteral("\"head\" must be a SHA-256 in hex"));
    const std::optional<qint64> at = timeformat::parseIso(object.value(QStringLiteral("at")).toString());
    if (!at)
        return LedgerError::invalidArgument(QStringLiteral("anchor"), QStringLiteral("\"at\" must be an ISO 8601 time"));
    anchor.atMs = *at;
    return anchor;
}

Result<AuditAnchor> AuditAnchor::of(Database &database, qint64 nowMs)
{
    try {
        AuditAnchor anchor;
        anchor.atMs = nowMs;
        QSqlQuery &query = database.run(QStringLiteral("SELECT COUNT(*), (SELECT value FROM orchard_meta WHERE key = 'audit_head') FROM audit_log"));
        query.next();
        anchor.records = query.value(0).toLongLong();
        anchor.head = query.value(1).toString();
        query.finish();
        return anchor;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<AuditAnchor> AuditAnchor::asOf(Database &database, qint64 endMs)
{
    try {
        AuditAnchor anchor;
        anchor.atMs = endMs;
        // Ids, not times, order the chain: a back-dated import may write an older time later.
        QSqlQuery &last = database.run(QStringLiteral("SELECT MAX(id) FROM audit_log WHERE at_ms < ?"), {endMs});
        last.next();
        const qint64 lastId = last.value(0).isNull() ? 0 : last.value(0).toLongLong();
        last.finish();
        anchor.head = QString(64, QLatin1Char('0'));
        if (lastId > 0) {
            QSqlQuery &query = database.run(QStringLiteral("SELECT (SELECT COUNT(*) FROM audit_log WHERE id <= ?), hash FROM audit_log WHERE id = ?"),
                                            {lastId, lastId});
            query.next();
            anchor.records = query.value(0).toLongLong();
            anchor.head = query.value(1).toString();
            query.finish();
        }
        return anchor;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

QString VerificationReport::toText() const
{
    QString text = QStringLiteral("checked %1 entries, %2 accounts, %3 lots, %4 reservations, %5 audit records\n")
                       .arg(entriesChecked)
                       .arg(accountsChecked)
                       .arg(lotsChecked)
                       .arg(reservationsChecked)
                       .arg(auditRecordsChecked);
    if (ok())
        text += QStringLiteral("ledger verified: every check holds");
    for (const Violation &violation : violations)
        text += QStringLiteral("VIOLATION %1: %2\n").arg(violation.check, violation.message);
    return text;
}

}  // namespace orchard
