// Model-based randomized test of Ledger. A seeded generator produces a long sequence of ledger
// operations (including retries, key conflicts, invalid input and clock jumps); each one runs
// against the real ledger and against a small in-memory reference model of the same rules, and
// after every step the outcomes and the touched member's balance must agree. Every
// verifyEvery steps the whole ledger is verified and compared.
//
//   ORCHARD_MODEL_SEED  the generator's seed (default 20261125)
//   ORCHARD_MODEL_OPS   how many operations to run (default 100000)
//
// A failure names the seed, the step and the operation, so it replays exactly.

#include "ledger/ledger.h"
#include "base/ledgerlimits.h"
#include "testledger.h"
#include "journal/verifier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <vector>

using namespace orchard;

namespace {

constexpr quint64 defaultSeed = 20261125;
constexpr int defaultOps = 100'000;
constexpr int verifyEvery = 10'000;
constexpr int pruneEvery = 1'000;
constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

const QStringList &memberPool()
{
    static const QStringList pool{QStringLiteral("m01"), QStringLiteral("m02"), QStringLiteral("m03"),
                                  QStringLiteral("m04"), QStringLiteral("m05"), QStringLiteral("m06"),
                                  QStringLiteral("m07"), QStringLiteral("m08")};
    return pool;
}
constexpr int initialMembers = 4;  // the rest are added by the generator as it goes

QString canonicalName(const QString &memberId)
{
    return QStringLiteral("Member ") + memberId;
}

bool hasControlCharacter(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        const char16_t code = c.unicode();
        return code < 0x20 || (code >= 0x7f && code <= 0x9f);
    });
}

// Quoted, with control characters escaped and long values shortened, for failure messages.
QString printable(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
            out += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (out.size() > 40)
        out = out.left(12) + QStringLiteral("...(%1 chars)").arg(text.size());
    return QStringLiteral("\"%1\"").arg(out);
}

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("none");
}

// ---- operations ----------------------------------------------------------------------------------

enum class OpKind { AddMember, Issue, Reserve, Confirm, Release, Redeem, Refund, Adjust, Advance, Sweep };

struct Op
{
    OpKind kind = OpKind::Advance;
    QString tag;  // why the generator made it: retry, conflict, invalid:..., to-event
    QString memberId;
    QString name;
    Points points = 0;
    std::optional<qint64> expiresAtMs;
    QString reason;
    QString source;
    QString reference;
    int timeoutSeconds = 900;
    qint64 reservationId = 0;
    std::optional<Points> confirmPoints;  // confirm: fewer than held; refund: a part (none: all that is left)
    std::optional<QString> callerSource;
    QString key;
    qint64 advanceMs = 0;

    bool keyed() const
    {
        return kind == OpKind::Issue || kind == OpKind::Reserve || kind == OpKind::Confirm || kind == OpKind::Release
               || kind == OpKind::Redeem || kind == OpKind::Refund || kind == OpKind::Adjust;
    }

    QString describe() const
    {
        QString text;
        const QString caller = callerSource ? printable(*callerSource) : QStringLiteral("none");
        switch (kind) {
        case OpKind::AddMember:
            text = QStringLiteral("add-member member=%1 name=%2").arg(printable(memberId), printable(name));
            break;
        case OpKind::Issue:
            text = QStringLiteral("issue member=%1 points=%2 expires_at_ms=%3 reason=%4 key=%5")
                       .arg(printable(memberId), QString::number(points), optionalNumber(expiresAtMs),
                            printable(reason), printable(key));
            break;
        case OpKind::Reserve:
            text = QStringLiteral("reserve member=%1 points=%2 source=%3 ref=%4 timeout=%5 key=%6")
                       .arg(printable(memberId), QString::number(points), printable(source), printable(reference),
                            QString::number(timeoutSeconds), printable(key));
            break;
        case OpKind::Confirm:
            text = QStringLiteral("confirm reservation=%1 points=%2 caller_source=%3 key=%4")
                       .arg(QString::number(reservationId), optionalNumber(confirmPoints), caller, printable(key));
            break;
        case OpKind::Release:
            text = QStringLiteral("release reservation=%1 reason=%2 caller_source=%3 key=%4")
                       .arg(QString::number(reservationId), printable(reason), caller, printable(key));
            break;
        case OpKind::Redeem:
            text = QStringLiteral("redeem member=%1 points=%2 source=%3 ref=%4 key=%5")
                       .arg(printable(memberId), QString::number(points), printable(source), printable(reference),
                            printable(key));
            break;
        case OpKind::Refund:
            text = QStringLiteral("refund reservation=%1 points=%2 reason=%3 caller_source=%4 key=%5")
                       .arg(QString::number(reservationId), optionalNumber(confirmPoints), printable(reason), caller, printable(key));
            break;
        case OpKind::Adjust:
            text = QStringLiteral("adjust member=%1 points=%2 reason=%3 key=%4")
                       .arg(printable(memberId), QString::number(points), printable(reason), printable(key));
            break;
        case OpKind::Advance:
            text = QStringLiteral("advance-clock by_ms=%1").arg(advanceMs);
            break;
        case OpKind::Sweep:
            text = QStringLiteral("sweep");
            break;
        }
        if (!tag.isEmpty())
            text += QStringLiteral(" [%1]").arg(tag);
        return text;
    }
};

// What an operation returned, reduced to what the model predicts.
struct Outcome
{
    QString error;                   // the error code; empty on success
    std::optional<Points> available;  // the "available" detail of insufficient_points
    qint64 id = 0;                   // lot id (issue) or reservation id
    QString memberId;
    QString name;    // add-member
    QString status;  // reservation status
    Points points = 0;  // issued or reserved points
    Points confirmedPoints = 0;

    friend bool operator==(const Outcome &, const Outcome &) = default;

    QString describe() const
    {
        if (!error.isEmpty())
            return available ? QStringLiteral("error %1 (available %2)").arg(error, QString::number(*available))
                             : QStringLiteral("error %1").arg(error);
        return QStringLiteral("ok id=%1 member=%2 name=%3 status=%4 points=%5 confirmed=%6")
            .arg(QString::number(id), memberId, name, status, QString::number(points), QString::number(confirmedPoints));
    }
};

Outcome failure(const QString &code)
{
    Outcome outcome;
    outcome.error = code;
    return outcome;
}

Outcome outcomeOf(const LedgerError &error)
{
    Outcome outcome = failure(error.code);
    if (error.code == errors::insufficientPoints)
        outcome.available = error.details.value(QStringLiteral("available")).toInteger(-1);
    return outcome;
}

Outcome outcomeOf(const MemberView &view)
{
    Outcome outcome;
    outcome.memberId = view.memberId;
    outcome.name = view.name;
    return outcome;
}

Outcome outcomeOf(const IssueReceipt &receipt)
{
    Outcome outcome;
    outcome.id = receipt.lotId;
    outcome.memberId = receipt.memberId;
    outcome.points = receipt.points;
    return outcome;
}

Outcome outcomeOf(const ReservationView &view)
{
    Outcome outcome;
    outcome.id = view.reservationId;
    outcome.memberId = view.memberId;
    outcome.status = view.status;
    outcome.points = view.reservedPoints;
    outcome.confirmedPoints = view.confirmedPoints;
    return outcome;
}

// A refund: its reservation, the points it gave back and those still refundable.
Outcome outcomeOf(const RefundReceipt &receipt)
{
    Outcome outcome;
    outcome.id = receipt.reservationId;
    outcome.memberId = receipt.memberId;
    outcome.status = QStringLiteral("refunded");
    outcome.points = receipt.points;
    outcome.confirmedPoints = receipt.pointsLeft;
    return outcome;
}

