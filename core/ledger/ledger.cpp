#include "ledger/ledger.h"

#include "earning/earningtypes.h"

#include "ledger/accountcodes.h"
#include "ledger/refusal.h"
#include "ledger/releaseorigin.h"
#include "store/database.h"
#include "settings/expirypolicy.h"
#include "base/invariant.h"
#include "base/ledgerlimits.h"
#include "settings/programmebook.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"
#include "base/validation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace orchard {

namespace {

const QString &accountIssued = accountcodes::issued;
const QString &accountRedeemed = accountcodes::redeemed;
const QString &accountExpired = accountcodes::expired;
const QString actorTimeout = QStringLiteral("system:timeout");
const QString actorExpiry = QStringLiteral("system:expiry");

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

template<typename T>
QJsonObject jsonOf(const T &value)
{
    return value.toJson();
}

}  // namespace

Ledger::Ledger(Database &database, const Clock &clock, Actor actor)
    : m_database(database), m_clock(clock), m_actor(std::move(actor)), m_audit(database), m_journal(database, m_audit),
      m_lots(database), m_reservations(database), m_accounts(database), m_wallets(database, m_accounts),
      m_outbox(database, {[this](const QString &memberId) {
                              const MemberAccounts accounts = m_accounts.ofMember(memberId);
                              return std::pair{accounts.available, accounts.held};
                          },
                          [this](qint64 accountId) { return m_journal.deferredBalance(accountId).value_or(m_accounts.balanceOf(accountId)); },
                          [this] { return fundingPosition(); }}),
      m_runner(database, m_audit, m_outbox, clock, m_actor, [this] {
          m_accounts.forgetUncommitted();
          discardDeferred();
      })
{
    m_journal.setAppendObserver([this](qint64 entryId, const JournalEntry &entry, const QList<qint64> &balancesAfter) {
        m_outbox.entryAppended(entryId, entry, balancesAfter);
    });
}

qint64 Ledger::openReservation(const ReservationDraft &draft, const QString &sourceName)
{
    const qint64 reservationId = m_reservations.open(draft);
    m_outbox.reservationChanged(draft.confirmed ? eventtypes::reservationConfirmed : eventtypes::reservationReserved,
                                draft.view(reservationId, sourceName));
    return reservationId;
}

Result<bool> Ledger::beginBatch()
{
    return m_runner.beginBatch();
}

Result<bool> Ledger::commitBatch()
{
    return m_runner.commitBatch();
}

void Ledger::abandonBatch()
{
    m_runner.abandonBatch();
}

// ---- look-ups ------------------------------------------------------------------------------------

Ledger::ReservationRow Ledger::loadReservationOf(qint64 reservationId, const std::optional<QString> &source)
{
    ReservationRow row = loadReservation(reservationId);
    if (source && *source != row.view.source)
        throw Refusal{{errors::forbidden,
                       QStringLiteral("reservation %1 belongs to %2, not to %3").arg(reservationToken(reservationId), row.view.source, *source),
                       {{QStringLiteral("reservation"), reservationToken(reservationId)}}}};
    return row;
}

Ledger::ReservationRow Ledger::loadReservation(qint64 reservationId)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT r.member_id, s.name, r.reference, r.status, r.points, r.confirmed_points, "
                       "r.created_at_ms, r.expires_at_ms, r.closed_at_ms, r.close_reason, r.source_id, "
                       "r.order_minor, r.wallet_held, r.money_held, r.value_num, r.value_den "
                       "FROM reservations r JOIN sources s ON s.id = r.source_id WHERE r.id = ?"),
        {reservationId});
    if (!query.next()) {
        query.finish();
        throw Refusal{{errors::unknownReservation,
                       QStringLiteral("reservation: there is no reservation %1").arg(reservationToken(reservationId)),
                       {{QStringLiteral("field"), QStringLiteral("reservation")},
                        {QStringLiteral("reservation"), reservationToken(reservationId)}}}};
    }
    ReservationRow row;
    ReservationView &view = row.view;
    view.reservationId = reservationId;
    view.memberId = query.value(0).toString();
    view.source = query.value(1).toString();
    view.reference = query.value(2).toString();
    view.status = query.value(3).toString();
    view.reservedPoints = query.value(4).toLongLong();
    view.confirmedPoints = query.value(5).toLongLong();
    view.createdAtMs = query.value(6).toLongLong();
    view.expiresAtMs = query.value(7).toLongLong();
    if (!query.value(8).isNull())
        view.closedAtMs = query.value(8).toLongLong();
    view.closeReason = query.value(9).toString();
    row.sourceId = query.value(10).toLongLong();
    view.orderMinor = query.value(11).toLongLong();
    view.walletMinor = query.value(12).toLongLong();
    view.fundingMinor = query.value(13).toLongLong();
    row.value = {query.value(14).toLongLong(), std::max<qint64>(1, query.value(15).toLongLong())};
    query.finish();
    // A confirmed reservation shows the funding it drew; the rest went back to the wallet.
    if (view.status == reservationstatus::confirmed && view.fundingMinor > 0)
        view.fundingMinor = std::min(view.fundingMinor, row.value.valueOf(view.confirmedPoints));
    return row;
}

