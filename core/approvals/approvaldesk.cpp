#include "approvals/approvaldesk.h"

#include "ledger/sourceregistry.h"

#include "base/timeformat.h"
#include "ledger/ledger.h"
#include "store/database.h"
#include "store/sqlerror.h"

namespace orchard {

namespace {

QJsonValue optionalInteger(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> integerOf(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QString::fromLatin1(name));
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

std::optional<bool> boolOf(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QString::fromLatin1(name));
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

std::optional<QString> textOf(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QString::fromLatin1(name));
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

template<typename T>
Result<QJsonObject> answerOf(const Result<T> &result)
{
    if (!result)
        return result.error();
    return result.value().toJson();
}

std::optional<ExpiryPolicy::Window> windowNamed(const QString &name)
{
    for (const ExpiryPolicy::Window window :
         {ExpiryPolicy::Window::None, ExpiryPolicy::Window::Days, ExpiryPolicy::Window::Months, ExpiryPolicy::Window::Quarters})
        if (ExpiryPolicy::windowName(window) == name)
            return window;
    return std::nullopt;
}

}  // namespace

namespace approvalrequest {

QJsonObject of(const IssueRequest &request)
{
    return {{QStringLiteral("member"), request.memberId}, {QStringLiteral("points"), request.points},
            {QStringLiteral("expires_at_ms"), optionalInteger(request.expiresAtMs)}, {QStringLiteral("reason"), request.reason},
            {QStringLiteral("key"), request.idempotencyKey}};
}

QJsonObject of(const AdjustRequest &request)
{
    return {{QStringLiteral("member"), request.memberId}, {QStringLiteral("points"), request.points},
            {QStringLiteral("expires_at_ms"), optionalInteger(request.expiresAtMs)}, {QStringLiteral("reason"), request.reason},
            {QStringLiteral("key"), request.idempotencyKey}};
}

QJsonObject of(const RefundRequest &request)
{
    return {{QStringLiteral("reservation"), request.reservationId}, {QStringLiteral("points"), optionalInteger(request.points)},
            {QStringLiteral("wallet"), optionalInteger(request.walletMinor)}, {QStringLiteral("reason"), request.reason},
            {QStringLiteral("key"), request.idempotencyKey}};
}

QJsonObject of(const FundRequest &request)
{
    return {{QStringLiteral("amount"), request.amountMinor}, {QStringLiteral("ref"), request.bankReference},
            {QStringLiteral("key"), request.idempotencyKey}};
}

QJsonObject of(const SplitRulesChange &change)
{
    QJsonObject object{{QStringLiteral("reason"), change.reason}};
    if (change.minPoints)
        object.insert(QStringLiteral("min_points"), *change.minPoints);
    if (change.partialPoints)
        object.insert(QStringLiteral("partial_points"), *change.partialPoints);
    if (change.walletRemainder)
        object.insert(QStringLiteral("wallet_remainder"), *change.walletRemainder);
    if (change.fallback)
        object.insert(QStringLiteral("fallback"), SplitRules::fallbackName(*change.fallback));
    return object;
}

QJsonObject of(const ExpiryPolicyChange &change)
{
    QJsonObject object{{QStringLiteral("reason"), change.reason}};
    if (change.window)
        object.insert(QStringLiteral("window"), ExpiryPolicy::windowName(*change.window));
    if (change.windowCount)
        object.insert(QStringLiteral("window_count"), *change.windowCount);
    if (change.graceDays)
        object.insert(QStringLiteral("grace_days"), *change.graceDays);
    if (change.buckets)
        object.insert(QStringLiteral("buckets"), change.buckets->toString());
    if (change.refundGraceDays)
        object.insert(QStringLiteral("refund_grace_days"), *change.refundGraceDays);
    if (change.breakage)
        object.insert(QStringLiteral("breakage"), *change.breakage);
    return object;
}

QJsonObject of(const ProgrammeChange &change)
{
    QJsonObject object{{QStringLiteral("reason"), change.reason}};
    if (change.currency)
        object.insert(QStringLiteral("currency"), *change.currency);
    if (change.pointValue)
        object.insert(QStringLiteral("point_value"), change.pointValue->toString());
    if (change.funding)
        object.insert(QStringLiteral("funding"), ProgrammeSettings::fundingName(*change.funding));
    if (change.maxPointsPerAward)
        object.insert(QStringLiteral("max_points_per_award"), *change.maxPointsPerAward);
    return object;
}

QJsonObject ofEarnRule(const QString &operation, const EarnRuleChange &change)
{
    QJsonObject object{{QStringLiteral("operation"), operation}, {QStringLiteral("event_type"), change.eventType},
                       {QStringLiteral("reason"), change.reason}};
    if (change.points)
        object.insert(QStringLiteral("points"), *change.points);
    if (change.expiryDays)
        object.insert(QStringLiteral("expiry_days"), *change.expiryDays);
    if (change.maxPerMemberPerYear)
        object.insert(QStringLiteral("max_per_member_per_year"), *change.maxPerMemberPerYear);
    return object;
}

QJsonObject of(const SourcePermissions &permissions)
{
    QJsonObject object{{QStringLiteral("source"), permissions.source},
                       {QStringLiteral("can"), permissions.canText()},
                       {QStringLiteral("free_amounts"), permissions.freeAmounts}};
    if (permissions.maxPoints)
        object.insert(QStringLiteral("max_points"), *permissions.maxPoints);
    return object;
}

QString describeChange(const QString &setting, const QJsonObject &request)
{
    QStringList fields;
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        if (it.key() == QLatin1String("reason"))
            continue;
        const QJsonValue value = it.value();
        const QString text = value.isString() ? value.toString()
                             : value.isBool() ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                              : QString::number(value.toInteger());
        fields << it.key() + QStringLiteral(" → ") + text;
    }
    return QStringLiteral("change the %1 (%2): %3")
        .arg(setting, fields.isEmpty() ? QStringLiteral("nothing named") : fields.join(QStringLiteral(", ")),
             request.value(QStringLiteral("reason")).toString());
}

QJsonObject ofThresholds(Points points, qint64 moneyMinor, const QString &reason)
{
    return {{QStringLiteral("points"), points}, {QStringLiteral("money"), moneyMinor}, {QStringLiteral("reason"), reason}};
}

}  // namespace approvalrequest

Result<QJsonObject> ApprovalDesk::apply(const ApprovalView &view, Ledger &ledger, const Actor &maker)
{
    const QJsonObject &r = view.request;
    const QString reason = r.value(QStringLiteral("reason")).toString();
    if (view.kind == QLatin1String("issue"))
        return answerOf(ledger.issue({r.value(QStringLiteral("member")).toString(), r.value(QStringLiteral("points")).toInteger(),
                                      integerOf(r, "expires_at_ms"), reason, r.value(QStringLiteral("key")).toString()}));
    if (view.kind == QLatin1String("adjust")) {
        AdjustRequest request;
        request.memberId = r.value(QStringLiteral("member")).toString();
        request.points = r.value(QStringLiteral("points")).toInteger();
        request.expiresAtMs = integerOf(r, "expires_at_ms");
        request.reason = reason;
        request.idempotencyKey = r.value(QStringLiteral("key")).toString();
        return answerOf(ledger.adjust(request));
    }
    if (view.kind == QLatin1String("refund")) {
        RefundRequest request;
        request.reservationId = r.value(QStringLiteral("reservation")).toInteger();
        request.points = integerOf(r, "points");
        request.walletMinor = integerOf(r, "wallet");
        request.reason = reason;
        request.idempotencyKey = r.value(QStringLiteral("key")).toString();
        return answerOf(ledger.refund(request));
    }
    if (view.kind == QLatin1String("fund"))
        return answerOf(ledger.fund({r.value(QStringLiteral("amount")).toInteger(), r.value(QStringLiteral("ref")).toString(),
                                     r.value(QStringLiteral("key")).toString()}));
    if (view.kind == QLatin1String("rules")) {
        SplitRulesChange change;
        change.minPoints = integerOf(r, "min_points");
        change.partialPoints = boolOf(r, "partial_points");
        change.walletRemainder = boolOf(r, "wallet_remainder");
        if (const std::optional<QString> fallback = textOf(r, "fallback"))
            change.fallback = *fallback == SplitRules::fallbackName(SplitRules::Fallback::Block) ? SplitRules::Fallback::Block
                                                                                                 : SplitRules::Fallback::WalletOnly;
        change.reason = reason;
        return answerOf(SplitRulesBook(m_database, m_clock, maker).change(change));
    }
    if (view.kind == QLatin1String("policy")) {
        ExpiryPolicyChange change;
        if (const std::optional<QString> window = textOf(r, "window"))
            change.window = windowNamed(*window);
        if (const std::optional<qint64> count = integerOf(r, "window_count"))
            change.windowCount = int(*count);
        if (const std::optional<qint64> grace = integerOf(r, "grace_days"))
            change.graceDays = int(*grace);
        if (const std::optional<QString> buckets = textOf(r, "buckets")) {
            const Result<AgeingBuckets> parsed = AgeingBuckets::parse(*buckets);
            if (!parsed)
                return parsed.error();
            change.buckets = parsed.value();
        }
        if (const std::optional<qint64> grace = integerOf(r, "refund_grace_days"))
            change.refundGraceDays = int(*grace);
        change.breakage = textOf(r, "breakage");
        change.reason = reason;
        return answerOf(ExpiryPolicyBook(m_database, m_clock, maker).change(change));
    }
    if (view.kind == QLatin1String("programme")) {
        ProgrammeChange change;
        change.currency = textOf(r, "currency");
        if (const std::optional<QString> value = textOf(r, "point_value")) {
            const Result<PointValue> parsed = PointValue::parse(*value);
            if (!parsed)
                return parsed.error();
            change.pointValue = parsed.value();
        }
        if (const std::optional<QString> funding = textOf(r, "funding"))
            change.funding = *funding == ProgrammeSettings::fundingName(FundingMode::Prepaid) ? FundingMode::Prepaid : FundingMode::None;
        change.maxPointsPerAward = integerOf(r, "max_points_per_award");
        change.reason = reason;
        return answerOf(ProgrammeBook(m_database, m_clock, maker).change(change));
    }
    if (view.kind == QLatin1String("earn_rule")) {
        EarnRuleChange change;
        change.eventType = r.value(QStringLiteral("event_type")).toString();
        change.points = integerOf(r, "points");
        change.expiryDays = integerOf(r, "expiry_days");
        change.maxPerMemberPerYear = integerOf(r, "max_per_member_per_year");
        change.reason = reason;
        EarnRuleBook book(m_database, m_clock, maker);
        const QString operation = r.value(QStringLiteral("operation")).toString();
        if (operation == QLatin1String("retire"))
            return answerOf(book.retire(change.eventType, reason));
        return answerOf(operation == QLatin1String("add") ? book.add(change) : book.set(change));
    }
    if (view.kind == QLatin1String("source")) {
        SourcePermissions permissions;
        permissions.source = r.value(QStringLiteral("source")).toString();
        const QStringList can = r.value(QStringLiteral("can")).toString().split(QLatin1Char(','));
        permissions.canEarn = can.contains(QStringLiteral("earn"));
        permissions.canRedeem = can.contains(QStringLiteral("redeem"));
        permissions.freeAmounts = boolOf(r, "free_amounts").value_or(false);
        permissions.maxPoints = integerOf(r, "max_points");
        return answerOf(SourceRegistry(m_database, m_clock, maker).setPermissions(permissions.source, permissions));
    }
    if (view.kind == QLatin1String("approvals"))
        return answerOf(ApprovalBook(m_database, m_clock, maker)
                            .setPolicy(r.value(QStringLiteral("points")).toInteger(), r.value(QStringLiteral("money")).toInteger(), reason));
    return LedgerError::internal(QStringLiteral("%1 holds a request of unknown kind %2").arg(approvalToken(view.id), view.kind));
}

Result<ApprovalView> ApprovalDesk::approve(qint64 id)
{
    ApprovalBook book(m_database, m_clock, m_approver);
    // Approved before (by anyone): the first answer again, nothing applied twice.
    const Result<ApprovalView> before = book.show(id);
    if (!before)
        return before.error();
    if (before.value().status == QLatin1String("approved"))
        return before.value();

    Ledger ledger(m_database, m_clock, m_approver);
    if (const Result<bool> begun = ledger.beginBatch(); !begun)
        return begun.error();
    try {
        const ApprovalView view = book.claimForApproval(id);
        const Actor maker{view.requestedBy, sourceAdmin};
        ledger.setActor(maker);
        const Result<QJsonObject> applied = apply(view, ledger, maker);
        if (!applied) {
            ledger.abandonBatch();
            return applied.error();
        }
        book.recordApproval(id, applied.value());
        if (const Result<bool> committed = ledger.commitBatch(); !committed)
            return committed.error();
    } catch (const LedgerError &refused) {
        ledger.abandonBatch();
        // Another admin approved it between our look and our claim: their answer stands.
        const Result<ApprovalView> now = book.show(id);
        if (refused.code == errors::approvalClosed && now && now.value().status == QLatin1String("approved"))
            return now.value();
        return refused;
    } catch (const SqlFailure &failure) {
        ledger.abandonBatch();
        return ledgerErrorFor(failure);
    }
    return book.show(id);
}

}  // namespace orchard