// An adjustment: the credited lot (0 for a debit) and the signed points.
Outcome outcomeOf(const CorrectionReceipt &receipt)
{
    Outcome outcome;
    outcome.id = receipt.lotId.value_or(0);
    outcome.memberId = receipt.memberId;
    outcome.points = receipt.points;
    return outcome;
}

// ---- the reference model -----------------------------------------------------------------------

// The ledger's rules over plain structs. Nothing is ever "swept": a hold past its timeout simply
// counts as timed out and a lot past its expiry as gone, which is what the ledger must report
// whether or not it has written that down yet. The clock only moves forward.
class Model
{
public:
    struct Lot
    {
        qint64 id = 0;
        qint64 issuedAtMs = 0;
        std::optional<qint64> expiresAtMs;
        Points remaining = 0;
    };
    struct Reservation
    {
        qint64 id = 0;
        QString memberId;
        QString source;
        QString status;  // reserved, confirmed or released; timed_out is derived from the clock
        Points reservedPoints = 0;
        Points confirmedPoints = 0;
        qint64 expiresAtMs = 0;
        QList<LotAllocation> allocations;  // in consumption order
        QList<LotAllocation> consumed;     // what the confirmation took, lot by lot, in that order
        QHash<qint64, Points> refundedByLot;
        Points refundedPoints = 0;
    };
    struct Member
    {
        QString name;
        std::vector<Lot> lots;   // in consumption order; dead lots are pruned
        QList<qint64> open;      // reservations whose stored status is reserved
    };
    struct Applied
    {
        Outcome outcome;
        bool replayed = false;    // answered from an idempotency record
        bool remembered = false;  // wrote a new idempotency record
        QString scope;            // source and key
    };

    explicit Model(qint64 nowMs) : m_nowMs(nowMs) {}

    qint64 nowMs() const { return m_nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }

    bool hasMember(const QString &memberId) const { return m_members.count(memberId) > 0; }
    QStringList memberIds() const
    {
        QStringList ids;
        for (const auto &[id, member] : m_members)
            ids.append(id);
        return ids;
    }
    qint64 lastReservationId() const { return m_nextReservationId - 1; }
    const Reservation *reservation(qint64 id) const
    {
        const auto it = m_reservations.find(id);
        return it == m_reservations.end() ? nullptr : &it->second;
    }
    QString statusOf(const Reservation &reservation) const
    {
        return isLive(reservation) || reservation.status != reservationstatus::reserved ? reservation.status
                                                                                          : reservationstatus::timedOut;
    }

    QList<qint64> confirmedReservations() const
    {
        QList<qint64> confirmed;
        for (const auto &[id, reservation] : m_reservations)
            if (reservation.status == reservationstatus::confirmed)
                confirmed.append(id);
        return confirmed;
    }

    QList<qint64> liveReservations() const
    {
        QList<qint64> live;
        for (const auto &[id, member] : m_members)
            for (const qint64 reservationId : member.open)
                if (isLive(m_reservations.at(reservationId)))
                    live.append(reservationId);
        return live;
    }

    // The next lot expiry or reservation timeout after now, to jump the clock exactly onto it.
    std::optional<qint64> nextEvent() const
    {
        std::optional<qint64> next;
        const auto consider = [&](qint64 atMs) {
            if (atMs > m_nowMs && (!next || atMs < *next))
                next = atMs;
        };
        for (const auto &[id, member] : m_members) {
            for (const Lot &lot : member.lots)
                if (lot.expiresAtMs)
                    consider(*lot.expiresAtMs);
            for (const qint64 reservationId : member.open)
                consider(m_reservations.at(reservationId).expiresAtMs);
        }
        return next;
    }

    Balance balance(const QString &memberId) const
    {
        Balance balance;
        balance.memberId = memberId;
        const auto it = m_members.find(memberId);
        if (it == m_members.end())
            return balance;
        const QHash<qint64, Points> holds = liveHolds(it->second);
        for (const Lot &lot : it->second.lots) {
            const Points held = holds.value(lot.id, 0);
            balance.held += held;
            // A live hold keeps its points after the lot's expiry; the rest of an expired lot is gone.
            balance.posted += isExpired(lot) ? held : lot.remaining;
        }
        balance.available = balance.posted - balance.held;
        return balance;
    }

    Applied apply(const Op &op);

    // Drops timed-out holds from the open lists and lots that can never count again.
    void prune()
    {
        for (auto &[id, member] : m_members) {
            member.open.removeIf([this](qint64 reservationId) { return !isLive(m_reservations.at(reservationId)); });
            const QHash<qint64, Points> holds = liveHolds(member);
            std::erase_if(member.lots, [&](const Lot &lot) {
                const Points held = holds.value(lot.id, 0);
                if (!isExpired(lot))
                    return lot.remaining == 0;
                if (held > 0)
                    return false;
                if (lot.remaining > 0)
                    ++expiredLotsWithPoints;
                return true;
            });
        }
    }

    int expiredLotsWithPoints = 0;
    int refundsIntoNewLots = 0;
    int confirmsOnExpiredLots = 0;
    int partialConfirms = 0;

private:
    struct KeyRecord
    {
        QString operation;
        QString digest;
        Outcome outcome;
    };
    struct Body
    {
        Outcome outcome;
        bool remember = true;  // refusals are remembered under the key; bad input is not
    };

    static bool consumesBefore(const Lot &a, const Lot &b)
    {
        if (a.expiresAtMs.has_value() != b.expiresAtMs.has_value())
            return a.expiresAtMs.has_value();
        if (a.expiresAtMs && *a.expiresAtMs != *b.expiresAtMs)
            return *a.expiresAtMs < *b.expiresAtMs;
        if (a.issuedAtMs != b.issuedAtMs)
            return a.issuedAtMs < b.issuedAtMs;
        return a.id < b.id;
    }
    static bool isIdentifier(const QString &value)
    {
        // Characters, not UTF-16 units; surrounding spaces are allowed (a padded id is simply another id).
        return !value.isEmpty() && value.toUcs4().size() <= limits::maxIdentifierLength && !hasControlCharacter(value)
               && !value.contains(QChar(QChar::ReplacementCharacter));
    }
    static bool isText(const QString &value)
    {
        return value.size() <= limits::maxTextLength && !hasControlCharacter(value);
    }
    static bool isPoints(Points points) { return points > 0 && points <= limits::maxPointsPerOperation; }
    static QString digestOf(const QStringList &parts) { return parts.join(QChar(0x1f)); }
    static Body reject(const QString &code) { return {failure(code), false}; }

    bool isExpired(const Lot &lot) const { return lot.expiresAtMs && *lot.expiresAtMs <= m_nowMs; }
    bool isLive(const Reservation &reservation) const
    {
        return reservation.status == reservationstatus::reserved && reservation.expiresAtMs > m_nowMs;
    }
    QHash<qint64, Points> liveHolds(const Member &member) const
    {
        QHash<qint64, Points> holds;
        for (const qint64 reservationId : member.open) {
            const Reservation &reservation = m_reservations.at(reservationId);
            if (isLive(reservation))
                for (const LotAllocation &allocation : reservation.allocations)
                    holds[allocation.lotId] += allocation.points;
        }
        return holds;
    }
    Lot &lotOf(Member &member, qint64 lotId)
    {
        for (Lot &lot : member.lots)
            if (lot.id == lotId)
                return lot;
        qFatal("model: lot %lld was pruned while still held", lotId);
    }

    bool isValid(const Op &op) const;
    Outcome addMember(const Op &op);
    Body issue(const Op &op);
    Body take(const Op &op);  // reserve and redeem
    Body close(const Op &op);  // confirm and release
    Body refund(const Op &op);
    std::optional<Body> allocateFree(const Member &member, Points points, QList<LotAllocation> &allocations) const;
    Body adjust(const Op &op);
    void addLot(Member &member, const Lot &lot)
    {
        member.lots.insert(std::upper_bound(member.lots.begin(), member.lots.end(), lot, consumesBefore), lot);
        m_lotTerms[lot.id] = lot;
    }