QList<LotAllocation> Ledger::allocateOrRefuse(const QString &memberId, Points points, qint64 nowMs)
{
    const QList<LotState> lots = m_lots.openLots(memberId);
    const QList<LotAllocation> allocations = LotBook::allocate(lots, points, nowMs);
    if (allocations.isEmpty()) {
        const Points availablePoints = available(lots, nowMs);
        throw Refusal{{errors::insufficientPoints,
                       QStringLiteral("member '%1' has %2 points available, fewer than the %3 requested")
                           .arg(memberId)
                           .arg(availablePoints)
                           .arg(points),
                       {{QStringLiteral("available"), availablePoints}, {QStringLiteral("requested"), points}}}};
    }
    return allocations;
}

Points Ledger::available(const QList<LotState> &lots, qint64 nowMs) const
{
    Points total = 0;
    for (const LotState &lot : lots)
        if (!LotBook::isExpired(lot, nowMs))
            total += lot.remaining - lot.held;
    return total;
}

void Ledger::refuseClosed(const ReservationView &view) const
{
    const QString token = reservationToken(view.reservationId);
    QJsonObject details{{QStringLiteral("reservation"), token}, {QStringLiteral("status"), view.status}};
    if (view.status == reservationstatus::confirmed)
        throw Refusal{{errors::alreadyConfirmed, QStringLiteral("reservation %1 is already confirmed").arg(token), details}};
    if (view.status == reservationstatus::released)
        throw Refusal{{errors::alreadyReleased, QStringLiteral("reservation %1 is already released").arg(token), details}};
    throw Refusal{{errors::reservationTimedOut,
                   QStringLiteral("reservation %1 timed out at %2; its points went back to the member")
                       .arg(token, timeformat::toIso(view.expiresAtMs)),
                   details}};
}

// ---- settling: timeouts and expiry are written down before anything else touches a member ------

Ledger::SweepCounts Ledger::settleMember(const QString &memberId, qint64 nowMs)
{
    SweepCounts counts;
    for (const qint64 id : m_reservations.dueTimeouts(memberId, nowMs)) {
        closeReservation(loadReservation(id), reservationstatus::timedOut, QStringLiteral("timeout"),
                         QStringLiteral("timeout"), 0, actorTimeout, nowMs);
        ++counts.timedOutReservations;
    }
    counts.expiredLots = expireLapsedLots(memberId, nowMs);
    return counts;
}

int Ledger::expireLapsedLots(const QString &memberId, qint64 nowMs)
{
    int expired = 0;
    for (const LotState &lot : m_lots.openLots(memberId)) {
        if (LotBook::isExpired(lot, nowMs) && lot.remaining > lot.held) {
            expireLot(memberId, lot, nowMs);
            ++expired;
        }
    }
    return expired;
}

// An entry the programme itself writes (issues, expiries, fundings, wallet credits): on the
// admin source, with its kind, time, member (if any), reference, actor and reason.
JournalEntry Ledger::programmeEntry(const QString &kind, qint64 nowMs, const QString &memberId, const QString &reference,
                                    const QString &actorName, const QString &reason)
{
    JournalEntry entry;
    entry.kind = kind;
    entry.postedAtMs = nowMs;
    entry.memberId = memberId;
    entry.sourceId = m_accounts.sourceId(sourceAdmin);
    entry.sourceName = sourceAdmin;
    entry.reference = reference;
    entry.actor = actorName;
    entry.reason = reason;
    return entry;
}

void Ledger::expireLot(const QString &memberId, const LotState &lot, qint64 nowMs)
{
    const Points points = lot.remaining - lot.held;
    Q_ASSERT(points > 0);
    const MemberAccounts accounts = m_accounts.ofMember(memberId);
    JournalEntry entry = programmeEntry(QStringLiteral("expire"), nowMs, memberId, QStringLiteral("lot-%1").arg(lot.lotId), actorExpiry,
                                        QStringLiteral("expired"));
    entry.points = points;
    entry.postings = {{accounts.available, -points}, {m_accounts.programme(accountExpired), points}};
    const qint64 entryId = m_journal.append(entry, QStringLiteral("points.expire"), memberId,
                                            {{QStringLiteral("lot"), lot.lotId},
                                             {QStringLiteral("points"), points},
                                             {QStringLiteral("expires_at"), timeformat::toIso(*lot.expiresAtMs)}});
    m_lots.expire(entryId, lot.lotId, points);
}

// What a reservation's confirmed points draw from the funding it holds: their value at the
// reservation's point value, floored, never more than was held. Refunds give it back by the same rule.
qint64 Ledger::fundingDrawnFor(const ReservationRow &row, Points confirmedPoints)
{
    return std::min(row.view.fundingMinor, row.value.valueOf(confirmedPoints));
}

