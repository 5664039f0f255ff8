// orchardctl approvals: the maker-checker thresholds, and the requests that wait for a second
// admin (ApprovalBook), approved through ApprovalDesk.
#include "commandline.h"

#include "approvals/approvaldesk.h"
#include "base/ledgerlimits.h"
#include "base/timeformat.h"
#include "cliarguments.h"

#include <QJsonArray>

#include <limits>

namespace orchard::cli {

namespace {

QString thresholdText(qint64 value)
{
    return value == std::numeric_limits<qint64>::max() ? QStringLiteral("none") : QString::number(value);
}

QString viewLine(const ApprovalView &view)
{
    return QStringLiteral("%1  %2  %3  by %4 at %5: %6")
        .arg(approvalToken(view.id), view.status, view.kind, view.requestedBy, timeformat::toIso(view.requestedAtMs), view.what);
}

}  // namespace

QList<CommandLine::Command> CommandLine::approvalCommands()
{
    using O = QCommandLineOption;
    const O reason(QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    return {
        {QStringLiteral("approvals policy"),
         QStringLiteral("approvals policy [--points N] [--money AMOUNT] [--reason TEXT]   (the thresholds above which an issue, adjustment, "
                        "refund or funding waits for a second admin; every settings change waits while they are set)"),
         {O(QStringLiteral("points"), QStringLiteral("Points above which a request waits."), QStringLiteral("N")),
          O(QStringLiteral("money"), QStringLiteral("Money above which a request waits (major units)."), QStringLiteral("AMOUNT")), reason},
         0, 0, true, &CommandLine::approvalsPolicy},
        {QStringLiteral("approvals list"), QStringLiteral("approvals list [--status pending|approved|rejected|lapsed]   (default: pending)"),
         {O(QStringLiteral("status"), QStringLiteral("Only requests in this state (all: every request)."), QStringLiteral("STATUS"))}, 0, 0,
         false, &CommandLine::approvalsList, QStringLiteral("orchard_admin or orchard_finance")},
        {QStringLiteral("approvals show"), QStringLiteral("approvals show ID"), {}, 1, 1, false, &CommandLine::approvalsShow,
         QStringLiteral("orchard_admin or orchard_finance")},
        {QStringLiteral("approvals approve"), QStringLiteral("approvals approve ID   (another admin than its maker; applies it once)"), {}, 1,
         1, true, &CommandLine::approvalsApprove},
        {QStringLiteral("approvals reject"), QStringLiteral("approvals reject ID --reason TEXT"), {reason}, 1, 1, true,
         &CommandLine::approvalsReject},
    };
}

int CommandLine::approvalsPolicy(const QCommandLineParser &parser, const QStringList &)
{
    const Result<Actor> who = approvalActor();
    if (!who)
        return m_output.error(who.error());
    ApprovalBook book(*m_database, *m_clock, who.value());
    const bool setting = parser.isSet(QStringLiteral("points")) || parser.isSet(QStringLiteral("money"));
    if (!setting) {
        const Result<ApprovalPolicy> current = book.policy();
        if (!current)
            return m_output.error(current.error());
        const ApprovalPolicy &policy = current.value();
        m_output.result(policy.toJson(), policy.version == 0 ? QStringLiteral("no approval thresholds: nothing waits for a second admin")
                                                             : QStringLiteral("version %1: above %2 points or %3 (minor units) a request waits")
                                                                   .arg(QString::number(policy.version), thresholdText(policy.pointsThreshold),
                                                                        thresholdText(policy.moneyThresholdMinor)));
        return Done;
    }
    // A threshold not named keeps the one in force; with none in force, nothing waits on it.
    const Result<ApprovalPolicy> current = book.policy();
    if (!current)
        return m_output.error(current.error());
    const bool inForce = current.value().version > 0;
    Result<qint64> points = inForce ? current.value().pointsThreshold : std::numeric_limits<qint64>::max();
    if (parser.isSet(QStringLiteral("points")))
        points = parseBounded(QStringLiteral("points"), parser.value(QStringLiteral("points")), 0, limits::maxPointsPerOperation);
    if (!points)
        return m_output.error(points.error());
    Result<qint64> money = inForce ? current.value().moneyThresholdMinor : std::numeric_limits<qint64>::max();
    if (parser.isSet(QStringLiteral("money"))) {
        const Result<money::Currency> currency = programmeCurrency();
        if (!currency)
            return m_output.error(currency.error());
        money = money::parseAmount(QStringLiteral("money"), parser.value(QStringLiteral("money")), currency.value());
    }
    if (!money)
        return m_output.error(money.error());
    const QString reason = parser.isSet(QStringLiteral("reason")) ? parser.value(QStringLiteral("reason")) : QStringLiteral("approval thresholds");
    if (const std::optional<int> filed =
            fileForApproval(QStringLiteral("approvals"), approvalrequest::ofThresholds(points.value(), money.value(), reason),
                            QStringLiteral("set the approval thresholds to %1 points and %2 (minor units)").arg(points.value()).arg(money.value()), 0, 0))
        return *filed;
    const Result<ApprovalPolicy> set = book.setPolicy(points.value(), money.value(), reason);
    if (!set)
        return m_output.error(set.error());
    m_output.result(set.value().toJson(), QStringLiteral("version %1: above %2 points or %3 (minor units) a request waits for a second admin")
                                              .arg(QString::number(set.value().version), thresholdText(set.value().pointsThreshold),
                                                   thresholdText(set.value().moneyThresholdMinor)));
    return Done;
}

int CommandLine::approvalsList(const QCommandLineParser &parser, const QStringList &)
{
    const QString status = parser.isSet(QStringLiteral("status")) ? parser.value(QStringLiteral("status")) : QStringLiteral("pending");
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected"),
                                      QStringLiteral("lapsed"), QStringLiteral("all")};
    if (!statuses.contains(status))
        return usageError(QStringLiteral("status"), QStringLiteral("must be one of %1, not '%2'").arg(statuses.join(QStringLiteral(", ")), status), {});
    const Result<QList<ApprovalView>> found =
        ApprovalBook(*m_database, *m_clock, actor()).list(status == QLatin1String("all") ? std::nullopt : std::optional<QString>(status));
    if (!found)
        return m_output.error(found.error());
    QJsonArray list;
    QStringList lines;
    for (const ApprovalView &view : found.value()) {
        list.append(view.toJson());
        lines << viewLine(view);
    }
    m_output.result({{QStringLiteral("approvals"), list}, {QStringLiteral("count"), list.size()}},
                    lines.isEmpty() ? QStringLiteral("no %1 approval requests").arg(status) : lines.join(QLatin1Char('\n')));
    return Done;
}

int CommandLine::approvalsShow(const QCommandLineParser &, const QStringList &arguments)
{
    const std::optional<qint64> id = parseApprovalToken(arguments.at(0));
    if (!id)
        return usageError(QStringLiteral("approval"), QStringLiteral("'%1' is not an approval id (apr_N)").arg(arguments.at(0)), {});
    const Result<ApprovalView> found = ApprovalBook(*m_database, *m_clock, actor()).show(*id);
    if (!found)
        return m_output.error(found.error());
    m_output.result(found.value().toJson(), viewLine(found.value()));
    return Done;
}

int CommandLine::approvalsApprove(const QCommandLineParser &, const QStringList &arguments)
{
    const std::optional<qint64> id = parseApprovalToken(arguments.at(0));
    if (!id)
        return usageError(QStringLiteral("approval"), QStringLiteral("'%1' is not an approval id (apr_N)").arg(arguments.at(0)), {});
    const Result<Actor> approver = approvalActor();
    if (!approver)
        return m_output.error(approver.error());
    const Result<ApprovalView> approved = ApprovalDesk(*m_database, *m_clock, approver.value()).approve(*id);
    if (!approved)
        return m_output.error(approved.error());
    m_output.result(approved.value().toJson(), viewLine(approved.value()));
    return Done;
}

int CommandLine::approvalsReject(const QCommandLineParser &parser, const QStringList &arguments)
{
    const std::optional<qint64> id = parseApprovalToken(arguments.at(0));
    if (!id)
        return usageError(QStringLiteral("approval"), QStringLiteral("'%1' is not an approval id (apr_N)").arg(arguments.at(0)), {});
    const Result<Actor> decider = approvalActor();
    if (!decider)
        return m_output.error(decider.error());
    const Result<ApprovalView> rejected = ApprovalBook(*m_database, *m_clock, decider.value()).reject(*id, parser.value(QStringLiteral("reason")));
    if (!rejected)
        return m_output.error(rejected.error());
    m_output.result(rejected.value().toJson(), viewLine(rejected.value()));
    return Done;
}

}  // namespace orchard::cli