    qint64 m_nowMs;
    std::map<QString, Member> m_members;  // ordered, so the generator's choices replay exactly
    std::map<qint64, Reservation> m_reservations;
    std::map<qint64, Lot> m_lotTerms;  // every lot ever made, as made: a refund may bring back a pruned one
    QHash<QString, KeyRecord> m_keys;  // source + 0x1f + key
    qint64 m_nextLotId = 1;
    qint64 m_nextReservationId = 1;
};

bool Model::isValid(const Op &op) const
{
    switch (op.kind) {
    case OpKind::AddMember:
        return isIdentifier(op.memberId) && isText(op.name);
    case OpKind::Issue:
        return isIdentifier(op.memberId) && isPoints(op.points) && isText(op.reason) && isIdentifier(op.key)
               && (!op.expiresAtMs || *op.expiresAtMs > m_nowMs);
    case OpKind::Reserve:
        return isIdentifier(op.memberId) && isPoints(op.points) && isIdentifier(op.source)
               && isIdentifier(op.reference) && isIdentifier(op.key) && op.timeoutSeconds >= limits::minTimeoutSeconds
               && op.timeoutSeconds <= limits::maxTimeoutSeconds;
    case OpKind::Redeem:
        return isIdentifier(op.memberId) && isPoints(op.points) && isIdentifier(op.source)
               && isIdentifier(op.reference) && isIdentifier(op.key);
    case OpKind::Confirm:
        return isIdentifier(op.key) && (!op.confirmPoints || isPoints(*op.confirmPoints));
    case OpKind::Release:
        return isIdentifier(op.key) && isText(op.reason);
    case OpKind::Refund:
        return isIdentifier(op.key) && !op.reason.trimmed().isEmpty() && isText(op.reason)
               && (!op.confirmPoints || isPoints(*op.confirmPoints));
    case OpKind::Adjust:
        return isIdentifier(op.memberId) && op.points != 0 && isPoints(op.points < 0 ? -op.points : op.points)
               && !op.reason.trimmed().isEmpty() && isText(op.reason) && isIdentifier(op.key);
    case OpKind::Advance:
    case OpKind::Sweep:
        break;
    }
    return true;
}

Model::Applied Model::apply(const Op &op)
{
    Applied applied;
    if (!isValid(op)) {
        applied.outcome = failure(errors::invalidArgument);
        return applied;
    }
    if (op.kind == OpKind::AddMember) {
        applied.outcome = addMember(op);
        return applied;
    }

    // The idempotency scope: issue keys live under admin, reserve and redeem under the request's
    // source, confirm and release under the reservation's source.
    static const QStringList knownSources{sourceMarketplace, sourceLoyalife, sourceAdmin};
    QString source;
    QString operation;
    QString digest;
    switch (op.kind) {
    case OpKind::Issue:
        source = sourceAdmin;
        operation = QStringLiteral("issue");
        digest = digestOf({op.memberId, QString::number(op.points), optionalNumber(op.expiresAtMs), op.reason});
        break;
    case OpKind::Reserve:
    case OpKind::Redeem:
        if (!knownSources.contains(op.source)) {
            applied.outcome = failure(errors::unknownSource);
            return applied;
        }
        source = op.source;
        operation = op.kind == OpKind::Reserve ? QStringLiteral("reserve") : QStringLiteral("redeem");
        digest = digestOf({op.memberId, QString::number(op.points), op.reference,
                           op.kind == OpKind::Reserve ? QString::number(op.timeoutSeconds) : QStringLiteral("-")});
        break;
    case OpKind::Adjust:
        source = sourceAdmin;
        operation = QStringLiteral("adjust");
        digest = digestOf({op.memberId, QString::number(op.points), QStringLiteral("-"), op.reason});
        break;
    case OpKind::Confirm:
    case OpKind::Release:
    case OpKind::Refund: {
        const Reservation *target = reservation(op.reservationId);
        if (!target) {
            applied.outcome = failure(errors::unknownReservation);
            return applied;
        }
        if (op.callerSource && *op.callerSource != target->source) {
            applied.outcome = failure(errors::forbidden);
            return applied;
        }
        source = target->source;
        if (op.kind == OpKind::Confirm) {
            operation = QStringLiteral("confirm");
            digest = digestOf({QString::number(op.reservationId), optionalNumber(op.confirmPoints)});
        } else if (op.kind == OpKind::Refund) {
            operation = QStringLiteral("refund");
            digest = digestOf({QString::number(op.reservationId), optionalNumber(op.confirmPoints), QStringLiteral("-"), op.reason});
        } else {
            operation = QStringLiteral("release");
            // An empty reason is stored, and compared, as "unspecified".
            digest = digestOf({QString::number(op.reservationId),
                               op.reason.isEmpty() ? QStringLiteral("unspecified") : op.reason});
        }
        break;
    }
    case OpKind::AddMember:
    case OpKind::Advance:
    case OpKind::Sweep:
        qFatal("model: not a keyed operation");
    }

    applied.scope = source + QChar(0x1f) + op.key;
    if (const auto it = m_keys.constFind(applied.scope); it != m_keys.constEnd()) {
        if (it->operation != operation || it->digest != digest) {
            applied.outcome = failure(errors::idempotencyConflict);
            return applied;
        }
        applied.outcome = it->outcome;
        applied.replayed = true;
        return applied;
    }
    Body body;
    switch (op.kind) {
    case OpKind::Issue:
        body = issue(op);
        break;
    case OpKind::Reserve:
    case OpKind::Redeem:
        body = take(op);
        break;
    case OpKind::Refund:
        body = refund(op);
        break;
    case OpKind::Adjust:
        body = adjust(op);
        break;
    default:
        body = close(op);
        break;
    }
    applied.outcome = body.outcome;
    if (body.remember) {
        m_keys.insert(applied.scope, {operation, digest, body.outcome});
        applied.remembered = true;
    }
    return applied;
}

Outcome Model::addMember(const Op &op)
{
    auto it = m_members.find(op.memberId);
    if (it == m_members.end())
        it = m_members.emplace(op.memberId, Member{op.name, {}, {}}).first;
    else if (it->second.name != op.name)
        return failure(errors::memberExists);  // the same details again are a harmless retry
    Outcome outcome;
    outcome.memberId = op.memberId;
    outcome.name = it->second.name;
    return outcome;
}

Model::Body Model::issue(const Op &op)
{
    const auto it = m_members.find(op.memberId);
    if (it == m_members.end())
        return reject(errors::unknownMember);
    const Lot lot{m_nextLotId++, m_nowMs, op.expiresAtMs, op.points};
    addLot(it->second, lot);
    Body body;
    body.outcome.id = lot.id;
    body.outcome.memberId = op.memberId;
    body.outcome.points = op.points;
    return body;
}

// Earliest expiry first, never-expiring last; expired lots and held points are not free. The
// refusal (insufficient_points with what is available) when they do not cover `points`.
std::optional<Model::Body> Model::allocateFree(const Member &member, Points points, QList<LotAllocation> &allocations) const
{
    const QHash<qint64, Points> holds = liveHolds(member);
    Points available = 0;
    Points left = points;
    for (const Lot &lot : member.lots) {
        if (isExpired(lot))
            continue;
        const Points free = lot.remaining - holds.value(lot.id, 0);
        available += free;
        if (left > 0 && free > 0) {
            const Points taken = std::min(free, left);
            allocations.append({lot.id, taken});
            left -= taken;
        }
    }
    if (left == 0)
        return std::nullopt;
    Body body;
    body.outcome = failure(errors::insufficientPoints);
    body.outcome.available = available;
    return body;
}