// A closing reservation's money: the funding held for the points (the confirmed points' value is
// drawn, the rest goes back) and a checkout's wallet leg (paid whole on confirm, returned whole
// otherwise). Returns the funding drawn.
qint64 Ledger::appendClosingMoneyLegs(JournalEntry &entry, const ReservationRow &row, const QString &status, Points confirmedPoints)
{
    const ReservationView &view = row.view;
    qint64 drawn = 0;
    if (view.fundingMinor > 0) {
        const std::optional<FundingAccounts> funding = m_wallets.existingFunding();
        require(funding.has_value(), QStringLiteral("reservation %1 holds funding, so the funding wallet exists").arg(view.reservationId));
        drawn = fundingDrawnFor(row, confirmedPoints);
        Q_ASSERT(drawn >= 0 && drawn <= view.fundingMinor);
        entry.postings.append({funding->held, -view.fundingMinor, funding->unit});
        if (drawn > 0)
            entry.postings.append({funding->drawn, drawn, funding->unit});
        if (view.fundingMinor - drawn > 0)
            entry.postings.append({funding->available, view.fundingMinor - drawn, funding->unit});
    }
    if (view.walletMinor > 0) {
        const WalletAccounts wallet = m_wallets.walletOf(view.memberId, {});
        entry.postings.append({wallet.held, -view.walletMinor, wallet.unit});
        if (status == reservationstatus::confirmed)
            entry.postings.append({m_accounts.ensure(accountcodes::merchant, QStringLiteral("merchant"), wallet.unit),
                                   view.walletMinor, wallet.unit});
        else
            entry.postings.append({wallet.available, view.walletMinor, wallet.unit});
    }
    return drawn;
}

ReservationView Ledger::closeReservation(const ReservationRow &row, const QString &status, const QString &entryKind,
                                         const QString &reason, Points confirmedPoints, const QString &actorName,
                                         qint64 nowMs, const QString &releasedBy)
{
    const ReservationView &view = row.view;
    Q_ASSERT(view.status == reservationstatus::reserved);
    Q_ASSERT(confirmedPoints >= 0 && confirmedPoints <= view.reservedPoints);
    const MemberAccounts accounts = m_accounts.ofMember(view.memberId);
    const Points returned = view.reservedPoints - confirmedPoints;

    JournalEntry entry;
    entry.kind = entryKind;
    entry.postedAtMs = nowMs;
    entry.memberId = view.memberId;
    entry.sourceId = row.sourceId;
    entry.sourceName = view.source;
    entry.reference = view.reference;
    entry.actor = actorName;
    entry.reservationId = view.reservationId;
    entry.points = confirmedPoints > 0 ? confirmedPoints : view.reservedPoints;
    entry.reason = reason;
    entry.amountMinor = view.orderMinor > 0 ? view.orderMinor : view.fundingMinor;
    if (view.reservedPoints > 0)
        entry.postings.append({accounts.held, -view.reservedPoints});
    if (confirmedPoints > 0)
        entry.postings.append({m_accounts.programme(accountRedeemed), confirmedPoints});
    if (returned > 0)
        entry.postings.append({accounts.available, returned});
    const qint64 drawn = appendClosingMoneyLegs(entry, row, status, confirmedPoints);

    QJsonObject details{{QStringLiteral("reservation"), reservationToken(view.reservationId)},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("reserved_points"), view.reservedPoints},
                        {QStringLiteral("confirmed_points"), confirmedPoints}};
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    if (!releasedBy.isEmpty())
        details.insert(releaseorigin::detailsKey, releasedBy);
    if (view.fundingMinor > 0 || view.walletMinor > 0) {
        details.insert(QStringLiteral("funding_drawn"), drawn);
        details.insert(QStringLiteral("funding_returned"), view.fundingMinor - drawn);
        details.insert(QStringLiteral("wallet"), view.walletMinor);
    }
    const qint64 entryId = m_journal.append(entry, QStringLiteral("reservation.") + entryKind, view.memberId, details);

    // Confirmed points come out of the reservation's lots earliest-expiry-first; the rest is unheld.
    m_lots.settleHold(entryId, m_lots.allocationsOf(view.reservationId), confirmedPoints);
    m_reservations.close(view.reservationId, status, confirmedPoints, nowMs, reason);

    ReservationView closed = view;
    closed.status = status;
    closed.confirmedPoints = confirmedPoints;
    closed.closedAtMs = nowMs;
    closed.closeReason = reason;
    if (status == reservationstatus::confirmed)
        closed.fundingMinor = drawn;
    m_outbox.reservationChanged(status == reservationstatus::confirmed  ? eventtypes::reservationConfirmed
                                : status == reservationstatus::released ? eventtypes::reservationReleased
                                                                        : eventtypes::reservationTimedOut,
                                closed);
    return closed;
}

