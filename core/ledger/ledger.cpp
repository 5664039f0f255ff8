#include "ledger/ledger.h"

#include "ledger/accountcodes.h"
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
      m_lots(database), m_reservations(database)
{
}

// ---- transactions, idempotency, errors -------------------------------------------------------

QString Ledger::requestDigest(std::initializer_list<QString> parts)
{
    QString canonical;
    for (const QString &part : parts)
        canonical += part + QChar(0x1f);
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

template<typename T>
Result<T> Ledger::mutate(const std::function<std::optional<IdempotencyScope>()> &scope,
                         const std::function<void()> &settle, const std::function<T()> &body)
{
    if (m_database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    const bool ownTransaction = !m_database.inTransaction();
    try {
        if (ownTransaction)
            m_database.beginWrite();
    } catch (const SqlFailure &failure) {
        return errorFromSql(failure);
    }
    try {
        m_database.executeSavepointCommand(QStringLiteral("SAVEPOINT orchard_op"));
        m_audit.hold();
        try {
            const std::optional<IdempotencyScope> keyed = scope ? scope() : std::nullopt;
            if (keyed) {
                bool succeeded = false;
                if (const std::optional<QJsonObject> previous = replay(*keyed, &succeeded)) {
                    m_audit.drop();
                    m_database.executeSavepointCommand(QStringLiteral("RELEASE orchard_op"));
                    if (ownTransaction)
                        m_database.commit();
                    if (succeeded)
                        return T::fromJson(*previous);
                    return LedgerError::fromJson(*previous);
                }
            }
            if (settle)
                settle();
            m_database.executeSavepointCommand(QStringLiteral("SAVEPOINT orchard_body"));
            const qsizetype settledRecords = m_audit.heldCount();
            std::optional<T> value;
            std::optional<LedgerError> refusal;
            try {
                value = body();
                m_database.executeSavepointCommand(QStringLiteral("RELEASE orchard_body"));
            } catch (const Refusal &bodyRefusal) {
                if (bodyRefusal.error.kind() != ErrorKind::Refused)
                    throw;
                m_database.executeSavepointCommand(QStringLiteral("ROLLBACK TO orchard_body"));
                m_database.executeSavepointCommand(QStringLiteral("RELEASE orchard_body"));
                m_audit.dropFrom(settledRecords);  // the body's records went with its work; settling's stay
                refusal = bodyRefusal.error;
            }
            // The stored answer is sealed by this operation's last audit record, together with
            // earlier answers of this transaction that had no record of their own (refusals).
            QJsonArray answers = m_unsealedKeys;
            if (keyed)
                answers.append(QJsonArray{QString::number(keyed->sourceId), keyed->key,
                                          remember(*keyed, value.has_value(), value ? jsonOf(*value) : refusal->toJson(),
                                                   m_clock.nowMs())});
            const bool sealed = m_audit.flush(answers);
            m_database.executeSavepointCommand(QStringLiteral("RELEASE orchard_op"));
            m_unsealedKeys = sealed ? QJsonArray() : answers;
            if (ownTransaction) {
                sealIdempotencyKeys();
                m_database.commit();
            }
            if (value)
                return *value;
            return *refusal;
        } catch (const Refusal &refusal) {
            m_audit.drop();
            m_database.executeSavepointCommand(QStringLiteral("ROLLBACK TO orchard_op"));
            m_database.executeSavepointCommand(QStringLiteral("RELEASE orchard_op"));
            if (ownTransaction)
                m_database.commit();
            return refusal.error;
        }
    } catch (const SqlFailure &failure) {
        undoOperation(ownTransaction);
        return errorFromSql(failure);
    } catch (const InvariantViolation &violation) {
        undoOperation(ownTransaction);
        return LedgerError{errors::internal, QStringLiteral("a ledger invariant would have broken: %1; nothing was changed").arg(violation.violated),
                           {{QStringLiteral("violated"), violation.violated}}};
    }
}

void Ledger::undoOperation(bool ownTransaction)
{
    m_memberAccounts.clear();
    m_audit.drop();
    if (ownTransaction) {
        m_unsealedKeys = {};
        m_database.rollback();
    } else {
        QSqlQuery undo(m_database.connection());
        undo.exec(QStringLiteral("ROLLBACK TO orchard_op"));
        undo.exec(QStringLiteral("RELEASE orchard_op"));
    }
}

std::optional<QJsonObject> Ledger::replay(const IdempotencyScope &scope, bool *succeeded)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT operation, request_digest, succeeded, response FROM idempotency_keys "
                       "WHERE source_id = ? AND key = ?"),
        {scope.sourceId, scope.key});
    if (!query.next()) {
        query.finish();
        return std::nullopt;
    }
    const QString operation = query.value(0).toString();
    const QString digest = query.value(1).toString();
    *succeeded = query.value(2).toInt() != 0;
    const QByteArray response = query.value(3).toString().toUtf8();
    query.finish();
    if (operation != scope.operation || digest != scope.requestDigest)
        throw Refusal{{errors::idempotencyConflict,
                       QStringLiteral("idempotency key '%1' was already used for a different %2 request")
                           .arg(scope.key, operation),
                       {{QStringLiteral("key"), scope.key}, {QStringLiteral("first_operation"), operation}}}};
    return QJsonDocument::fromJson(response).object();
}

