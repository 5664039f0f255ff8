// Maker-checker through the library, on SQLite and PostgreSQL: the issue's case (a threshold of
// 10,000 points; an issue of 12,000 waits; its maker cannot approve it; another admin applies it
// exactly once however often it is approved), a rules change that waits while the quote engine
// keeps the old rules, rejection, the 7-day lapse, and the table's own refusal of a maker's
// approval.
#include "approvals/approvaldesk.h"
#include "earning/earnrulebook.h"
#include "ledger/sourceregistry.h"
#include "requireverified.h"
#include "ledgerprobes.h"
#include "testledger.h"

#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using namespace orchard::test;

namespace {

const Actor alice{QStringLiteral("cli:alice"), sourceAdmin};
const Actor bob{QStringLiteral("cli:bob"), sourceAdmin};
const Actor carol{QStringLiteral("cli:carol"), sourceAdmin};

// What orchardctl does before an admin's request: file it when the policy says it waits.
std::optional<ApprovalView> fileIfNeeded(TestLedger &t, const Actor &maker, const QString &kind, const QJsonObject &request, Points points,
                                         qint64 moneyMinor)
{
    ApprovalBook book(t.database(), t.clock(), maker);
    if (!book.needsApproval(kind, points, moneyMinor).value())
        return std::nullopt;
    return book.request(kind, request, kind, points, moneyMinor).value();
}

}  // namespace

class ApprovalsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anIssueAboveTheThresholdWaitsForAnotherAdmin();
    void aRulesChangeWaitsAndTheOldRulesQuote();
    void rejectionAndLapse();
    void theTableRefusesAMakersApproval();
    void earningRulesAndSourcesWaitAndAnAdminsAwardIsBounded();
};

void ApprovalsTest::anIssueAboveTheThresholdWaitsForAnotherAdmin()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    // No policy yet: nothing waits.
    QVERIFY(!ApprovalBook(t.database(), t.clock(), alice).needsApproval(QStringLiteral("issue"), 1'000'000, 0).value());
    QVERIFY(ApprovalBook(t.database(), t.clock(), alice).setPolicy(10'000, 5'000'000, QStringLiteral("two-person rule")));

    // 10,000 is at the threshold, not above it: applied at once by whoever asks.
    QVERIFY(!fileIfNeeded(t, alice, QStringLiteral("issue"), {}, 10'000, 0));
    IssueRequest issue{QStringLiteral("m"), 12'000, std::nullopt, QStringLiteral("annual award"), QStringLiteral("award-1")};
    const std::optional<ApprovalView> filed = fileIfNeeded(t, alice, QStringLiteral("issue"), approvalrequest::of(issue), issue.points, 0);
    QVERIFY(filed);
    QCOMPARE(filed->status, QStringLiteral("pending"));
    QCOMPARE(filed->requestedBy, alice.name);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().posted, 0);
    QCOMPARE(ApprovalBook(t.database(), t.clock(), bob).list(QStringLiteral("pending")).value().size(), 1);
    // Told to the platforms' webhooks as approval.requested, in the request's own transaction.
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM outbox_events WHERE type = 'approval.requested' AND data LIKE '%apr_%1%'")
                           .arg(filed->id)),
             1);

    // Its maker cannot approve it; nothing is applied.
    const Result<ApprovalView> own = ApprovalDesk(t.database(), t.clock(), alice).approve(filed->id);
    QCOMPARE(own.error().code, errors::sameActor);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().posted, 0);

    // Bob applies it; a second approval (his or Carol's) answers the same and applies nothing.
    const Result<ApprovalView> approved = ApprovalDesk(t.database(), t.clock(), bob).approve(filed->id);
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
    QCOMPARE(approved.value().status, QStringLiteral("approved"));
    QCOMPARE(approved.value().decidedBy, bob.name);
    QCOMPARE(approved.value().result.value(QStringLiteral("points")).toInteger(), 12'000);
    const Result<ApprovalView> again = ApprovalDesk(t.database(), t.clock(), carol).approve(filed->id);
    QVERIFY(again);
    QCOMPARE(again.value().toJson(), approved.value().toJson());
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().posted, 12'000);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'issue'")), 1);
    // The entry is the maker's; the decision is audited with the approver.
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE actor = 'cli:alice'")), 1);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'approval.approve' AND actor = 'cli:bob'")), 1);
    // Approved is final: it cannot be rejected afterwards.
    QCOMPARE(ApprovalBook(t.database(), t.clock(), carol).reject(filed->id, QStringLiteral("late")).error().code, errors::approvalClosed);
    requireVerified(t);
}