// ---- mutations -------------------------------------------------------------------------------------

Result<MemberView> Ledger::addMember(const AddMemberRequest &request)
{
    for (const auto &check : {validation::identifier(QStringLiteral("member"), request.memberId),
                              validation::optionalText(QStringLiteral("name"), request.name),
                              validation::hris(request.hris),
                              validation::optionalText(QStringLiteral("department"), request.department)})
        if (check)
            return *check;
    const qint64 nowMs = m_clock.nowMs();
    return m_runner.run<MemberView>({}, {}, [&]() -> MemberView {
        Result<MemberView> existing = member(request.memberId);
        if (existing) {
            const MemberView &found = existing.value();
            // Adding the same member again is a harmless retry; a different one under that id is not.
            if (found.name == request.name && found.hris == request.hris && found.department == request.department)
                return found;
            throw Refusal{{errors::memberExists,
                           QStringLiteral("member '%1' already exists with other details").arg(request.memberId),
                           {{QStringLiteral("member"), request.memberId}}}};
        }
        m_database.run(QStringLiteral("INSERT INTO members (id, name, hris, department, created_at_ms) VALUES (?, ?, ?, ?, ?)"),
                       {request.memberId, request.name, request.hris, request.department, nowMs});
        m_accounts.createMemberAccounts(request.memberId);
        MemberView view{request.memberId, request.name, request.hris, request.department, nowMs};
        m_audit.append({nowMs, m_actor.name, m_actor.source, QStringLiteral("member.add"), request.memberId,
                        view.toJson(), std::nullopt, QString()});
        return view;
    });
}

Result<MemberView> Ledger::updateMember(const UpdateMemberRequest &request)
{
    for (const auto &check : {validation::identifier(QStringLiteral("member"), request.memberId),
                              validation::optionalText(QStringLiteral("name"), request.name),
                              request.hris.isEmpty() ? std::optional<LedgerError>() : validation::hris(request.hris),
                              validation::optionalText(QStringLiteral("department"), request.department)})
        if (check)
            return *check;
    if (request.name.isEmpty() && request.hris.isEmpty() && request.department.isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("name"), QStringLiteral("nothing to change: give a name, an HRIS or a department"));
    const qint64 nowMs = m_clock.nowMs();
    return m_runner.run<MemberView>({}, {}, [&]() -> MemberView {
        QSqlQuery &known = m_database.run(QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {request.memberId});
        const bool exists = known.next();
        known.finish();
        if (!exists)
            throw Refusal{{errors::unknownMember, QStringLiteral("member: there is no member '%1'").arg(request.memberId),
                           {{QStringLiteral("field"), QStringLiteral("member")}, {QStringLiteral("member"), request.memberId}}}};
        applyProfile(request.memberId, MemberProfile{request.name, request.department, request.hris}, nowMs, nowMs);
        Result<MemberView> updated = member(request.memberId);
        require(updated.ok(), QStringLiteral("member %1 is still there after its update").arg(request.memberId));
        return updated.value();
    });
}

Result<IssueReceipt> Ledger::issue(const IssueRequest &request)
{
    const qint64 nowMs = m_clock.nowMs();
    for (const auto &check : {validation::identifier(QStringLiteral("member"), request.memberId),
                              validation::points(QStringLiteral("points"), request.points),
                              validation::optionalText(QStringLiteral("reason"), request.reason),
                              validation::identifier(QStringLiteral("key"), request.idempotencyKey)})
        if (check)
            return *check;
    if (request.expiresAtMs && *request.expiresAtMs <= nowMs)
        return LedgerError::invalidArgument(QStringLiteral("expires_at"),
                                            QStringLiteral("%1 is not after the issue time %2")
                                                .arg(timeformat::toIso(*request.expiresAtMs), timeformat::toIso(nowMs)));
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        return IdempotencyScope{m_accounts.sourceId(sourceAdmin), request.idempotencyKey, QStringLiteral("issue"),
                                OperationRunner::requestDigest({request.memberId, QString::number(request.points),
                                          optionalNumber(request.expiresAtMs), request.reason})};
    };
    // Settled first, so expired-but-unswept points do not count against the balance limit.
    return m_runner.run<IssueReceipt>(scope, [&] { settleMember(request.memberId, nowMs); }, [&]() -> IssueReceipt {
        const MemberAccounts accounts = m_accounts.ofMember(request.memberId);
        refuseAboveBalanceLimit(request.memberId, accounts, request.points);
        if (const std::optional<Points> most = ProgrammeBook::currentIn(m_database).maxPointsPerAward; most && request.points > *most)
            throw Refusal{LedgerError::invalidArgument(
                QStringLiteral("points"), QStringLiteral("%1 is above the programme's maximum of %2 points per award (programme set --max-award)")
                                              .arg(request.points)
                                              .arg(*most))};
        const qint64 issuedAccount = m_accounts.programme(accountIssued);
        QSqlQuery &issued = m_database.run(QStringLiteral("SELECT balance FROM accounts WHERE id = ?"), {issuedAccount});
        issued.next();
        const Points issuedSoFar = -issued.value(0).toLongLong();
        issued.finish();
        if (issuedSoFar + request.points > limits::maxProgrammeIssued)
            throw Refusal{{errors::balanceLimit,
                           QStringLiteral("the programme would have issued more than %1 points").arg(limits::maxProgrammeIssued),
                           {}}};

        // Without an explicit expiry the policy in force decides; its grace applies either way.
        const ExpiryPolicy policy = ExpiryPolicyBook::currentIn(m_database);
        const std::optional<qint64> expiresAtMs = request.expiresAtMs ? request.expiresAtMs : policy.expiryFor(nowMs);
        const std::optional<qint64> lapsesAtMs = expiresAtMs ? std::optional<qint64>(*expiresAtMs + policy.graceMs()) : std::nullopt;

        JournalEntry entry =
            programmeEntry(QStringLiteral("issue"), nowMs, request.memberId, request.idempotencyKey, m_actor.name, request.reason);
        entry.points = request.points;
        entry.postings = {{issuedAccount, -request.points}, {accounts.available, request.points}};
        const qint64 entryId = m_journal.append(
            entry, QStringLiteral("points.issue"), request.memberId,
            {{QStringLiteral("points"), request.points},
             {QStringLiteral("expires_at"), expiresAtMs ? QJsonValue(timeformat::toIso(*expiresAtMs)) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("grace_days"), expiresAtMs ? policy.graceDays : 0},
             {QStringLiteral("reason"), request.reason}});
        const qint64 lotId = m_lots.create(request.memberId, entryId, nowMs, expiresAtMs, lapsesAtMs, request.points);
        return IssueReceipt{entryId, lotId, request.memberId, request.points, nowMs, expiresAtMs};
    });
}