QString Ledger::remember(const IdempotencyScope &scope, bool succeeded, const QJsonObject &response, qint64 nowMs)
{
    const QString stored = QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact));
    m_database.run(QStringLiteral("INSERT INTO idempotency_keys (source_id, key, operation, request_digest, succeeded, "
                                  "response, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {scope.sourceId, scope.key, scope.operation, scope.requestDigest, succeeded ? 1 : 0, stored, nowMs});
    return AuditLog::idempotencyDigest(scope.sourceId, scope.key, scope.operation, scope.requestDigest, succeeded, stored);
}

void Ledger::sealIdempotencyKeys()
{
    if (m_unsealedKeys.isEmpty())
        return;
    // One audit record per transaction seals every answer it stored, so a stored answer that is
    // edited later (a retry would get other bytes back) breaks the chain's promise and verify says so.
    AuditLog::Record record;
    record.atMs = m_clock.nowMs();
    record.actor = m_actor.name;
    record.source = m_actor.source;
    record.action = AuditLog::idempotencySealAction;
    record.subject = QStringLiteral("idempotency");
    record.details = {{QStringLiteral("keys"), m_unsealedKeys}};
    m_audit.append(record);
    m_unsealedKeys = {};
}

LedgerError Ledger::errorFromSql(const SqlFailure &failure) const
{
    return ledgerErrorFor(failure);
}

Result<bool> Ledger::beginBatch()
{
    try {
        m_database.beginWrite();
    } catch (const SqlFailure &failure) {
        return errorFromSql(failure);
    }
    return true;
}

Result<bool> Ledger::commitBatch()
{
    try {
        sealIdempotencyKeys();
        m_database.commit();
    } catch (const SqlFailure &failure) {
        m_memberAccounts.clear();
        m_unsealedKeys = {};
        m_database.rollback();
        return errorFromSql(failure);
    }
    return true;
}

void Ledger::abandonBatch()
{
    m_memberAccounts.clear();
    m_unsealedKeys = {};
    if (m_database.inTransaction())
        m_database.rollback();
}

// ---- look-ups ------------------------------------------------------------------------------------

qint64 Ledger::sourceId(const QString &name)
{
    if (const auto it = m_sourceIds.constFind(name); it != m_sourceIds.constEnd())
        return it.value();
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT id FROM sources WHERE name = ?"), {name});
    if (!query.next()) {
        query.finish();
        throw Refusal{{errors::unknownSource, QStringLiteral("source: there is no source named '%1'").arg(name),
                       {{QStringLiteral("field"), QStringLiteral("source")}, {QStringLiteral("source"), name}}}};
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    m_sourceIds.insert(name, id);
    return id;
}

Ledger::MemberAccounts Ledger::accountsOf(const QString &memberId)
{
    if (const auto it = m_memberAccounts.constFind(memberId); it != m_memberAccounts.constEnd())
        return it.value();
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT id, kind FROM accounts WHERE member_id = ? AND kind IN ('member', 'hold')"), {memberId});
    MemberAccounts accounts;
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("member"))
            accounts.available = query.value(0).toLongLong();
        else
            accounts.held = query.value(0).toLongLong();
    }
    query.finish();
    if (accounts.available == 0 || accounts.held == 0)
        throw Refusal{{errors::unknownMember, QStringLiteral("member: there is no member '%1'").arg(memberId),
                       {{QStringLiteral("field"), QStringLiteral("member")}, {QStringLiteral("member"), memberId}}}};
    m_memberAccounts.insert(memberId, accounts);
    return accounts;
}