Model::Body Model::take(const Op &op)
{
    const auto it = m_members.find(op.memberId);
    if (it == m_members.end())
        return reject(errors::unknownMember);
    Member &member = it->second;

    QList<LotAllocation> allocations;
    if (std::optional<Body> refused = allocateFree(member, op.points, allocations))
        return *refused;

    Reservation created;
    created.id = m_nextReservationId++;
    created.memberId = op.memberId;
    created.source = op.source;
    created.reservedPoints = op.points;
    created.allocations = allocations;
    if (op.kind == OpKind::Reserve) {
        created.status = reservationstatus::reserved;
        created.expiresAtMs = m_nowMs + qint64(op.timeoutSeconds) * secondMs;
        member.open.append(created.id);
    } else {
        created.status = reservationstatus::confirmed;
        created.confirmedPoints = op.points;
        created.expiresAtMs = m_nowMs;
        created.consumed = allocations;
        for (const LotAllocation &allocation : allocations)
            lotOf(member, allocation.lotId).remaining -= allocation.points;
    }
    m_reservations.emplace(created.id, created);
    Body body;
    body.outcome.id = created.id;
    body.outcome.memberId = created.memberId;
    body.outcome.status = created.status;
    body.outcome.points = created.reservedPoints;
    body.outcome.confirmedPoints = created.confirmedPoints;
    return body;
}

Model::Body Model::close(const Op &op)
{
    Reservation &target = m_reservations.at(op.reservationId);
    const QString status = statusOf(target);
    if (status == reservationstatus::confirmed)
        return {failure(errors::alreadyConfirmed)};
    if (status == reservationstatus::released)
        return {failure(errors::alreadyReleased)};
    if (status == reservationstatus::timedOut)
        return {failure(errors::reservationTimedOut)};

    Member &member = m_members.at(target.memberId);
    if (op.kind == OpKind::Confirm) {
        const Points points = op.confirmPoints.value_or(target.reservedPoints);
        if (points > target.reservedPoints)
            return reject(errors::invalidArgument);
        // The confirmed points come out of the reservation's lots in consumption order.
        Points toConsume = points;
        bool onExpiredLot = false;
        for (const LotAllocation &allocation : std::as_const(target.allocations)) {
            Lot &lot = lotOf(member, allocation.lotId);
            onExpiredLot = onExpiredLot || isExpired(lot);
            const Points consumed = std::min(allocation.points, toConsume);
            lot.remaining -= consumed;
            toConsume -= consumed;
            if (consumed > 0)
                target.consumed.append({allocation.lotId, consumed});
        }
        target.status = reservationstatus::confirmed;
        target.confirmedPoints = points;
        confirmsOnExpiredLots += onExpiredLot ? 1 : 0;
        partialConfirms += points < target.reservedPoints ? 1 : 0;
    } else {
        target.status = reservationstatus::released;
    }
    member.open.removeOne(target.id);
    Body body;
    body.outcome.id = target.id;
    body.outcome.memberId = target.memberId;
    body.outcome.status = target.status;
    body.outcome.points = target.reservedPoints;
    body.outcome.confirmedPoints = target.confirmedPoints;
    return body;
}

// Points go back to the lots they were taken from, the last taken first; a lot that has lapsed
// takes nothing back and its share goes into a new lot lapsing after the refund grace (30 days).
Model::Body Model::refund(const Op &op)
{
    Reservation &target = m_reservations.at(op.reservationId);
    if (statusOf(target) != reservationstatus::confirmed)
        return {failure(errors::notRefundable)};
    const Points left = target.confirmedPoints - target.refundedPoints;
    const Points points = op.confirmPoints.value_or(left);
    if (points > left || points == 0)
        return {failure(errors::refundExceedsConfirmed)};
    Member &member = m_members.at(target.memberId);
    Points toPlace = points;
    for (auto taken = target.consumed.crbegin(); taken != target.consumed.crend() && toPlace > 0; ++taken) {
        const Points share = std::min(toPlace, taken->points - target.refundedByLot.value(taken->lotId, 0));
        if (share <= 0)
            continue;
        toPlace -= share;
        target.refundedByLot[taken->lotId] += share;
        const Lot &terms = m_lotTerms.at(taken->lotId);
        if (isExpired(terms)) {
            ++refundsIntoNewLots;
            addLot(member, Lot{m_nextLotId++, m_nowMs, m_nowMs + 30 * dayMs, share});
            continue;
        }
        const auto found = std::find_if(member.lots.begin(), member.lots.end(), [&](const Lot &lot) { return lot.id == taken->lotId; });
        if (found != member.lots.end()) {
            found->remaining += share;
        } else {  // pruned when it was emptied
            Lot back = terms;
            back.remaining = share;
            member.lots.insert(std::upper_bound(member.lots.begin(), member.lots.end(), back, consumesBefore), back);
        }
    }
    if (toPlace != 0)
        qFatal("model: reservation %lld's lots do not cover its refund", target.id);
    target.refundedPoints += points;
    Body body;
    body.outcome.id = target.id;
    body.outcome.memberId = target.memberId;
    body.outcome.status = QStringLiteral("refunded");
    body.outcome.points = points;
    body.outcome.confirmedPoints = target.confirmedPoints - target.refundedPoints;
    return body;
}

// A credit is a new lot that never expires (the default policy); a debit takes free points as a
// redemption does.
Model::Body Model::adjust(const Op &op)
{
    const auto it = m_members.find(op.memberId);
    if (it == m_members.end())
        return reject(errors::unknownMember);
    Member &member = it->second;
    Body body;
    body.outcome.memberId = op.memberId;
    body.outcome.points = op.points;
    if (op.points > 0) {
        const Lot lot{m_nextLotId++, m_nowMs, std::nullopt, op.points};
        addLot(member, lot);
        body.outcome.id = lot.id;
        return body;
    }
    QList<LotAllocation> allocations;
    if (std::optional<Body> refused = allocateFree(member, -op.points, allocations))
        return *refused;
    for (const LotAllocation &allocation : std::as_const(allocations))
        lotOf(member, allocation.lotId).remaining -= allocation.points;
    return body;
}

// ---- the operation generator ---------------------------------------------------------------------

// Draws the next operation from the seed; it looks at the model only to aim its amounts and
// reservation choices, so one seed always yields the same sequence.
class Generator
{
public:
    Generator(quint64 seed, const Model &model)
        : m_random(std::array<quint32, 2>{quint32(seed), quint32(seed >> 32)}.data(), 2), m_model(model)
    {
    }