void Ledger::refuseAboveBalanceLimit(const QString &memberId, const MemberAccounts &accounts, Points credit)
{
    QSqlQuery &balances =
        m_database.run(QStringLiteral("SELECT COALESCE(SUM(balance), 0) FROM accounts WHERE id IN (?, ?)"), {accounts.available, accounts.held});
    balances.next();
    const Points posted = balances.value(0).toLongLong();
    balances.finish();
    if (posted + credit > limits::maxAccountBalance)
        throw Refusal{{errors::balanceLimit,
                       QStringLiteral("member '%1' would hold more than %2 points").arg(memberId).arg(limits::maxAccountBalance),
                       {{QStringLiteral("posted"), posted}}}};
}

Result<ReservationView> Ledger::reserve(const ReserveRequest &request)
{
    for (const auto &check : {validation::identifier(QStringLiteral("member"), request.memberId),
                              validation::points(QStringLiteral("points"), request.points),
                              validation::identifier(QStringLiteral("source"), request.source),
                              validation::identifier(QStringLiteral("ref"), request.reference),
                              validation::identifier(QStringLiteral("key"), request.idempotencyKey),
                              validation::timeoutSeconds(request.timeoutSeconds)})
        if (check)
            return *check;
    const qint64 nowMs = m_clock.nowMs();
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        return IdempotencyScope{m_accounts.sourceId(request.source), request.idempotencyKey, QStringLiteral("reserve"),
                                OperationRunner::requestDigest({request.memberId, QString::number(request.points), request.reference,
                                          QString::number(request.timeoutSeconds)})};
    };
    return m_runner.run<ReservationView>(scope, [&] { settleMember(request.memberId, nowMs); }, [&]() -> ReservationView {
        // A prepaid programme holds the points' value in its funding wallet until confirm or release.
        Deduction deduction = prepareDeduction(request.memberId, request.source, request.reference, request.points, nowMs);
        ReservationDraft &draft = deduction.draft;
        draft.expiresAtMs = nowMs + qint64(request.timeoutSeconds) * 1000;
        const qint64 reservationId = openReservation(draft, request.source);

        JournalEntry entry = draft.openingEntry(QStringLiteral("reserve"), reservationId, request.source, m_actor.name);
        entry.postings = {{deduction.accounts.available, -request.points}, {deduction.accounts.held, request.points}};
        QJsonObject details{{QStringLiteral("reservation"), reservationToken(reservationId)},
                            {QStringLiteral("points"), request.points},
                            {QStringLiteral("expires_at"), timeformat::toIso(draft.expiresAtMs)}};
        if (draft.fundingMinor > 0) {
            entry.postings.append({deduction.funding->available, -draft.fundingMinor, deduction.funding->unit});
            entry.postings.append({deduction.funding->held, draft.fundingMinor, deduction.funding->unit});
            details.insert(QStringLiteral("funding_held"), draft.fundingMinor);
        }
        m_journal.append(entry, QStringLiteral("reservation.reserve"), request.memberId, details);
        m_lots.hold(draft.allocations);
        return draft.view(reservationId, request.source);
    });
}

