// Earning in: an event from a source that may earn becomes a lot of the member's, awarded by the
// earning rule in force when the event occurred (or, for a source with free amounts, the points
// it names). The event id is the key: the same event is never awarded twice, and the database's
// UNIQUE (source_id, event_id) refuses it even from another process.
#include "ledger/ledger.h"

#include "approvals/approvalbook.h"
#include "base/invariant.h"
#include "base/ledgerlimits.h"
#include "base/timeformat.h"
#include "base/validation.h"
#include "earning/earnrulebook.h"
#include "ledger/accountcodes.h"
#include "ledger/refusal.h"
#include "settings/expirypolicy.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QDateTime>
#include <QTimeZone>

namespace orchard {

namespace {

constexpr qint64 msPerDay = 86'400'000;

LedgerError notAllowed(const QString &source, const QString &operation, const QString &why)
{
    return {errors::operationNotAllowed, why,
            {{QStringLiteral("operation"), operation}, {QStringLiteral("source"), source}}};
}

std::optional<LedgerError> checkEarnRequest(const EarnRequest &request, qint64 nowMs)
{
    for (const auto &check : {validation::identifier(QStringLiteral("member"), request.memberId),
                              validation::identifier(QStringLiteral("source"), request.source),
                              validation::identifier(QStringLiteral("event_id"), request.eventId),
                              validation::optionalText(QStringLiteral("reason"), request.reason)})
        if (check)
            return check;
    if (!request.eventType.isEmpty() && request.points)
        return LedgerError::invalidArgument(QStringLiteral("points"), QStringLiteral("give event_type or points, not both"));
    if (request.eventType.isEmpty() && !request.points)
        return LedgerError::invalidArgument(QStringLiteral("event_type"), QStringLiteral("is required (or points, for a free amount)"));
    if (!request.eventType.isEmpty())
        if (const auto invalid = EarnRuleBook::checkEventType(request.eventType))
            return invalid;
    if (request.points)
        if (const auto invalid = validation::points(QStringLiteral("points"), *request.points))
            return invalid;
    if (request.occurredAtMs > nowMs)
        return LedgerError::invalidArgument(QStringLiteral("occurred_at"), QStringLiteral("%1 is in the future (now is %2)")
                                                                              .arg(timeformat::toIso(request.occurredAtMs),
                                                                                   timeformat::toIso(nowMs)));
    if (request.occurredAtMs <= 0)
        return LedgerError::invalidArgument(QStringLiteral("occurred_at"), QStringLiteral("is required"));
    if (request.profile) {
        for (const auto &check : {validation::optionalText(QStringLiteral("name"), request.profile->name),
                                  validation::optionalText(QStringLiteral("department"), request.profile->department)})
            if (check)
                return check;
        if (!request.profile->hris.isEmpty())
            if (const auto invalid = validation::hris(request.profile->hris))
                return invalid;
    }
    return std::nullopt;
}

// [start, end) of the calendar year (UTC) that holds `atMs`.
std::pair<qint64, qint64> yearOf(qint64 atMs)
{
    const int year = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()).date().year();
    return {QDate(year, 1, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch(),
            QDate(year + 1, 1, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()};
}

}  // namespace

Result<EarnReceipt> Ledger::earn(const EarnRequest &request)
{
    const qint64 nowMs = m_clock.nowMs();
    if (const auto invalid = checkEarnRequest(request, nowMs))
        return *invalid;
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        const MemberProfile profile = request.profile.value_or(MemberProfile{});
        return IdempotencyScope{m_accounts.sourceId(request.source), request.eventId, QStringLiteral("earn"),
                                OperationRunner::requestDigest({request.memberId, request.eventType,
                                                                request.points ? QString::number(*request.points) : QString(),
                                                                QString::number(request.occurredAtMs), request.reason,
                                                                request.profile ? QStringLiteral("profile") : QString(), profile.name,
                                                                profile.department, profile.hris})};
    };
    return m_runner.run<EarnReceipt>(scope, [&] { settleMember(request.memberId, nowMs); }, [&]() -> EarnReceipt {
        const qint64 sourceId = m_accounts.sourceId(request.source);
        const SourcePermissions permissions = sourcePermissions(sourceId);
        if (!permissions.canEarn)
            throw Refusal{notAllowed(request.source, QStringLiteral("earn"),
                                     QStringLiteral("source '%1' may not earn points (it may %2)").arg(request.source, permissions.canText()))};

        Points points = 0;
        std::optional<EarnRule> rule;
        if (!request.eventType.isEmpty()) {
            rule = EarnRuleBook::inForceAt(m_database, request.eventType, request.occurredAtMs);
            if (!rule || rule->retired)
                throw Refusal{{errors::unknownEventType,
                               rule ? QStringLiteral("event_type: the rule for '%1' was retired (version %2) before %3")
                                          .arg(request.eventType, QString::number(rule->version), timeformat::toIso(request.occurredAtMs))
                                    : QStringLiteral("event_type: there is no earning rule for '%1' (an admin adds one with earn-rule add)")
                                          .arg(request.eventType),
                               {{QStringLiteral("field"), QStringLiteral("event_type")}, {QStringLiteral("event_type"), request.eventType}}}};
            points = rule->points;
        } else {
            if (!permissions.freeAmounts)
                throw Refusal{notAllowed(request.source, QStringLiteral("free_amount"),
                                         QStringLiteral("points: source '%1' may not award free amounts; send an event_type")
                                             .arg(request.source))};
            points = *request.points;
            // An admin's own award above the approvals threshold is an issue for a second admin to
            // approve, not an earning that would pass maker-checker by.
            if (request.source == sourceAdmin) {
                const Result<ApprovalPolicy> policy = ApprovalBook(m_database, m_clock, m_actor).policy();
                if (policy && policy.value().version > 0 && points > policy.value().pointsThreshold)
                    throw Refusal{{errors::operationNotAllowed,
                                   QStringLiteral("points: %1 is over the approvals threshold of %2; an admin's award that large is "
                                                  "`orchardctl issue`, which a second admin approves")
                                       .arg(points)
                                       .arg(policy.value().pointsThreshold),
                                   {{QStringLiteral("field"), QStringLiteral("points")},
                                    {QStringLiteral("operation"), QStringLiteral("free_amount")},
                                    {QStringLiteral("threshold"), policy.value().pointsThreshold}}}};
            }
            if (permissions.maxPoints && points > *permissions.maxPoints)
                throw Refusal{LedgerError::invalidArgument(QStringLiteral("points"),
                                                           QStringLiteral("%1 is over the %2 points source '%3' may award at once")
                                                               .arg(points)
                                                               .arg(*permissions.maxPoints)
                                                               .arg(request.source))};
        }

        applyProfile(request.memberId, request.profile, request.occurredAtMs, nowMs);

        if (rule && rule->maxPerMemberPerYear) {
            const auto [fromMs, toMs] = yearOf(request.occurredAtMs);
            QSqlQuery &count = m_database.run(QStringLiteral("SELECT COUNT(*) FROM earnings WHERE member_id = ? AND event_type = ? "
                                                             "AND occurred_at_ms >= ? AND occurred_at_ms < ?"),
                                              {request.memberId, request.eventType, fromMs, toMs});
            count.next();
            const qint64 earned = count.value(0).toLongLong();
            count.finish();
            if (earned >= *rule->maxPerMemberPerYear)
                throw Refusal{{errors::earningCapReached,
                               QStringLiteral("member '%1' has earned '%2' %3 times in %4, the most its rule (version %5) allows")
                                   .arg(request.memberId, request.eventType, QString::number(earned),
                                        QString::number(QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()).date().year()),
                                        QString::number(rule->version)),
                               {{QStringLiteral("field"), QStringLiteral("event_type")}, {QStringLiteral("earned"), earned}}}};
        }

        const MemberAccounts accounts = m_accounts.ofMember(request.memberId);
        refuseAboveBalanceLimit(request.memberId, accounts, points);
        const ExpiryPolicy policy = ExpiryPolicyBook::currentIn(m_database);
        const std::optional<qint64> expiresAtMs =
            rule && rule->expiryDays ? std::optional<qint64>(nowMs + *rule->expiryDays * msPerDay) : policy.expiryFor(nowMs);
        const std::optional<qint64> lapsesAtMs = expiresAtMs ? std::optional<qint64>(*expiresAtMs + policy.graceMs()) : std::nullopt;

        JournalEntry entry;
        entry.kind = QStringLiteral("issue");
        entry.postedAtMs = nowMs;
        entry.memberId = request.memberId;
        entry.sourceId = sourceId;
        entry.sourceName = request.source;
        entry.reference = request.eventId;
        entry.actor = m_actor.name;
        entry.reason = request.reason.isEmpty() ? request.eventType : request.reason;
        entry.points = points;
        const qint64 issuedAccount = m_accounts.programme(accountcodes::issued);
        entry.postings = {{issuedAccount, -points}, {accounts.available, points}};
        const qint64 entryId = m_journal.append(
            entry, QStringLiteral("points.earn"), request.memberId,
            {{QStringLiteral("points"), points},
             {QStringLiteral("event_id"), request.eventId},
             {QStringLiteral("event_type"), request.eventType},
             {QStringLiteral("rule_version"), rule ? QJsonValue(rule->version) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("occurred_at"), timeformat::toIso(request.occurredAtMs)},
             {QStringLiteral("expires_at"), expiresAtMs ? QJsonValue(timeformat::toIso(*expiresAtMs)) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("grace_days"), expiresAtMs ? policy.graceDays : 0}});
        const qint64 lotId = m_lots.create(request.memberId, entryId, nowMs, expiresAtMs, lapsesAtMs, points);
        m_database.run(QStringLiteral("INSERT INTO earnings (entry_id, source_id, event_id, member_id, event_type, rule_version, "
                                      "occurred_at_ms, points, lot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {entryId, sourceId, request.eventId, request.memberId,
                        rule ? QVariant(request.eventType) : QVariant(QMetaType(QMetaType::QString)),
                        rule ? QVariant(rule->version) : QVariant(QMetaType(QMetaType::LongLong)), request.occurredAtMs, points, lotId});
        EarnReceipt receipt;
        receipt.entryId = entryId;
        receipt.lotId = lotId;
        receipt.memberId = request.memberId;
        receipt.eventId = request.eventId;
        receipt.eventType = request.eventType;
        receipt.points = points;
        receipt.expiresAtMs = expiresAtMs;
        if (rule)
            receipt.ruleVersion = rule->version;
        return receipt;
    });
}

