#include "approvals/approvalbook.h"

#include "base/timeformat.h"
#include "ledger/outbox.h"
#include "settings/versionedchange.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

#include <QJsonDocument>

#include <limits>

namespace orchard {

namespace {

const versioned::Versions<ApprovalPolicy> policies{
    QStringLiteral("SELECT version, points_threshold, money_threshold_minor, author, created_at_ms, reason FROM approval_policies"),
    [](const QSqlQuery &row) {
        ApprovalPolicy policy;
        policy.version = row.value(0).toInt();
        policy.pointsThreshold = row.value(1).toLongLong();
        policy.moneyThresholdMinor = row.value(2).toLongLong();
        policy.author = row.value(3).toString();
        policy.createdAtMs = row.value(4).toLongLong();
        policy.reason = row.value(5).toString();
        return policy;
    },
    [] { return ApprovalPolicy{}; }};

const QString selectRequest = QStringLiteral(
    "SELECT id, kind, request, what, points, money_minor, requested_by, requested_at_ms, expires_at_ms, status, decided_by, "
    "decided_at_ms, decision_reason, result FROM approval_requests");

ApprovalView viewOf(const QSqlQuery &row, qint64 nowMs)
{
    ApprovalView view;
    view.id = row.value(0).toLongLong();
    view.kind = row.value(1).toString();
    view.request = QJsonDocument::fromJson(row.value(2).toString().toUtf8()).object();
    view.what = row.value(3).toString();
    view.points = row.value(4).toLongLong();
    view.moneyMinor = row.value(5).toLongLong();
    view.requestedBy = row.value(6).toString();
    view.requestedAtMs = row.value(7).toLongLong();
    view.expiresAtMs = row.value(8).toLongLong();
    view.status = row.value(9).toString();
    if (view.status == QLatin1String("pending") && view.expiresAtMs <= nowMs)
        view.status = QStringLiteral("lapsed");
    view.decidedBy = row.value(10).toString();
    if (!row.value(11).isNull())
        view.decidedAtMs = row.value(11).toLongLong();
    view.decisionReason = row.value(12).toString();
    if (!row.value(13).isNull())
        view.result = QJsonDocument::fromJson(row.value(13).toString().toUtf8()).object();
    return view;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}  // namespace

QJsonObject ApprovalPolicy::toJson() const
{
    // A threshold at the integer limit is none: nothing waits on it.
    const auto threshold = [](qint64 value) {
        return value == std::numeric_limits<qint64>::max() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    return {{QStringLiteral("version"), version},
            {QStringLiteral("points"), threshold(pointsThreshold)},
            {QStringLiteral("money"), threshold(moneyThresholdMinor)},
            {QStringLiteral("author"), author},
            {QStringLiteral("created_at"), createdAtMs > 0 ? QJsonValue(timeformat::toIso(createdAtMs)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reason"), reason}};
}

QJsonObject ApprovalView::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), approvalToken(id)},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("requested_by"), requestedBy},
                       {QStringLiteral("requested_at"), timeformat::toIso(requestedAtMs)},
                       {QStringLiteral("expires_at"), timeformat::toIso(expiresAtMs)},
                       {QStringLiteral("what"), what},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("money"), moneyMinor},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("request"), request}};
    if (decidedAtMs) {
        object.insert(QStringLiteral("decided_by"), decidedBy);
        object.insert(QStringLiteral("decided_at"), timeformat::toIso(*decidedAtMs));
    }
    if (!decisionReason.isEmpty())
        object.insert(QStringLiteral("decision_reason"), decisionReason);
    if (!result.isEmpty())
        object.insert(QStringLiteral("result"), result);
    return object;
}

QString approvalToken(qint64 id)
{
    return QStringLiteral("apr_%1").arg(id);
}