Result<ReservationView> Ledger::confirm(const ConfirmRequest &request)
{
    if (const auto check = validation::identifier(QStringLiteral("key"), request.idempotencyKey))
        return *check;
    if (request.points)
        if (const auto check = validation::points(QStringLiteral("points"), *request.points))
            return *check;
    const qint64 nowMs = m_clock.nowMs();
    QString memberId;
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        const ReservationRow row = loadReservationOf(request.reservationId, request.source);
        memberId = row.view.memberId;
        return IdempotencyScope{row.sourceId, request.idempotencyKey, QStringLiteral("confirm"),
                                OperationRunner::requestDigest({QString::number(request.reservationId), optionalNumber(request.points)})};
    };
    return m_runner.run<ReservationView>(scope, [&] { settleMember(memberId, nowMs); }, [&]() -> ReservationView {
        const ReservationRow row = loadReservation(request.reservationId);
        if (row.view.status != reservationstatus::reserved)
            refuseClosed(row.view);
        const Points points = request.points.value_or(row.view.reservedPoints);
        if (row.view.orderMinor > 0 && points != row.view.reservedPoints)
            throw Refusal{LedgerError::invalidArgument(
                QStringLiteral("points"), QStringLiteral("reservation %1 holds a checkout, which is confirmed whole (%2 points); "
                                                         "release it to cancel the order")
                                              .arg(reservationToken(request.reservationId))
                                              .arg(row.view.reservedPoints))};
        if (points > row.view.reservedPoints)
            throw Refusal{LedgerError::invalidArgument(
                QStringLiteral("points"), QStringLiteral("%1 is more than the %2 points the reservation holds")
                                              .arg(points)
                                              .arg(row.view.reservedPoints))};
        const QString reason = points < row.view.reservedPoints
                                   ? QStringLiteral("partial confirm; %1 released").arg(row.view.reservedPoints - points)
                                   : QString();
        return closeReservation(row, reservationstatus::confirmed, QStringLiteral("confirm"), reason, points,
                                m_actor.name, nowMs);
    });
}

Result<ReservationView> Ledger::release(const ReleaseRequest &request)
{
    for (const auto &check : {validation::identifier(QStringLiteral("key"), request.idempotencyKey),
                              validation::optionalText(QStringLiteral("reason"), request.reason)})
        if (check)
            return *check;
    const qint64 nowMs = m_clock.nowMs();
    const QString reason = request.reason.isEmpty() ? QStringLiteral("unspecified") : request.reason;
    QString memberId;
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        const ReservationRow row = loadReservationOf(request.reservationId, request.source);
        memberId = row.view.memberId;
        return IdempotencyScope{row.sourceId, request.idempotencyKey, QStringLiteral("release"),
                                OperationRunner::requestDigest({QString::number(request.reservationId), reason})};
    };
    return m_runner.run<ReservationView>(scope, [&] { settleMember(memberId, nowMs); }, [&]() -> ReservationView {
        const ReservationRow row = loadReservation(request.reservationId);
        if (row.view.status != reservationstatus::reserved)
            refuseClosed(row.view);
        return closeReservation(row, reservationstatus::released, QStringLiteral("release"), reason, 0, m_actor.name, nowMs,
                                request.source ? releaseorigin::platform : releaseorigin::admin);
    });
}

std::optional<LedgerError> Ledger::redeemRefusal(const RedeemRequest &request)
{
    for (const auto &check : {validation::identifier(QStringLiteral("member"), request.memberId),
                              validation::points(QStringLiteral("points"), request.points),
                              validation::identifier(QStringLiteral("source"), request.source),
                              validation::identifier(QStringLiteral("ref"), request.reference),
                              validation::identifier(QStringLiteral("key"), request.idempotencyKey)})
        if (check)
            return check;
    return std::nullopt;
}

IdempotencyScope Ledger::redeemScope(const RedeemRequest &request)
{
    return IdempotencyScope{m_accounts.sourceId(request.source), request.idempotencyKey, QStringLiteral("redeem"),
                            OperationRunner::requestDigest({request.memberId, QString::number(request.points), request.reference})};
}

Result<ReservationView> Ledger::redeem(const RedeemRequest &request)
{
    if (const std::optional<LedgerError> refusal = redeemRefusal(request))
        return *refusal;
    const qint64 nowMs = m_clock.nowMs();
    const auto scope = [&]() -> std::optional<IdempotencyScope> { return redeemScope(request); };
    return m_runner.run<ReservationView>(scope, [&] { settleMember(request.memberId, nowMs); }, [&]() -> ReservationView {
        return writeRedemption(request, prepareDeduction(request.memberId, request.source, request.reference, request.points, nowMs));
    });
}