SourcePermissions Ledger::sourcePermissions(qint64 sourceId)
{
    QSqlQuery &query =
        m_database.run(QStringLiteral("SELECT name, can_earn, can_redeem, free_amounts, max_points FROM sources WHERE id = ?"), {sourceId});
    require(query.next(), QStringLiteral("a source id names a source: %1 does not").arg(sourceId));
    SourcePermissions permissions;
    permissions.source = query.value(0).toString();
    permissions.canEarn = query.value(1).toInt() != 0;
    permissions.canRedeem = query.value(2).toInt() != 0;
    permissions.freeAmounts = query.value(3).toInt() != 0;
    if (!query.value(4).isNull())
        permissions.maxPoints = query.value(4).toLongLong();
    query.finish();
    return permissions;
}

// A new member is created from the profile; a known one takes its changed fields. A department
// change is kept with the date of the event that told of it, so that reports by department stay
// right for the periods before it.
void Ledger::applyProfile(const QString &memberId, const std::optional<MemberProfile> &profile, qint64 occurredAtMs, qint64 nowMs)
{
    QSqlQuery &found = m_database.run(QStringLiteral("SELECT name, hris, department FROM members WHERE id = ?"), {memberId});
    const bool exists = found.next();
    MemberView before{memberId, exists ? found.value(0).toString() : QString(), exists ? found.value(1).toString() : QString(),
                      exists ? found.value(2).toString() : QString(), 0};
    found.finish();
    if (!exists && !profile)
        throw Refusal{{errors::unknownMember,
                       QStringLiteral("member: there is no member '%1'; send member_profile to enrol them").arg(memberId),
                       {{QStringLiteral("field"), QStringLiteral("member")}, {QStringLiteral("member"), memberId}}}};
    if (!profile)
        return;
    const auto recordDepartment = [&](const QString &department) {
        m_database.run(QStringLiteral("INSERT INTO member_departments (member_id, since_ms, department, recorded_at_ms) VALUES (?, ?, ?, ?) "
                                      "ON CONFLICT (member_id, since_ms) DO UPDATE SET department = excluded.department, "
                                      "recorded_at_ms = excluded.recorded_at_ms"),
                       {memberId, occurredAtMs, department, nowMs});
    };
    if (!exists) {
        MemberView view{memberId, profile->name, profile->hris.isEmpty() ? QStringLiteral("other") : profile->hris,
                        profile->department, nowMs};
        m_database.run(QStringLiteral("INSERT INTO members (id, name, hris, department, created_at_ms) VALUES (?, ?, ?, ?, ?)"),
                       {view.memberId, view.name, view.hris, view.department, nowMs});
        m_accounts.createMemberAccounts(memberId);
        if (!view.department.isEmpty())
            recordDepartment(view.department);
        m_audit.append({nowMs, m_actor.name, m_actor.source, QStringLiteral("member.add"), memberId, view.toJson(), std::nullopt, QString()});
        return;
    }
    MemberView after = before;
    if (!profile->name.isEmpty())
        after.name = profile->name;
    if (!profile->hris.isEmpty())
        after.hris = profile->hris;
    if (!profile->department.isEmpty())
        after.department = profile->department;
    if (after.name == before.name && after.hris == before.hris && after.department == before.department)
        return;
    m_database.run(QStringLiteral("UPDATE members SET name = ?, hris = ?, department = ? WHERE id = ?"),
                   {after.name, after.hris, after.department, memberId});
    if (after.department != before.department) {
        // A member enrolled without a recorded department (member add) gets the one they had from
        // enrolment on, so that a report as of a date before this change still finds it.
        m_database.run(QStringLiteral("INSERT INTO member_departments (member_id, since_ms, department, recorded_at_ms) "
                                      "SELECT id, created_at_ms, ?, ? FROM members WHERE id = ? "
                                      "AND NOT EXISTS (SELECT 1 FROM member_departments WHERE member_id = ?) "
                                      "ON CONFLICT (member_id, since_ms) DO NOTHING"),
                       {before.department, nowMs, memberId, memberId});
        recordDepartment(after.department);
    }
    m_audit.append({nowMs, m_actor.name, m_actor.source, QStringLiteral("member.update"), memberId,
                    {{QStringLiteral("before"), before.toJson()}, {QStringLiteral("after"), after.toJson()},
                     {QStringLiteral("since"), timeformat::toIso(occurredAtMs)}},
                    std::nullopt, QString()});
}

Result<bool> Ledger::hasEarning(const QString &source, const QString &eventId)
{
    try {
        QSqlQuery &query = m_database.run(
            QStringLiteral("SELECT 1 FROM earnings e JOIN sources s ON s.id = e.source_id WHERE s.name = ? AND e.event_id = ?"),
            {source, eventId});
        const bool found = query.next();
        query.finish();
        return found;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

}  // namespace orchard