    Op next(int step)
    {
        Op op;
        if (step < initialMembers) {
            op.kind = OpKind::AddMember;
            op.memberId = memberPool().at(step);
            op.name = canonicalName(op.memberId);
            return op;
        }
        const int roll = below(1100);
        if (roll >= 1000)
            op = roll < 1060 ? refund() : adjust();
        else if (roll < 10)
            op = addMember();
        else if (roll < 160)
            op = issue();
        else if (roll < 360)
            op = take(OpKind::Reserve);
        else if (roll < 490)
            op = close(OpKind::Confirm);
        else if (roll < 560)
            op = close(OpKind::Release);
        else if (roll < 640)
            op = take(OpKind::Redeem);
        else if (roll < 720)
            op = advance();
        else if (roll < 750)
            op = jumpToNextEvent();
        else if (roll < 850)
            op = retry();
        else if (roll < 890)
            op = conflict();
        else if (roll < 990)
            op = invalid();
        else
            op.kind = OpKind::Sweep;
        if (op.keyed() && op.tag != QLatin1String("retry")) {
            m_history.append(op);
            if (m_history.size() > 4000)
                m_history.remove(0, 2000);
        }
        return op;
    }

private:
    int below(int bound) { return m_random.bounded(bound); }
    qint64 below(qint64 bound) { return m_random.bounded(bound); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    T pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    QString pickMember() { return pick(memberPool()); }
    QString pickSource() { return chance(50) ? sourceMarketplace : sourceLoyalife; }
    QString otherSource(const QString &source) const
    {
        return source == sourceMarketplace ? sourceLoyalife : sourceMarketplace;
    }
    QString nextKey() { return QStringLiteral("k%1").arg(++m_keys); }
    QString nextReference()
    {
        if (m_references > 0 && chance(10))
            return QStringLiteral("ref-%1").arg(1 + below(m_references));  // references need not be unique
        return QStringLiteral("ref-%1").arg(++m_references);
    }

    // Mostly within what the member has (sometimes all of it), sometimes just over, sometimes anything.
    Points amountFor(const QString &memberId)
    {
        const Points available = m_model.hasMember(memberId) ? m_model.balance(memberId).available : 0;
        const int roll = below(100);
        if (roll < 10 && available > 0)
            return available;
        if (roll < 60 && available > 0)
            return 1 + below(available);
        if (roll < 75)
            return available + 1 + below(50);
        return 1 + below(3000);
    }

    std::optional<qint64> expiry()
    {
        const qint64 now = m_model.nowMs();
        const int roll = below(100);
        if (roll < 40)
            return std::nullopt;
        if (roll < 55)
            return now + 1 + below(10 * minuteMs);
        if (roll < 80)
            return (now / dayMs + 1 + below(7)) * dayMs;  // midnights: many lots share an expiry
        return now + 1 + below(7 * dayMs);
    }

    int timeout() { return chance(30) ? 1 + below(60) : 1 + below(3600); }

    std::optional<qint64> pickReservation()
    {
        const QList<qint64> live = m_model.liveReservations();
        if (!live.isEmpty() && chance(75))
            return pick(live);
        if (m_model.lastReservationId() > 0)
            return 1 + below(m_model.lastReservationId());
        return std::nullopt;
    }

    std::optional<Op> fromHistory()
    {
        if (m_history.isEmpty())
            return std::nullopt;
        const int size = int(m_history.size());
        return m_history.at(chance(70) ? size - 1 - below(std::min(size, 100)) : below(size));
    }

    Op addMember()
    {
        Op op;
        op.kind = OpKind::AddMember;
        op.memberId = pickMember();
        op.name = chance(85) ? canonicalName(op.memberId) : QStringLiteral("Renamed ") + op.memberId;
        return op;
    }

    Op issue()
    {
        static const QStringList reasons{QString(), QStringLiteral("welcome bonus"), QStringLiteral("monthly award")};
        Op op;
        op.kind = OpKind::Issue;
        op.memberId = pickMember();
        op.points = chance(5) ? 1 : 1 + below(qint64(2000));
        op.expiresAtMs = expiry();
        op.reason = pick(reasons);
        op.key = nextKey();
        return op;
    }

    Op take(OpKind kind)
    {
        Op op;
        op.kind = kind;
        op.memberId = pickMember();
        op.points = amountFor(op.memberId);
        op.source = pickSource();
        op.reference = nextReference();
        op.key = nextKey();
        if (kind == OpKind::Reserve)
            op.timeoutSeconds = timeout();
        return op;
    }

    Op close(OpKind kind)
    {
        static const QStringList reasons{QString(), QStringLiteral("unspecified"), QStringLiteral("customer cancelled"),
                                         QStringLiteral("payment failed")};
        const std::optional<qint64> id = pickReservation();
        if (!id)
            return take(OpKind::Reserve);
        const Model::Reservation &target = *m_model.reservation(*id);
        Op op;
        op.kind = kind;
        op.reservationId = *id;
        op.key = nextKey();
        if (chance(20))
            op.callerSource = target.source;
        if (kind == OpKind::Confirm) {
            const int roll = below(100);
            if (roll < 40)
                op.confirmPoints = 1 + below(target.reservedPoints);  // partial (or, rarely, all)
            else if (roll < 50)
                op.confirmPoints = target.reservedPoints;
        } else {
            op.reason = pick(reasons);
        }
        return op;
    }

    Op refund()
    {
        static const QStringList reasons{QStringLiteral("order cancelled"), QStringLiteral("supplier failed"), QStringLiteral("return")};
        const QList<qint64> confirmed = m_model.confirmedReservations();
        std::optional<qint64> id = !confirmed.isEmpty() && chance(85) ? std::optional<qint64>(pick(confirmed)) : pickReservation();
        if (!id)
            return issue();
        const Model::Reservation &target = *m_model.reservation(*id);
        Op op;
        op.kind = OpKind::Refund;
        op.reservationId = *id;
        op.reason = pick(reasons);
        op.key = nextKey();
        if (chance(20))
            op.callerSource = target.source;
        const Points left = target.confirmedPoints - target.refundedPoints;
        if (chance(55))
            op.confirmPoints = left > 0 && chance(80) ? 1 + below(left) : 1 + below(std::max<Points>(target.confirmedPoints, 1));
        return op;
    }

    Op adjust()
    {
        static const QStringList reasons{QStringLiteral("duplicate award"), QStringLiteral("goodwill"), QStringLiteral("correction")};
        Op op;
        op.kind = OpKind::Adjust;
        op.memberId = pickMember();
        op.points = chance(45) ? 1 + below(qint64(1000)) : -amountFor(op.memberId);
        op.reason = pick(reasons);
        op.key = nextKey();
        return op;
    }

    Op advance()
    {
        Op op;
        op.kind = OpKind::Advance;
        const int roll = below(100);
        if (roll < 10)
            op.advanceMs = 1 + below(secondMs);
        else if (roll < 65)
            op.advanceMs = 1 + below(2 * minuteMs);
        else if (roll < 92)
            op.advanceMs = minuteMs + below(2 * hourMs);  // past many reservation timeouts
        else
            op.advanceMs = 6 * hourMs + below(3 * dayMs);  // past lot expiries
        return op;
    }

    // Exactly onto the next timeout or expiry (expires_at <= now counts), or one millisecond before.
    Op jumpToNextEvent()
    {
        const std::optional<qint64> event = m_model.nextEvent();
        if (!event)
            return advance();
        Op op;
        op.kind = OpKind::Advance;
        op.advanceMs = *event - m_model.nowMs();
        op.tag = QStringLiteral("to-event");
        if (op.advanceMs > 1 && chance(25)) {
            op.advanceMs -= 1;
            op.tag = QStringLiteral("to-event-1ms");
        }
        return op;
    }

    Op retry()
    {
        std::optional<Op> op = fromHistory();
        if (!op)
            return issue();
        op->tag = QStringLiteral("retry");
        return *op;
    }

    // An earlier key with different arguments (or for a different operation in the same scope).
    Op conflict()
    {
        std::optional<Op> base = fromHistory();
        if (!base)
            return issue();
        Op op = *base;
        op.tag = QStringLiteral("conflict");
        switch (op.kind) {
        case OpKind::Issue:
            switch (below(3)) {
            case 0:
                op.points += 1;
                break;
            case 1:
                op.reason += QStringLiteral(" again");
                break;
            default:
                op.expiresAtMs = op.expiresAtMs ? std::nullopt : std::optional<qint64>(m_model.nowMs() + dayMs);
                break;
            }
            break;
        case OpKind::Reserve:
            switch (below(5)) {
            case 0:
                op.points += 1;
                break;
            case 1:
                op.reference += QStringLiteral("-b");
                break;
            case 2:
                op.timeoutSeconds = op.timeoutSeconds % 3600 + 1;
                break;
            case 3:
                op.memberId = pickMember();
                break;
            default:
                op.kind = OpKind::Redeem;
                break;
            }
            break;
        case OpKind::Redeem:
            switch (below(3)) {
            case 0:
                op.points += 1;
                break;
            case 1:
                op.reference += QStringLiteral("-b");
                break;
            default:
                op.kind = OpKind::Reserve;
                op.timeoutSeconds = timeout();
                break;
            }
            break;
        case OpKind::Confirm:
            switch (below(3)) {
            case 0: {
                const Model::Reservation *target = m_model.reservation(op.reservationId);
                op.confirmPoints = op.confirmPoints ? std::nullopt
                                                    : std::optional<Points>(target ? target->reservedPoints : 1);
                break;
            }
            case 1:
                op.reservationId = pickReservation().value_or(op.reservationId + 1);
                break;
            default:
                op.kind = OpKind::Release;
                break;
            }
            break;
        case OpKind::Release:
            switch (below(3)) {
            case 0:
                op.reason = op.reason.isEmpty() ? QStringLiteral("changed my mind") : op.reason + QStringLiteral(" again");
                break;
            case 1:  // not a conflict: an empty reason is "unspecified"
                if (op.reason.isEmpty() || op.reason == QLatin1String("unspecified")) {
                    op.reason = op.reason.isEmpty() ? QStringLiteral("unspecified") : QString();
                    op.tag = QStringLiteral("same-digest");
                } else {
                    op.reason.clear();
                }
                break;
            default:
                op.kind = OpKind::Confirm;
                break;
            }
            break;
        case OpKind::Refund:
            if (chance(50))
                op.confirmPoints = op.confirmPoints ? std::nullopt : std::optional<Points>(1);
            else
                op.reason += QStringLiteral(" again");
            break;
        case OpKind::Adjust:
            op.points = op.points == -1 ? 1 : op.points - 1;
            break;
        case OpKind::AddMember:
        case OpKind::Advance:
        case OpKind::Sweep:
            break;
        }
        return op;
    }

    Op keyedMemberOp()
    {
        switch (below(3)) {
        case 0:
            return issue();
        case 1:
            return take(OpKind::Reserve);
        default:
            return take(OpKind::Redeem);
        }
    }

    Op invalid()
    {
        const int variant = below(26);
        const Points badPoints = std::array<Points, 3>{0, -1 - below(qint64(1000)),
                                                       limits::maxPointsPerOperation + 1 + below(qint64(1000))}[below(3)];
        Op op;
        QString what;
        switch (variant) {
        case 0:
            op = issue();
            op.points = badPoints;
            what = QStringLiteral("points");
            break;
        case 1:
            op = take(OpKind::Reserve);
            op.points = badPoints;
            what = QStringLiteral("points");
            break;
        case 2:
            op = take(OpKind::Redeem);
            op.points = badPoints;
            what = QStringLiteral("points");
            break;
        case 3:
            op = close(OpKind::Confirm);
            if (op.kind == OpKind::Confirm)
                op.confirmPoints = badPoints;
            what = QStringLiteral("points");
            break;
        case 4:
            op = keyedMemberOp();
            op.memberId.clear();
            what = QStringLiteral("empty-member");
            break;
        case 5:
            op = keyedMemberOp();
            op.memberId = QString(limits::maxIdentifierLength + 1, QLatin1Char('m'));
            what = QStringLiteral("long-member");
            break;
        case 6:
            op = keyedMemberOp();
            op.memberId = QString(limits::maxIdentifierLength, QLatin1Char('n'));  // valid, but unknown
            what = QStringLiteral("max-length-member");
            break;
        case 7:
            op = keyedMemberOp();
            op.memberId = chance(50) ? QLatin1Char(' ') + op.memberId : op.memberId + QLatin1Char(' ');
            what = QStringLiteral("padded-member");  // valid, but unknown
            break;
        case 8: {
            static const QStringList references{QStringLiteral("ref\n1"), QStringLiteral("ref\t2"),
                                                QStringLiteral("r") + QChar(0x7f), QStringLiteral("r") + QChar(0x85),
                                                QChar(0x1b) + QStringLiteral("[0m"), QStringLiteral("r") + QChar(0x9f)};
            op = take(chance(50) ? OpKind::Reserve : OpKind::Redeem);
            op.reference = pick(references);
            what = QStringLiteral("control-ref");
            break;
        }
        case 9:
            op = take(chance(50) ? OpKind::Reserve : OpKind::Redeem);
            op.reference = chance(50) ? QString() : QString(limits::maxIdentifierLength + 1, QLatin1Char('r'));
            what = QStringLiteral("bad-ref");
            break;
        case 10:
            op = keyedMemberOp();
            op.memberId = QStringLiteral("ghost-%1").arg(below(5));
            what = QStringLiteral("unknown-member");
            break;
        case 11:
            op = close(chance(50) ? OpKind::Confirm : OpKind::Release);
            if (op.kind == OpKind::Confirm || op.kind == OpKind::Release)
                op.reservationId = chance(80) ? m_model.lastReservationId() + 1 + below(qint64(100)) : -below(qint64(3));
            what = QStringLiteral("unknown-reservation");
            break;
        case 12:
            op = take(chance(50) ? OpKind::Reserve : OpKind::Redeem);
            op.source = chance(50) ? QStringLiteral("nowhere") : QStringLiteral("Marketplace");
            what = QStringLiteral("unknown-source");
            break;
        case 13:
            op = close(OpKind::Confirm);
            if (op.kind == OpKind::Confirm)
                op.confirmPoints = m_model.reservation(op.reservationId)->reservedPoints + 1 + below(qint64(100));
            what = QStringLiteral("over-confirm");
            break;
        case 14:
            op = close(chance(50) ? OpKind::Confirm : OpKind::Release);
            if (op.kind == OpKind::Confirm || op.kind == OpKind::Release)
                op.callerSource = otherSource(m_model.reservation(op.reservationId)->source);
            what = QStringLiteral("wrong-source");
            break;
        case 15:
            op = take(OpKind::Reserve);
            op.timeoutSeconds = std::array<int, 4>{0, -1, limits::maxTimeoutSeconds + 1, 100'000}[below(4)];
            what = QStringLiteral("timeout");
            break;
        case 16:
            op = issue();
            op.expiresAtMs = m_model.nowMs() - (chance(50) ? 0 : 1 + below(dayMs));
            what = QStringLiteral("expiry-not-after-now");
            break;
        case 17: {
            static const QStringList keys{QString(), QString(limits::maxIdentifierLength + 1, QLatin1Char('k')),
                                          QStringLiteral("k\n"), QStringLiteral(" k")};
            op = chance(75) ? keyedMemberOp() : close(OpKind::Release);
            op.key = pick(keys);
            what = QStringLiteral("bad-key");
            break;
        }
        case 18:
            op = chance(50) ? issue() : close(OpKind::Release);
            op.reason = QStringLiteral("oops") + QChar(0x07);
            what = QStringLiteral("control-reason");
            break;
        case 19:  // the largest valid amount: refused as insufficient, and remembered
            op = take(chance(50) ? OpKind::Reserve : OpKind::Redeem);
            op.points = limits::maxPointsPerOperation;
            what = QStringLiteral("max-points");
            break;
        case 20:
            op = take(chance(50) ? OpKind::Reserve : OpKind::Redeem);
            op.source.clear();
            what = QStringLiteral("empty-source");
            break;
        case 22:
            op = refund();
            if (op.kind == OpKind::Refund)
                op.reason = chance(50) ? QString() : QStringLiteral("   ");
            what = QStringLiteral("refund-reason");
            break;
        case 24:
            op = refund();
            if (op.kind == OpKind::Refund)
                op.callerSource = otherSource(m_model.reservation(op.reservationId)->source);
            what = QStringLiteral("wrong-source");
            break;
        case 23:
            op = adjust();
            op.points = chance(50) ? 0 : limits::maxPointsPerOperation + 1;
            what = QStringLiteral("adjust-points");
            break;
        default:
            op = addMember();
            if (chance(50))
                op.memberId = QStringLiteral("m\r01");
            else
                op.name = QStringLiteral("Name") + QChar(0x0a);
            what = QStringLiteral("add-member");
            break;
        }
        op.tag = QStringLiteral("invalid:") + what;
        return op;
    }

    QRandomGenerator m_random;
    const Model &m_model;
    QList<Op> m_history;  // keyed operations, for retries and conflicts
    int m_keys = 0;
    int m_references = 0;
};

// ---- running and comparing -----------------------------------------------------------------------

struct Executed
{
    Outcome outcome;
    QJsonObject response;  // the full result, to compare a replay with the first answer
};

template<typename T>
Executed executed(const Result<T> &result)
{
    if (result)
        return {outcomeOf(result.value()), result.value().toJson()};
    return {outcomeOf(result.error()), result.error().toJson()};
}

Executed execute(Ledger &ledger, const Op &op)
{
    switch (op.kind) {
    case OpKind::AddMember:
        return executed(ledger.addMember({op.memberId, op.name, QStringLiteral("other"), QString()}));
    case OpKind::Issue: {
        IssueRequest request;
        request.memberId = op.memberId;
        request.points = op.points;
        request.expiresAtMs = op.expiresAtMs;
        request.reason = op.reason;
        request.idempotencyKey = op.key;
        return executed(ledger.issue(request));
    }
    case OpKind::Reserve: {
        ReserveRequest request;
        request.memberId = op.memberId;
        request.points = op.points;
        request.source = op.source;
        request.reference = op.reference;
        request.idempotencyKey = op.key;
        request.timeoutSeconds = op.timeoutSeconds;
        return executed(ledger.reserve(request));
    }
    case OpKind::Confirm: {
        ConfirmRequest request;
        request.reservationId = op.reservationId;
        request.points = op.confirmPoints;
        request.idempotencyKey = op.key;
        request.source = op.callerSource;
        return executed(ledger.confirm(request));
    }
    case OpKind::Release: {
        ReleaseRequest request;
        request.reservationId = op.reservationId;
        request.reason = op.reason;
        request.idempotencyKey = op.key;
        request.source = op.callerSource;
        return executed(ledger.release(request));
    }
    case OpKind::Redeem: {
        RedeemRequest request;
        request.memberId = op.memberId;
        request.points = op.points;
        request.source = op.source;
        request.reference = op.reference;
        request.idempotencyKey = op.key;
        return executed(ledger.redeem(request));
    }
    case OpKind::Refund: {
        RefundRequest request;
        request.reservationId = op.reservationId;
        request.points = op.confirmPoints;
        request.reason = op.reason;
        request.idempotencyKey = op.key;
        request.source = op.callerSource;
        return executed(ledger.refund(request));
    }
    case OpKind::Adjust: {
        AdjustRequest request;
        request.memberId = op.memberId;
        request.points = op.points;
        request.reason = op.reason;
        request.idempotencyKey = op.key;
        return executed(ledger.adjust(request));
    }
    case OpKind::Advance:
    case OpKind::Sweep:
        break;
    }
    qFatal("execute: not a ledger request");
}

QString kindName(OpKind kind)
{
    switch (kind) {
    case OpKind::AddMember:
        return QStringLiteral("add-member");
    case OpKind::Issue:
        return QStringLiteral("issue");
    case OpKind::Reserve:
        return QStringLiteral("reserve");
    case OpKind::Confirm:
        return QStringLiteral("confirm");
    case OpKind::Release:
        return QStringLiteral("release");
    case OpKind::Redeem:
        return QStringLiteral("redeem");
    case OpKind::Refund:
        return QStringLiteral("refund");
    case OpKind::Adjust:
        return QStringLiteral("adjust");
    case OpKind::Advance:
        return QStringLiteral("advance");
    case OpKind::Sweep:
        return QStringLiteral("sweep");
    }
    return QString();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The ledger and the model side by side; each check returns what disagrees, if anything.
class Harness
{
public:
    explicit Harness(quint64 seed) : m_seed(seed), m_model(m_ledger.clock().nowMs()) {}

    Model &model() { return m_model; }
    const QMap<QString, int> &stats() const { return m_stats; }

    std::optional<QString> step(int stepNumber, const Op &op)
    {
        ++m_stats[kindName(op.kind) + (op.tag.isEmpty() ? QString() : QLatin1Char('[') + op.tag.section(QLatin1Char(':'), 0, 0) + QLatin1Char(']'))];
        if (op.kind == OpKind::Advance) {
            m_ledger.clock().advanceMs(op.advanceMs);
            m_model.advance(op.advanceMs);
            const QStringList members = m_model.memberIds();
            return members.isEmpty() ? std::nullopt : compareBalance(members.at(stepNumber % int(members.size())));
        }
        if (op.kind == OpKind::Sweep) {
            const Result<Ledger::SweepCounts> swept = m_ledger.ledger().sweep();
            if (!swept)
                return QStringLiteral("sweep failed: %1").arg(compact(swept.error().toJson()));
            return compareAllBalances();
        }

        const Model::Applied expected = m_model.apply(op);
        const Executed actual = execute(m_ledger.ledger(), op);
        if (actual.outcome != expected.outcome)
            return QStringLiteral("outcome: model expects %1, ledger gave %2 (%3)")
                .arg(expected.outcome.describe(), actual.outcome.describe(), compact(actual.response));
        ++m_stats[kindName(op.kind) + QLatin1Char(':')
                  + (expected.outcome.error.isEmpty() ? QStringLiteral("ok") : expected.outcome.error)];
        if (expected.replayed) {
            // A retry must return exactly the first answer, refusals included.
            const QJsonObject first = m_firstResponses.value(expected.scope);
            if (actual.response != first)
                return QStringLiteral("replay differs from the first answer: first %1, now %2")
                    .arg(compact(first), compact(actual.response));
            ++m_stats[expected.outcome.error.isEmpty() ? QStringLiteral("replayed:ok")
                                                       : QStringLiteral("replayed:") + expected.outcome.error];
        }
        if (expected.remembered)
            m_firstResponses.insert(expected.scope, actual.response);

        QString touched = op.memberId;
        if (op.kind == OpKind::Confirm || op.kind == OpKind::Release || op.kind == OpKind::Refund)
            if (const Model::Reservation *target = m_model.reservation(op.reservationId))
                touched = target->memberId;
        if (!m_model.hasMember(touched)) {
            const QStringList members = m_model.memberIds();
            if (members.isEmpty())
                return std::nullopt;
            touched = members.at(stepNumber % int(members.size()));
        }
        return compareBalance(touched);
    }

    std::optional<QString> compareBalance(const QString &memberId)
    {
        const Result<Balance> actual = m_ledger.ledger().balance(memberId);
        if (!actual)
            return QStringLiteral("balance(%1) failed: %2").arg(memberId, compact(actual.error().toJson()));
        const Balance expected = m_model.balance(memberId);
        const Balance &got = actual.value();
        if (got.available != expected.available || got.held != expected.held || got.posted != expected.posted)
            return QStringLiteral("balance of %1: model expects available=%2 held=%3 posted=%4, "
                                  "ledger says available=%5 held=%6 posted=%7")
                .arg(memberId, QString::number(expected.available), QString::number(expected.held),
                     QString::number(expected.posted), QString::number(got.available), QString::number(got.held),
                     QString::number(got.posted));
        return std::nullopt;
    }

    std::optional<QString> compareAllBalances()
    {
        for (const QString &memberId : m_model.memberIds())
            if (std::optional<QString> mismatch = compareBalance(memberId))
                return mismatch;
        return std::nullopt;
    }

    std::optional<QString> compareReservation(qint64 id)
    {
        const Model::Reservation *expected = m_model.reservation(id);
        const Result<ReservationView> actual = m_ledger.ledger().reservation(id);
        if (!expected)
            return actual ? std::optional<QString>(QStringLiteral("reservation %1 exists but the model has none").arg(id))
                          : std::nullopt;
        if (!actual)
            return QStringLiteral("reservation(%1) failed: %2").arg(QString::number(id), compact(actual.error().toJson()));
        const ReservationView &got = actual.value();
        const QString status = m_model.statusOf(*expected);
        if (got.status != status || got.memberId != expected->memberId || got.reservedPoints != expected->reservedPoints
            || got.confirmedPoints != expected->confirmedPoints)
            return QStringLiteral("reservation %1: model expects %2 %3 reserved=%4 confirmed=%5, ledger says %6")
                .arg(QString::number(id), status, expected->memberId, QString::number(expected->reservedPoints),
                     QString::number(expected->confirmedPoints), compact(got.toJson()));
        return std::nullopt;
    }

    std::optional<QString> verify()
    {
        const Result<VerificationReport> report = Verifier(m_ledger.database()).run();
        if (!report)
            return QStringLiteral("verify failed to run: %1").arg(compact(report.error().toJson()));
        if (!report.value().ok()) {
            QStringList found;
            for (const Violation &violation : report.value().violations.mid(0, 5))
                found.append(violation.check + QStringLiteral(": ") + violation.message);
            return QStringLiteral("verify found %1 violation(s): %2")
                .arg(QString::number(report.value().violations.size()), found.join(QStringLiteral("; ")));
        }
        return std::nullopt;
    }

    // Verifier, every member's balance, and the status of every live and a sample of other reservations.
    std::optional<QString> checkWholeLedger(int stepNumber)
    {
        if (std::optional<QString> mismatch = verify())
            return mismatch;
        if (std::optional<QString> mismatch = compareAllBalances())
            return mismatch;
        QList<qint64> sample = m_model.liveReservations().mid(0, 200);
        QRandomGenerator random(quint32(m_seed) ^ quint32(stepNumber));
        const qint64 last = m_model.lastReservationId();
        for (int i = 0; i < 300 && last > 0; ++i)
            sample.append(1 + random.bounded(last));
        sample.append(last + 1);  // one past the end: must be unknown to both
        for (const qint64 id : std::as_const(sample))
            if (std::optional<QString> mismatch = compareReservation(id))
                return mismatch;
        return std::nullopt;
    }

    // After a full sweep nothing the ledger reports may change, and a second sweep finds nothing.
    std::optional<QString> sweepAndRecheck(int stepNumber)
    {
        if (const Result<Ledger::SweepCounts> swept = m_ledger.ledger().sweep(); !swept)
            return QStringLiteral("sweep failed: %1").arg(compact(swept.error().toJson()));
        const Result<Ledger::SweepCounts> again = m_ledger.ledger().sweep();
        if (!again)
            return QStringLiteral("second sweep failed: %1").arg(compact(again.error().toJson()));
        if (again.value().timedOutReservations != 0 || again.value().expiredLots != 0)
            return QStringLiteral("a second sweep still found %1 timeouts and %2 expiries")
                .arg(again.value().timedOutReservations)
                .arg(again.value().expiredLots);
        return checkWholeLedger(stepNumber);
    }

private:
    quint64 m_seed;
    test::TestLedger m_ledger;
    Model m_model;
    QHash<QString, QJsonObject> m_firstResponses;  // source + key: the first remembered answer
    QMap<QString, int> m_stats;
};

quint64 seedFromEnvironment()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("ORCHARD_MODEL_SEED").toULongLong(&ok);
    return ok ? seed : defaultSeed;
}

int opsFromEnvironment()
{
    bool ok = false;
    const int ops = qEnvironmentVariable("ORCHARD_MODEL_OPS").toInt(&ok);
    return ok && ops > 0 ? ops : defaultOps;
}

}  // namespace

class TestModelBased : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ledgerMatchesModel();
};