// Reserve and confirm in one step: the reservation is born confirmed, with one entry.
ReservationView Ledger::writeRedemption(const RedeemRequest &request, Deduction deduction)
{
    ReservationDraft &draft = deduction.draft;
    draft.confirmed = true;
    draft.closeReason = QStringLiteral("redeem");
    const qint64 reservationId = openReservation(draft, request.source);

    JournalEntry entry = draft.openingEntry(QStringLiteral("confirm"), reservationId, request.source, m_actor.name);
    entry.reason = draft.closeReason;
    entry.postings = {{deduction.accounts.available, -request.points}, {m_accounts.programme(accountRedeemed), request.points}};
    QJsonObject details{{QStringLiteral("reservation"), reservationToken(reservationId)}, {QStringLiteral("points"), request.points}};
    if (draft.fundingMinor > 0) {
        entry.postings.append({deduction.funding->available, -draft.fundingMinor, deduction.funding->unit});
        entry.postings.append({deduction.funding->drawn, draft.fundingMinor, deduction.funding->unit});
        details.insert(QStringLiteral("funding_drawn"), draft.fundingMinor);
    }
    const qint64 entryId = m_journal.append(entry, QStringLiteral("reservation.redeem"), request.memberId, details);
    m_lots.consume(entryId, draft.allocations);
    return draft.view(reservationId, request.source);
}

// A deduction of points, before it is opened: the member's accounts, the lots it takes and, in a
// prepaid programme, the funding its points' value needs (refused when the wallet cannot cover it).
Ledger::Deduction Ledger::prepareDeduction(const QString &memberId, const QString &sourceName, const QString &reference, Points points,
                                           qint64 nowMs)
{
    const MemberAccounts accounts = m_accounts.ofMember(memberId);
    const QList<LotAllocation> allocations = allocateOrRefuse(memberId, points, nowMs);
    const ProgrammeSettings settings = ProgrammeBook::currentIn(m_database);
    const std::optional<FundingAccounts> funding = m_wallets.prepaidFunding(settings);
    ReservationDraft draft =
        ReservationDraft::of(memberId, m_accounts.sourceId(sourceName), reference, points, nowMs, settings.pointValue, allocations);
    draft.fundingMinor = funding ? settings.pointValue.valueOf(points) : 0;
    if (funding)
        m_wallets.requireFunding(*funding, draft.fundingMinor);
    return {accounts, funding, draft};
}