void ApprovalsTest::aRulesChangeWaitsAndTheOldRulesQuote()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 400);
    QVERIFY(t.ledger().creditWallet({QStringLiteral("m"), 100'000, QStringLiteral("top-up"), t.nextKey()}));
    QVERIFY(ApprovalBook(t.database(), t.clock(), alice).setPolicy(10'000, 5'000'000, QStringLiteral("two-person rule")));
    // Every settings change waits while a policy is in force, whatever its size.
    SplitRulesChange change;
    change.minPoints = 500;
    change.reason = QStringLiteral("points only from 500");
    const std::optional<ApprovalView> filed = fileIfNeeded(t, alice, QStringLiteral("rules"), approvalrequest::of(change), 0, 0);
    QVERIFY(filed);

    // Until it is approved the built-in rules quote a ₹400.00 order: up to all 400 points.
    const auto quote = [&] {
        const Result<QuoteView> quoted = t.ledger().quote({QStringLiteral("m"), 40'000, std::nullopt, QString()});
        if (!quoted)
            qFatal("quote refused: %s", qPrintable(quoted.error().message));
        return quoted.value().quote;
    };
    QCOMPARE(quote().ruleVersion, 0);
    QCOMPARE(quote().allowedMax, 400);
    QVERIFY(ApprovalDesk(t.database(), t.clock(), bob).approve(filed->id));
    // Version 1: the member has fewer than 500 points, so none apply and the wallet pays.
    QCOMPARE(quote().ruleVersion, 1);
    QCOMPARE(quote().allowedMax, 0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM split_rules")), 1);
    // The maker is the rules' author.
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM split_rules WHERE author = 'cli:alice'")), 1);
    requireVerified(t);
}

void ApprovalsTest::rejectionAndLapse()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    QVERIFY(ApprovalBook(t.database(), t.clock(), alice).setPolicy(100, 100, QStringLiteral("tight")));
    const IssueRequest first{QStringLiteral("m"), 500, std::nullopt, {}, QStringLiteral("k1")};
    const IssueRequest second{QStringLiteral("m"), 600, std::nullopt, {}, QStringLiteral("k2")};
    const qint64 rejected = fileIfNeeded(t, alice, QStringLiteral("issue"), approvalrequest::of(first), 500, 0)->id;
    const qint64 lapsing = fileIfNeeded(t, alice, QStringLiteral("issue"), approvalrequest::of(second), 600, 0)->id;

    QCOMPARE(ApprovalBook(t.database(), t.clock(), bob).reject(rejected, QString()).error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("reason"));
    QCOMPARE(ApprovalBook(t.database(), t.clock(), alice).reject(rejected, QStringLiteral("mine")).error().code, errors::sameActor);
    const Result<ApprovalView> no = ApprovalBook(t.database(), t.clock(), bob).reject(rejected, QStringLiteral("wrong member"));
    QVERIFY(no);
    QCOMPARE(no.value().status, QStringLiteral("rejected"));
    QCOMPARE(ApprovalDesk(t.database(), t.clock(), carol).approve(rejected).error().code, errors::approvalClosed);

    // Seven days later the other has lapsed: it can no longer be approved.
    t.clock().advanceMs(ApprovalBook::lapseAfterMs);
    QCOMPARE(ApprovalBook(t.database(), t.clock(), bob).show(lapsing).value().status, QStringLiteral("lapsed"));
    QCOMPARE(ApprovalDesk(t.database(), t.clock(), bob).approve(lapsing).error().code, errors::approvalClosed);
    QCOMPARE(ApprovalBook(t.database(), t.clock(), bob).list(QStringLiteral("pending")).value().size(), 0);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().posted, 0);
    QCOMPARE(ApprovalDesk(t.database(), t.clock(), bob).approve(99).error().code, errors::unknownApproval);
}

// While a policy is in force, a new earning rule and a change to what a source may do wait for a
// second admin like every settings change (whatever the points), and an admin's own free-amount
// earning above the points threshold (10,000) is refused: it would pass maker-checker by.
void ApprovalsTest::earningRulesAndSourcesWaitAndAnAdminsAwardIsBounded()
{
    TestLedger t;
    QVERIFY(ApprovalBook(t.database(), t.clock(), alice).setPolicy(10'000, 5'000'000, QStringLiteral("two-person rule")));
    EarnRuleChange milestone;
    milestone.eventType = QStringLiteral("milestone");
    milestone.points = 500;
    milestone.reason = QStringLiteral("2026 policy");
    const std::optional<ApprovalView> rule =
        fileIfNeeded(t, alice, QStringLiteral("earn_rule"), approvalrequest::ofEarnRule(QStringLiteral("add"), milestone), 0, 0);
    QVERIFY(rule);
    QCOMPARE(EarnRuleBook(t.database(), t.clock(), alice).list().value().size(), 0);
    QCOMPARE(ApprovalDesk(t.database(), t.clock(), alice).approve(rule->id).error().code, errors::sameActor);
    const Result<ApprovalView> applied = ApprovalDesk(t.database(), t.clock(), bob).approve(rule->id);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    const QList<EarnRule> rules = EarnRuleBook(t.database(), t.clock(), alice).list().value();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.first().points, 500);
    QCOMPARE(rules.first().author, alice.name);  // the maker's change, applied by the checker

    SourcePermissions darwinbox{QStringLiteral("darwinbox"), true, false, true, 2000};
    const std::optional<ApprovalView> source = fileIfNeeded(t, alice, QStringLiteral("source"), approvalrequest::of(darwinbox), 0, 0);
    QVERIFY(source);
    const Result<ApprovalView> sourceApplied = ApprovalDesk(t.database(), t.clock(), carol).approve(source->id);
    QVERIFY2(sourceApplied, sourceApplied ? "" : qPrintable(sourceApplied.error().message));
    const Result<QList<SourcePermissions>> sources = SourceRegistry(t.database(), t.clock(), alice).sources();
    const auto found = std::find_if(sources.value().begin(), sources.value().end(),
                                    [](const SourcePermissions &p) { return p.source == QLatin1String("darwinbox"); });
    QVERIFY(found->freeAmounts && found->canEarn && !found->canRedeem);
    QCOMPARE(found->maxPoints.value_or(0), 2000);

    // admin may award free amounts, but not above the threshold: 10,000 goes in, 10,001 does not.
    EarnRequest award;
    award.memberId = QStringLiteral("m");
    award.source = sourceAdmin;
    award.eventId = QStringLiteral("spot-1");
    award.points = 10'000;
    award.occurredAtMs = t.clock().nowMs();
    award.profile = MemberProfile{QStringLiteral("M"), QString(), QString()};
    QVERIFY(t.ledger().earn(award));
    award.eventId = QStringLiteral("spot-2");
    award.points = 10'001;
    const Result<EarnReceipt> over = t.ledger().earn(award);
    QCOMPARE(over.error().code, errors::operationNotAllowed);
    QCOMPARE(over.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("points"));
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 10'000);
}

void ApprovalsTest::theTableRefusesAMakersApproval()
{
    TestLedger t;
    QVERIFY(ApprovalBook(t.database(), t.clock(), alice).setPolicy(0, 0, QStringLiteral("everything")));
    const qint64 id = ApprovalBook(t.database(), t.clock(), alice).request(QStringLiteral("fund"), {}, QStringLiteral("fund"), 0, 100).value().id;
    QSqlQuery forged(t.database().connection());
    // Another writer marking it approved by its own maker, or rewriting a decided request: refused.
    QVERIFY(!forged.exec(QStringLiteral("UPDATE approval_requests SET status = 'approved', decided_by = requested_by, "
                                        "decided_at_ms = 1, result = '{}' WHERE id = %1").arg(id)));
    QVERIFY(forged.exec(QStringLiteral("UPDATE approval_requests SET status = 'rejected', decided_by = 'cli:bob', decided_at_ms = 1, "
                                       "decision_reason = 'no' WHERE id = %1").arg(id)));
    QVERIFY(!forged.exec(QStringLiteral("UPDATE approval_requests SET status = 'pending', decided_by = NULL, decided_at_ms = NULL "
                                        "WHERE id = %1").arg(id)));
    QVERIFY(!forged.exec(QStringLiteral("DELETE FROM approval_requests WHERE id = %1").arg(id)));
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM approval_requests WHERE status = 'rejected'")), 1);
}

QTEST_GUILESS_MAIN(ApprovalsTest)
#include "tst_approvals.moc"