void TestModelBased::ledgerMatchesModel()
{
    const quint64 seed = seedFromEnvironment();
    const int ops = opsFromEnvironment();
    Harness harness(seed);
    Generator generator(seed, harness.model());
    QElapsedTimer timer;
    timer.start();

    const auto where = [&](int step, const QString &op) {
        return QStringLiteral("seed=%1 step=%2 now_ms=%3 op=%4 (replay with ORCHARD_MODEL_SEED=%1 ORCHARD_MODEL_OPS=%5)")
            .arg(QString::number(seed), QString::number(step), QString::number(harness.model().nowMs()), op,
                 QString::number(step + 1));
    };
    for (int step = 0; step < ops; ++step) {
        const Op op = generator.next(step);
        if (const std::optional<QString> mismatch = harness.step(step, op))
            QFAIL(qPrintable(where(step, op.describe()) + QStringLiteral(": ") + *mismatch));
        if ((step + 1) % pruneEvery == 0)
            harness.model().prune();
        if ((step + 1) % verifyEvery == 0 || step + 1 == ops)
            if (const std::optional<QString> mismatch = harness.checkWholeLedger(step))
                QFAIL(qPrintable(where(step, QStringLiteral("whole-ledger check after ") + op.describe())
                                 + QStringLiteral(": ") + *mismatch));
    }
    if (const std::optional<QString> mismatch = harness.sweepAndRecheck(ops))
        QFAIL(qPrintable(where(ops, QStringLiteral("final sweep")) + QStringLiteral(": ") + *mismatch));

    const QMap<QString, int> &stats = harness.stats();
    QStringList summary;
    for (auto it = stats.cbegin(); it != stats.cend(); ++it)
        summary.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    const Model &model = harness.model();
    qInfo("seed=%llu ops=%d in %lld ms; partial confirms %d, confirms on expired lots %d, lots expired with points %d, "
          "refunds into new lots %d",
          seed, ops, timer.elapsed(), model.partialConfirms, model.confirmsOnExpiredLots, model.expiredLotsWithPoints,
          model.refundsIntoNewLots);
    qInfo("%s", qPrintable(summary.join(QStringLiteral(" "))));

    // A full-length run must have reached the interesting corners, or it proves little.
    if (ops >= defaultOps) {
        for (const char *corner : {"reserve:insufficient_points", "redeem:insufficient_points",
                                   "replayed:insufficient_points", "replayed:ok", "issue:idempotency_conflict",
                                   "reserve:idempotency_conflict", "confirm:idempotency_conflict",
                                   "release:idempotency_conflict", "confirm:reservation_timed_out",
                                   "release:reservation_timed_out", "replayed:reservation_timed_out",
                                   "confirm:already_confirmed", "release:already_released", "confirm:invalid_argument",
                                   "issue:unknown_member", "reserve:unknown_source", "confirm:unknown_reservation",
                                   "release:forbidden", "add-member:member_exists", "refund:ok", "refund:not_refundable",
                                   "refund:refund_exceeds_confirmed", "refund:forbidden", "refund:invalid_argument",
                                   "refund:idempotency_conflict", "adjust:ok", "adjust:insufficient_points",
                                   "adjust:unknown_member", "adjust:invalid_argument", "adjust:idempotency_conflict"})
            QVERIFY2(stats.value(QString::fromLatin1(corner)) > 0, corner);
        QVERIFY(model.partialConfirms > 0);
        QVERIFY(model.confirmsOnExpiredLots > 0);
        QVERIFY(model.expiredLotsWithPoints > 0);
        QVERIFY(model.refundsIntoNewLots > 0);
    }
}

QTEST_GUILESS_MAIN(TestModelBased)
#include "tst_modelbased.moc"