// The next members `dueSql` names (its last two parameters: after this member id, at most this
// many), in member order.
Result<QStringList> Ledger::nextDueMembers(const QString &dueSql, QVariantList values, const QString &after)
{
    values << after << limits::maxMembersPerSweep;
    try {
        QSqlQuery &due = m_database.run(dueSql, values);
        QStringList members;
        while (due.next())
            members.append(due.value(0).toString());
        due.finish();
        return members;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<Ledger::ExpiryCounts> Ledger::expire()
{
    const qint64 nowMs = m_clock.nowMs();
    ExpiryCounts total;
    // In steps of at most maxMembersPerSweep members, each step after the last member settled.
    QString settledThrough;
    for (bool more = true; more;) {
        const Result<QStringList> due = nextDueMembers(QStringLiteral("SELECT DISTINCT member_id FROM lots WHERE remaining > held AND lapses_at_ms <= ? AND member_id > ? "
                                                     "ORDER BY member_id LIMIT ?"),
                                                       {nowMs}, settledThrough);
        if (!due)
            return due.error();
        const QStringList &members = due.value();
        more = members.size() == limits::maxMembersPerSweep;
        if (!members.isEmpty())
            settledThrough = members.constLast();
        for (const QString &memberId : std::as_const(members)) {
            struct Counts
            {
                int lots = 0;
                Points points = 0;
                QJsonObject toJson() const { return {}; }
                static Counts fromJson(const QJsonObject &) { return {}; }
            };
            const Result<Counts> expired = m_runner.run<Counts>({}, {}, [&]() -> Counts {
                Counts counts;
                QSqlQuery &posted = m_database.run(QStringLiteral("SELECT COALESCE(SUM(balance), 0) FROM accounts WHERE member_id = ? "
                                                                  "AND kind IN ('member', 'hold')"),
                                                   {memberId});
                posted.next();
                const Points postedBefore = posted.value(0).toLongLong();
                posted.finish();
                counts.lots = expireLapsedLots(memberId, nowMs);
                QSqlQuery &after = m_database.run(QStringLiteral("SELECT COALESCE(SUM(balance), 0) FROM accounts WHERE member_id = ? "
                                                                 "AND kind IN ('member', 'hold')"),
                                                  {memberId});
                after.next();
                counts.points = postedBefore - after.value(0).toLongLong();
                after.finish();
                return counts;
            });
            if (!expired)
                return expired.error();
            total.lots += expired.value().lots;
            total.points += expired.value().points;
            total.members += expired.value().lots > 0 ? 1 : 0;
        }
    }
    return total;
}

Result<Ledger::SweepCounts> Ledger::sweep()
{
    const qint64 nowMs = m_clock.nowMs();
    SweepCounts total;
    // In steps of at most maxMembersPerSweep members, each step after the last member settled.
    QString settledThrough;
    for (bool more = true; more;) {
        const Result<QStringList> due = nextDueMembers(QStringLiteral("SELECT member_id FROM (SELECT member_id FROM reservations WHERE status = 'reserved' "
                                                     "AND expires_at_ms <= ? UNION SELECT member_id FROM lots WHERE remaining > held "
                                                     "AND lapses_at_ms <= ?) due WHERE member_id > ? ORDER BY member_id LIMIT ?"),
                                                       {nowMs, nowMs}, settledThrough);
        if (!due)
            return due.error();
        const QStringList &members = due.value();
        more = members.size() == limits::maxMembersPerSweep;
        if (!members.isEmpty())
            settledThrough = members.constLast();
        for (const QString &memberId : std::as_const(members)) {
            struct Counts
            {
                SweepCounts counts;
                QJsonObject toJson() const { return {}; }
                static Counts fromJson(const QJsonObject &) { return {}; }
            };
            const Result<Counts> settled = m_runner.run<Counts>({}, {}, [&]() -> Counts { return {settleMember(memberId, nowMs)}; });
            if (!settled)
                return settled.error();
            total.timedOutReservations += settled.value().counts.timedOutReservations;
            total.expiredLots += settled.value().counts.expiredLots;
        }
    }
    for (bool more = true; more;) {
        struct Announced
        {
            int lots = 0;
            QJsonObject toJson() const { return {}; }
            static Announced fromJson(const QJsonObject &) { return {}; }
        };
        const Result<Announced> announced = m_runner.run<Announced>(
            {}, {}, [&]() -> Announced { return {m_outbox.announceExpiringLots(nowMs, limits::maxMembersPerSweep)}; });
        if (!announced)
            return announced.error();
        total.expiringAnnounced += announced.value().lots;
        more = announced.value().lots == limits::maxMembersPerSweep;
    }
    return total;
}

// ---- reads -----------------------------------------------------------------------------------------

Result<MemberView> Ledger::member(const QString &memberId)
{
    try {
        QSqlQuery &query = m_database.run(
            QStringLiteral("SELECT name, hris, department, created_at_ms FROM members WHERE id = ?"), {memberId});
        if (!query.next()) {
            query.finish();
            return LedgerError{errors::unknownMember, QStringLiteral("member: there is no member '%1'").arg(memberId),
                               {{QStringLiteral("field"), QStringLiteral("member")}, {QStringLiteral("member"), memberId}}};
        }
        MemberView view{memberId, query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toLongLong()};
        query.finish();
        return view;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<QList<LotState>> Ledger::openLots(const QString &memberId)
{
    const Result<MemberView> found = member(memberId);
    if (!found)
        return found.error();
    try {
        return m_lots.openLots(memberId);
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<Balance> Ledger::balance(const QString &memberId)
{
    if (const auto check = validation::identifier(QStringLiteral("member"), memberId))
        return *check;
    try {
        m_accounts.ofMember(memberId);
        const MemberPosition position = m_lots.position(memberId, m_clock.nowMs());
        return Balance{memberId, position.available(), position.held, position.posted, m_wallets.walletBalance(memberId)};
    } catch (const Refusal &refusal) {
        return refusal.error;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<ReservationView> Ledger::reservation(qint64 reservationId)
{
    try {
        ReservationView view = loadReservation(reservationId).view;
        const qint64 nowMs = m_clock.nowMs();
        // A hold past its timeout is shown as what it already is, swept or not.
        if (view.status == reservationstatus::reserved && view.expiresAtMs <= nowMs) {
            view.status = reservationstatus::timedOut;
            view.closedAtMs = view.expiresAtMs;
            view.closeReason = QStringLiteral("timeout");
        }
        return view;
    } catch (const Refusal &refusal) {
        return refusal.error;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

}  // namespace orchard

namespace orchard {

Result<qint64> Ledger::expiringNoticeDays()
{
    try {
        return m_outbox.expiringNoticeDays();
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<qint64> Ledger::setExpiringNoticeDays(qint64 days)
{
    if (days < 1 || days > 365)
        return LedgerError::invalidArgument(QStringLiteral("expiring-days"),
                                            QStringLiteral("%1 is outside 1 to 365 days").arg(days));
    if (m_database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    try {
        m_database.beginWrite();
        const qint64 before = m_outbox.expiringNoticeDays();
        m_outbox.setExpiringNoticeDays(days);
        m_audit.append({m_clock.nowMs(), m_actor.name, m_actor.source, QStringLiteral("outbox.notice_days"), QStringLiteral("programme"),
                        {{QStringLiteral("before"), before}, {QStringLiteral("after"), days}}, std::nullopt, QString()});
        m_database.commit();
    } catch (const SqlFailure &failure) {
        if (m_database.inTransaction())
            m_database.rollback();
        return ledgerErrorFor(failure);
    }
    return days;
}

}  // namespace orchard
