#pragma once

#include "earning/earningtypes.h"
#include "earning/earnrulebook.h"

#include "approvals/approvalbook.h"
#include "ledger/correctiontypes.h"
#include "money/moneytypes.h"
#include "settings/expirypolicy.h"
#include "settings/programmebook.h"
#include "settings/splitrulesbook.h"

// What a pending request holds (the operation's arguments as JSON) and how an approval applies
// it: the operation and the request's decision in one transaction, so it takes effect exactly
// once however often it is approved.
namespace orchard {

namespace approvalrequest {
QJsonObject of(const IssueRequest &request);
QJsonObject of(const AdjustRequest &request);
QJsonObject of(const RefundRequest &request);
QJsonObject of(const FundRequest &request);
QJsonObject of(const SplitRulesChange &change);
QJsonObject of(const ExpiryPolicyChange &change);
QJsonObject of(const ProgrammeChange &change);
QJsonObject ofThresholds(Points points, qint64 moneyMinor, const QString &reason);
// `operation`: add, set or retire.
QJsonObject ofEarnRule(const QString &operation, const EarnRuleChange &change);
QJsonObject of(const SourcePermissions &permissions);
// What a settings change asks for, field by field ("min_points → 500, fallback → block"), and
// its reason: the line the approvers read.
QString describeChange(const QString &setting, const QJsonObject &request);
}  // namespace approvalrequest

class ApprovalDesk
{
public:
    ApprovalDesk(Database &database, const Clock &clock, Actor approver) : m_database(database), m_clock(clock), m_approver(std::move(approver)) {}

    // Applies a pending request made by another admin (same_actor otherwise) and records the
    // decision; a request already approved answers as it did the first time.
    Result<ApprovalView> approve(qint64 id);

private:
    Result<QJsonObject> apply(const ApprovalView &view, class Ledger &ledger, const Actor &maker);

    Database &m_database;
    const Clock &m_clock;
    Actor m_approver;
};

}  // namespace orchard