std::optional<qint64> parseApprovalToken(const QString &text)
{
    const QString digits = text.startsWith(QLatin1String("apr_")) ? text.mid(4) : text;
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Actor ApprovalBook::personOf(Database &database, const Actor &actor)
{
    if (database.engine() == Engine::Postgres) {
        QSqlQuery &login = database.run(QStringLiteral("SELECT current_user"));
        login.next();
        const QString user = login.value(0).toString();
        login.finish();
        return {QStringLiteral("pg:") + user, actor.source};
    }
    QString name = actor.name;
    for (const QLatin1String tool : {QLatin1String("cli:"), QLatin1String("console:")})
        if (name.startsWith(tool))
            name = name.mid(tool.size());
    return {name, actor.source};
}

bool ApprovalBook::isSettingsChange(const QString &kind)
{
    return kind == QLatin1String("rules") || kind == QLatin1String("policy") || kind == QLatin1String("programme")
           || kind == QLatin1String("approvals") || kind == QLatin1String("earn_rule") || kind == QLatin1String("source");
}

Result<ApprovalPolicy> ApprovalBook::policy()
{
    try {
        return policies.latest(m_database);
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<QList<ApprovalPolicy>> ApprovalBook::policyHistory()
{
    return policies.all(m_database);
}

Result<ApprovalPolicy> ApprovalBook::setPolicy(Points pointsThreshold, qint64 moneyThresholdMinor, const QString &reason)
{
    if (pointsThreshold < 0)
        return LedgerError::invalidArgument(QStringLiteral("points"), QStringLiteral("a threshold is 0 or more"));
    if (moneyThresholdMinor < 0)
        return LedgerError::invalidArgument(QStringLiteral("money"), QStringLiteral("a threshold is 0 or more"));
    if (const auto invalid = versioned::checkReason(reason, QStringLiteral("the approval thresholds change")))
        return *invalid;
    versioned::Steps<ApprovalPolicy> steps;
    steps.current = [](Database &database) { return policies.latest(database); };
    steps.next = [&](Database &, const ApprovalPolicy &before) -> Result<ApprovalPolicy> {
        ApprovalPolicy after = before;
        after.version = before.version + 1;  // in force from now on, even with the same figures as "none"
        after.pointsThreshold = pointsThreshold;
        after.moneyThresholdMinor = moneyThresholdMinor;
        after.reason = reason;
        return after;
    };
    steps.says = [](const ApprovalPolicy &policy) {
        return QJsonObject{{QStringLiteral("points"), policy.version > 0 ? QJsonValue(policy.pointsThreshold) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("money"), policy.version > 0 ? QJsonValue(policy.moneyThresholdMinor) : QJsonValue(QJsonValue::Null)}};
    };
    steps.stamp = [](ApprovalPolicy &policy, int version, const Actor &actor, qint64 atMs) {
        policy.version = version;
        policy.author = actor.name;
        policy.createdAtMs = atMs;
    };
    steps.versionOf = [](const ApprovalPolicy &policy) { return policy.version; };
    steps.insert = [](Database &database, const ApprovalPolicy &policy) {
        database.run(QStringLiteral("INSERT INTO approval_policies (version, points_threshold, money_threshold_minor, author, "
                                    "created_at_ms, reason) VALUES (?, ?, ?, ?, ?, ?)"),
                     {policy.version, policy.pointsThreshold, policy.moneyThresholdMinor, policy.author, policy.createdAtMs, policy.reason});
    };
    steps.action = QStringLiteral("approvals.policy");
    steps.subject = QStringLiteral("programme");
    steps.field = QStringLiteral("points");
    return versioned::append(m_database, m_clock, m_actor, reason, steps);
}

Result<bool> ApprovalBook::needsApproval(const QString &kind, Points points, qint64 moneyMinor)
{
    const Result<ApprovalPolicy> inForce = policy();
    if (!inForce)
        return inForce.error();
    const ApprovalPolicy &thresholds = inForce.value();
    if (thresholds.version == 0)
        return false;
    if (isSettingsChange(kind))
        return true;
    return points > thresholds.pointsThreshold || moneyMinor > thresholds.moneyThresholdMinor;
}

Result<ApprovalView> ApprovalBook::request(const QString &kind, const QJsonObject &request, const QString &what, Points points,
                                           qint64 moneyMinor)
{
    const qint64 nowMs = m_clock.nowMs();
    return inWriteTransaction<ApprovalView>(m_database, [&] {
        QSqlQuery &inserted = m_database.run(
            QStringLiteral("INSERT INTO approval_requests (kind, request, what, points, money_minor, requested_by, requested_at_ms, "
                           "expires_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {kind, compact(request), what, points, moneyMinor, m_actor.name, nowMs, nowMs + lapseAfterMs});
        inserted.next();
        const qint64 id = inserted.value(0).toLongLong();
        inserted.finish();
        const ApprovalView filed = load(id);
        Outbox(m_database, {}).approvalRequested({{QStringLiteral("approval"), approvalToken(id)},
                                                   {QStringLiteral("kind"), kind},
                                                   {QStringLiteral("what"), what},
                                                   {QStringLiteral("points"), points},
                                                   {QStringLiteral("money_minor"), moneyMinor},
                                                   {QStringLiteral("requested_by"), m_actor.name},
                                                   {QStringLiteral("expires_at"), timeformat::toIso(filed.expiresAtMs)}},
                                                  nowMs);
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("approval.request"), approvalToken(id),
                                     {{QStringLiteral("kind"), kind}, {QStringLiteral("what"), what}, {QStringLiteral("request"), request}},
                                     std::nullopt, QString()});
        return filed;
    });
}

Result<QList<ApprovalView>> ApprovalBook::list(const std::optional<QString> &status)
{
    try {
        const qint64 nowMs = m_clock.nowMs();
        QSqlQuery &rows = m_database.run(selectRequest + QStringLiteral(" ORDER BY id"));
        QList<ApprovalView> views;
        while (rows.next()) {
            ApprovalView view = viewOf(rows, nowMs);
            if (!status || view.status == *status)
                views.append(view);
        }
        rows.finish();
        return views;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

ApprovalView ApprovalBook::load(qint64 id)
{
    QSqlQuery &row = m_database.run(selectRequest + QStringLiteral(" WHERE id = ?"), {id});
    if (!row.next()) {
        row.finish();
        throw LedgerError{errors::unknownApproval, QStringLiteral("there is no approval request %1").arg(approvalToken(id)),
                          {{QStringLiteral("approval"), approvalToken(id)}}};
    }
    const ApprovalView view = viewOf(row, m_clock.nowMs());
    row.finish();
    return view;
}

Result<ApprovalView> ApprovalBook::show(qint64 id)
{
    try {
        return load(id);
    } catch (const LedgerError &error) {
        return error;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

ApprovalView ApprovalBook::claimForApproval(qint64 id)
{
    const ApprovalView view = load(id);
    if (view.status != QLatin1String("pending"))
        throw LedgerError{errors::approvalClosed,
                          QStringLiteral("%1 is %2%3").arg(approvalToken(id), view.status,
                                                            view.decidedBy.isEmpty() ? QString() : QStringLiteral(" by ") + view.decidedBy),
                          {{QStringLiteral("approval"), approvalToken(id)}, {QStringLiteral("status"), view.status}}};
    if (view.requestedBy == m_actor.name)
        throw LedgerError{errors::sameActor,
                          QStringLiteral("%1 was requested by %2: another admin approves it").arg(approvalToken(id), view.requestedBy),
                          {{QStringLiteral("approval"), approvalToken(id)}, {QStringLiteral("requested_by"), view.requestedBy}}};
    return view;
}

void ApprovalBook::recordApproval(qint64 id, const QJsonObject &result)
{
    const qint64 nowMs = m_clock.nowMs();
    QSqlQuery &decided = m_database.run(
        QStringLiteral("UPDATE approval_requests SET status = 'approved', decided_by = ?, decided_at_ms = ?, result = ? "
                       "WHERE id = ? AND status = 'pending'"),
        {m_actor.name, nowMs, compact(result), id});
    if (decided.numRowsAffected() != 1)
        throw LedgerError{errors::approvalClosed, QStringLiteral("%1 was decided meanwhile").arg(approvalToken(id)),
                          {{QStringLiteral("approval"), approvalToken(id)}}};
    AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("approval.approve"), approvalToken(id),
                                 {{QStringLiteral("result"), result}}, std::nullopt, QString()});
}

Result<ApprovalView> ApprovalBook::reject(qint64 id, const QString &reason)
{
    if (const auto invalid = versioned::checkReason(reason, QStringLiteral("the request is rejected")))
        return *invalid;
    const qint64 nowMs = m_clock.nowMs();
    return inWriteTransaction<ApprovalView>(m_database, [&] {
        const ApprovalView view = load(id);
        if (view.status != QLatin1String("pending"))
            throw LedgerError{errors::approvalClosed, QStringLiteral("%1 is %2").arg(approvalToken(id), view.status),
                              {{QStringLiteral("approval"), approvalToken(id)}, {QStringLiteral("status"), view.status}}};
        if (view.requestedBy == m_actor.name)
            throw LedgerError{errors::sameActor,
                              QStringLiteral("%1 was requested by %2: another admin decides it").arg(approvalToken(id), view.requestedBy),
                              {{QStringLiteral("approval"), approvalToken(id)}, {QStringLiteral("requested_by"), view.requestedBy}}};
        m_database.run(QStringLiteral("UPDATE approval_requests SET status = 'rejected', decided_by = ?, decided_at_ms = ?, "
                                      "decision_reason = ? WHERE id = ? AND status = 'pending'"),
                       {m_actor.name, nowMs, reason, id});
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("approval.reject"), approvalToken(id),
                                     {{QStringLiteral("reason"), reason}}, std::nullopt, QString()});
        return load(id);
    });
}

}  // namespace orchard