qint64 Ledger::programmeAccount(const QString &code)
{
    if (const auto it = m_programmeAccounts.constFind(code); it != m_programmeAccounts.constEnd())
        return it.value();
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT id FROM accounts WHERE code = ?"), {code});
    if (!query.next())
        throw SqlFailure(code, QSqlError(QStringLiteral("the programme account %1 is missing").arg(code)));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    m_programmeAccounts.insert(code, id);
    return id;
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

void Ledger::expireLot(const QString &memberId, const LotState &lot, qint64 nowMs)
{
    const Points points = lot.remaining - lot.held;
    Q_ASSERT(points > 0);
    const MemberAccounts accounts = accountsOf(memberId);
    JournalEntry entry;
    entry.kind = QStringLiteral("expire");
    entry.postedAtMs = nowMs;
    entry.memberId = memberId;
    entry.sourceId = sourceId(sourceAdmin);
    entry.sourceName = sourceAdmin;
    entry.reference = QStringLiteral("lot-%1").arg(lot.lotId);
    entry.actor = actorExpiry;
    entry.points = points;
    entry.reason = QStringLiteral("expired");
    entry.postings = {{accounts.available, -points}, {programmeAccount(accountExpired), points}};
    const qint64 entryId = m_journal.append(entry, QStringLiteral("points.expire"), memberId,
                                            {{QStringLiteral("lot"), lot.lotId},
                                             {QStringLiteral("points"), points},
                                             {QStringLiteral("expires_at"), timeformat::toIso(*lot.expiresAtMs)}});
    m_lots.expire(entryId, lot.lotId, points);
}

ReservationView Ledger::closeReservation(const ReservationRow &row, const QString &status, const QString &entryKind,
                                         const QString &reason, Points confirmedPoints, const QString &actorName,
                                         qint64 nowMs)
{
    const ReservationView &view = row.view;
    Q_ASSERT(view.status == reservationstatus::reserved);
    Q_ASSERT(confirmedPoints >= 0 && confirmedPoints <= view.reservedPoints);
    const MemberAccounts accounts = accountsOf(view.memberId);
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
        entry.postings.append({programmeAccount(accountRedeemed), confirmedPoints});
    if (returned > 0)
        entry.postings.append({accounts.available, returned});
    // The funding held for the points: the confirmed points' value is drawn, the rest goes back.
    qint64 drawn = 0;
    if (view.fundingMinor > 0) {
        const std::optional<FundingAccounts> funding = existingFunding();
        if (!funding)
            throw SqlFailure(QStringLiteral("close reservation"),
                             QSqlError(QStringLiteral("reservation %1 holds funding but the funding wallet is missing")
                                           .arg(view.reservationId)));
        drawn = std::min(view.fundingMinor, row.value.valueOf(confirmedPoints));
        entry.postings.append({funding->held, -view.fundingMinor, funding->unit});
        if (drawn > 0)
            entry.postings.append({funding->drawn, drawn, funding->unit});
        if (view.fundingMinor - drawn > 0)
            entry.postings.append({funding->available, view.fundingMinor - drawn, funding->unit});
    }
    // A checkout's wallet leg is paid whole on confirm, returned whole otherwise.
    if (view.walletMinor > 0) {
        const WalletAccounts wallet = walletOf(view.memberId, {});
        entry.postings.append({wallet.held, -view.walletMinor, wallet.unit});
        if (status == reservationstatus::confirmed)
            entry.postings.append({ensureAccount(accountcodes::merchant, QStringLiteral("merchant"), wallet.unit),
                                   view.walletMinor, wallet.unit});
        else
            entry.postings.append({wallet.available, view.walletMinor, wallet.unit});
    }

    QJsonObject details{{QStringLiteral("reservation"), reservationToken(view.reservationId)},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("reserved_points"), view.reservedPoints},
                        {QStringLiteral("confirmed_points"), confirmedPoints}};
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
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
    return mutate<MemberView>({}, {}, [&]() -> MemberView {
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
        m_database.run(QStringLiteral("INSERT INTO accounts (code, kind, member_id) VALUES (?, 'member', ?)"),
                       {QString(QStringLiteral("member:") + request.memberId), request.memberId});
        m_database.run(QStringLiteral("INSERT INTO accounts (code, kind, member_id) VALUES (?, 'hold', ?)"),
                       {QString(QStringLiteral("hold:") + request.memberId), request.memberId});
        MemberView view{request.memberId, request.name, request.hris, request.department, nowMs};
        m_audit.append({nowMs, m_actor.name, m_actor.source, QStringLiteral("member.add"), request.memberId,
                        view.toJson(), std::nullopt, QString()});
        return view;
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
        return IdempotencyScope{sourceId(sourceAdmin), request.idempotencyKey, QStringLiteral("issue"),
                                requestDigest({request.memberId, QString::number(request.points),
                                          optionalNumber(request.expiresAtMs), request.reason})};
    };
    // Settled first, so expired-but-unswept points do not count against the balance limit.
    return mutate<IssueReceipt>(scope, [&] { settleMember(request.memberId, nowMs); }, [&]() -> IssueReceipt {
        const MemberAccounts accounts = accountsOf(request.memberId);
        QSqlQuery &balances = m_database.run(
            QStringLiteral("SELECT COALESCE(SUM(balance), 0) FROM accounts WHERE id IN (?, ?)"),
            {accounts.available, accounts.held});
        balances.next();
        const Points posted = balances.value(0).toLongLong();
        balances.finish();
        if (posted + request.points > limits::maxAccountBalance)
            throw Refusal{{errors::balanceLimit,
                           QStringLiteral("member '%1' would hold more than %2 points")
                               .arg(request.memberId)
                               .arg(limits::maxAccountBalance),
                           {{QStringLiteral("posted"), posted}}}};
        const qint64 issuedAccount = programmeAccount(accountIssued);
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

        JournalEntry entry;
        entry.kind = QStringLiteral("issue");
        entry.postedAtMs = nowMs;
        entry.memberId = request.memberId;
        entry.sourceId = sourceId(sourceAdmin);
        entry.sourceName = sourceAdmin;
        entry.reference = request.idempotencyKey;
        entry.actor = m_actor.name;
        entry.points = request.points;
        entry.reason = request.reason;
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
        return IdempotencyScope{sourceId(request.source), request.idempotencyKey, QStringLiteral("reserve"),
                                requestDigest({request.memberId, QString::number(request.points), request.reference,
                                          QString::number(request.timeoutSeconds)})};
    };
    return mutate<ReservationView>(scope, [&] { settleMember(request.memberId, nowMs); }, [&]() -> ReservationView {
        const MemberAccounts accounts = accountsOf(request.memberId);
        const QList<LotAllocation> allocations = allocateOrRefuse(request.memberId, request.points, nowMs);
        const qint64 source = sourceId(request.source);
        const qint64 expiresAtMs = nowMs + qint64(request.timeoutSeconds) * 1000;
        // A prepaid programme holds the points' value in its funding wallet until confirm or release.
        const ProgrammeSettings settings = ProgrammeBook::currentIn(m_database);
        const std::optional<FundingAccounts> funding = prepaidFunding(settings);
        const qint64 fundingHeld = funding ? settings.pointValue.valueOf(request.points) : 0;
        if (funding)
            requireFunding(*funding, fundingHeld);
        ReservationDraft draft =
            ReservationDraft::of(request.memberId, source, request.reference, request.points, nowMs, settings.pointValue, allocations);
        draft.expiresAtMs = expiresAtMs;
        draft.fundingMinor = fundingHeld;
        const qint64 reservationId = m_reservations.open(draft);

        JournalEntry entry = draft.openingEntry(QStringLiteral("reserve"), reservationId, request.source, m_actor.name);
        entry.postings = {{accounts.available, -request.points}, {accounts.held, request.points}};
        QJsonObject details{{QStringLiteral("reservation"), reservationToken(reservationId)},
                            {QStringLiteral("points"), request.points},
                            {QStringLiteral("expires_at"), timeformat::toIso(expiresAtMs)}};
        if (fundingHeld > 0) {
            entry.postings.append({funding->available, -fundingHeld, funding->unit});
            entry.postings.append({funding->held, fundingHeld, funding->unit});
            details.insert(QStringLiteral("funding_held"), fundingHeld);
        }
        m_journal.append(entry, QStringLiteral("reservation.reserve"), request.memberId, details);
        m_lots.hold(allocations);
        ReservationView view;
        view.reservationId = reservationId;
        view.memberId = request.memberId;
        view.source = request.source;
        view.reference = request.reference;
        view.status = reservationstatus::reserved;
        view.reservedPoints = request.points;
        view.createdAtMs = nowMs;
        view.expiresAtMs = expiresAtMs;
        view.fundingMinor = fundingHeld;
        return view;
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
        const ReservationRow row = loadReservation(request.reservationId);
        if (request.source && *request.source != row.view.source)
            throw Refusal{{errors::forbidden,
                           QStringLiteral("reservation %1 belongs to %2, not to %3")
                               .arg(reservationToken(request.reservationId), row.view.source, *request.source),
                           {{QStringLiteral("reservation"), reservationToken(request.reservationId)}}}};
        memberId = row.view.memberId;
        return IdempotencyScope{row.sourceId, request.idempotencyKey, QStringLiteral("confirm"),
                                requestDigest({QString::number(request.reservationId), optionalNumber(request.points)})};
    };
    return mutate<ReservationView>(scope, [&] { settleMember(memberId, nowMs); }, [&]() -> ReservationView {
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
        const ReservationRow row = loadReservation(request.reservationId);
        if (request.source && *request.source != row.view.source)
            throw Refusal{{errors::forbidden,
                           QStringLiteral("reservation %1 belongs to %2, not to %3")
                               .arg(reservationToken(request.reservationId), row.view.source, *request.source),
                           {{QStringLiteral("reservation"), reservationToken(request.reservationId)}}}};
        memberId = row.view.memberId;
        return IdempotencyScope{row.sourceId, request.idempotencyKey, QStringLiteral("release"),
                                requestDigest({QString::number(request.reservationId), reason})};
    };
    return mutate<ReservationView>(scope, [&] { settleMember(memberId, nowMs); }, [&]() -> ReservationView {
        const ReservationRow row = loadReservation(request.reservationId);
        if (row.view.status != reservationstatus::reserved)
            refuseClosed(row.view);
        return closeReservation(row, reservationstatus::released, QStringLiteral("release"), reason, 0, m_actor.name,
                                nowMs);
    });
}

Result<ReservationView> Ledger::redeem(const RedeemRequest &request)
{
    for (const auto &check : {validation::identifier(QStringLiteral("member"), request.memberId),
                              validation::points(QStringLiteral("points"), request.points),
                              validation::identifier(QStringLiteral("source"), request.source),
                              validation::identifier(QStringLiteral("ref"), request.reference),
                              validation::identifier(QStringLiteral("key"), request.idempotencyKey)})
        if (check)
            return *check;
    const qint64 nowMs = m_clock.nowMs();
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        return IdempotencyScope{sourceId(request.source), request.idempotencyKey, QStringLiteral("redeem"),
                                requestDigest({request.memberId, QString::number(request.points), request.reference})};
    };
    return mutate<ReservationView>(scope, [&] { settleMember(request.memberId, nowMs); }, [&]() -> ReservationView {
        const MemberAccounts accounts = accountsOf(request.memberId);
        const QList<LotAllocation> allocations = allocateOrRefuse(request.memberId, request.points, nowMs);
        const qint64 source = sourceId(request.source);
        const ProgrammeSettings settings = ProgrammeBook::currentIn(m_database);
        const std::optional<FundingAccounts> funding = prepaidFunding(settings);
        const qint64 drawn = funding ? settings.pointValue.valueOf(request.points) : 0;
        if (funding)
            requireFunding(*funding, drawn);
        // Reserve and confirm in one step: the reservation is born confirmed, with one entry.
        ReservationDraft draft =
            ReservationDraft::of(request.memberId, source, request.reference, request.points, nowMs, settings.pointValue, allocations);
        draft.confirmed = true;
        draft.fundingMinor = drawn;
        const qint64 reservationId = m_reservations.open(draft);

        JournalEntry entry = draft.openingEntry(QStringLiteral("confirm"), reservationId, request.source, m_actor.name);
        entry.reason = QStringLiteral("redeem");
        entry.postings = {{accounts.available, -request.points}, {programmeAccount(accountRedeemed), request.points}};
        QJsonObject details{{QStringLiteral("reservation"), reservationToken(reservationId)},
                            {QStringLiteral("points"), request.points}};
        if (drawn > 0) {
            entry.postings.append({funding->available, -drawn, funding->unit});
            entry.postings.append({funding->drawn, drawn, funding->unit});
            details.insert(QStringLiteral("funding_drawn"), drawn);
        }
        const qint64 entryId = m_journal.append(entry, QStringLiteral("reservation.redeem"), request.memberId, details);
        m_lots.consume(entryId, allocations);
        ReservationView view;
        view.reservationId = reservationId;
        view.memberId = request.memberId;
        view.source = request.source;
        view.reference = request.reference;
        view.status = reservationstatus::confirmed;
        view.reservedPoints = request.points;
        view.confirmedPoints = request.points;
        view.createdAtMs = nowMs;
        view.expiresAtMs = nowMs;
        view.closedAtMs = nowMs;
        view.closeReason = QStringLiteral("redeem");
        view.fundingMinor = drawn;
        return view;
    });
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
        return errorFromSql(failure);
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
            const Result<Counts> expired = mutate<Counts>({}, {}, [&]() -> Counts {
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
            const Result<Counts> settled = mutate<Counts>({}, {}, [&]() -> Counts { return {settleMember(memberId, nowMs)}; });
            if (!settled)
                return settled.error();
            total.timedOutReservations += settled.value().counts.timedOutReservations;
            total.expiredLots += settled.value().counts.expiredLots;
        }
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
        return errorFromSql(failure);
    }
}

Result<Balance> Ledger::balance(const QString &memberId)
{
    if (const auto check = validation::identifier(QStringLiteral("member"), memberId))
        return *check;
    try {
        accountsOf(memberId);
        const MemberPosition position = m_lots.position(memberId, m_clock.nowMs());
        return Balance{memberId, position.available(), position.held, position.posted, walletBalance(memberId)};
    } catch (const Refusal &refusal) {
        return refusal.error;
    } catch (const SqlFailure &failure) {
        return errorFromSql(failure);
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
        return errorFromSql(failure);
    }
}

// The money operations (ledger_money.cpp) run through the same transaction machinery.
template Result<MoneyReceipt> Ledger::mutate<MoneyReceipt>(const std::function<std::optional<IdempotencyScope>()> &,
                                                           const std::function<void()> &,
                                                           const std::function<MoneyReceipt()> &);
template Result<QuoteView> Ledger::mutate<QuoteView>(const std::function<std::optional<IdempotencyScope>()> &,
                                                     const std::function<void()> &, const std::function<QuoteView()> &);
template Result<CheckoutReceipt> Ledger::mutate<CheckoutReceipt>(const std::function<std::optional<IdempotencyScope>()> &,
                                                                 const std::function<void()> &,
                                                                 const std::function<CheckoutReceipt()> &);

}  // namespace orchard
