// An admin's corrections through the library, to the point: the issue's refusals (a debit beyond
// what is available, cancelling a held lot), a debit taking the earliest-expiring lot, a credit
// lot, a lot's cancellation and extension, and every report still tying with adjustments as
// their own lines. Runs on SQLite and on PostgreSQL.
#include "reports/memberstatement.h"
#include "reports/pointstate.h"
#include "settings/expirypolicy.h"
#include "reports/reports.h"
#include "requireverified.h"
#include "ledgerprobes.h"
#include "testledger.h"

#include "base/timeformat.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using namespace orchard::test;

namespace {

AdjustRequest adjustment(TestLedger &t, Points points, const char *reason = "duplicate award")
{
    AdjustRequest request;
    request.memberId = QStringLiteral("m");
    request.points = points;
    request.reason = QString::fromLatin1(reason);
    request.idempotencyKey = t.nextKey();
    return request;
}

qint64 figure(const QJsonObject &figures, const char *name)
{
    return figures.value(QString::fromLatin1(name)).toObject().value(QStringLiteral("points")).toInteger();
}

}  // namespace

class CorrectionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void debitsCreditsAndCancellations();
    void aRetryIsAnsweredOnce();
    void anExtensionKeepsTheGraceAndIsSealed();
    void refusalsChangeNothing();
    void aQuartersStatementIsItsJournal();
};

void CorrectionsTest::debitsCreditsAndCancellations()
{
    TestLedger t;
    const qint64 start = at("2027-01-05T10:00:00Z");
    t.clock().setNowMs(start);
    t.addMember(QStringLiteral("m"));
    // 200 expiring in June, all held by an order; then 100 expiring in March: 100 available.
    const qint64 june = t.issue(QStringLiteral("m"), 200, at("2027-06-30T00:00:00Z"));
    const qint64 held = t.reserve(QStringLiteral("m"), 200, QStringLiteral("marketplace"), 3600);
    const qint64 march = t.issue(QStringLiteral("m"), 100, at("2027-03-31T00:00:00Z"));
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 100);

    // −150, ten seconds later: refused, naming the 100 available.
    t.clock().setNowMs(start + 10'000);
    const qint64 entriesBefore = scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries"));
    const Result<CorrectionReceipt> tooMuch = t.ledger().adjust(adjustment(t, -150));
    QCOMPARE(tooMuch.error().code, errors::insufficientPoints);
    QCOMPARE(tooMuch.error().details.value(QStringLiteral("available")).toInteger(), 100);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries")), entriesBefore);

    // −100: the March lot, the earliest to expire that is not held.
    const Result<CorrectionReceipt> debit = t.ledger().adjust(adjustment(t, -100));
    QVERIFY2(debit, qPrintable(debit ? QString() : debit.error().message));
    QCOMPARE(debit.value().points, -100);
    QCOMPARE(debit.value().debitedLots.size(), 1);
    QCOMPARE(debit.value().debitedLots.at(0).lotId, march);
    QCOMPARE(debit.value().debitedLots.at(0).points, 100);
    QCOMPARE(debit.value().available, 0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT remaining FROM lots WHERE id = %1").arg(march)), 0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM lot_movements WHERE kind = 'adjust' AND points = 100")), 1);

    // The June lot is held: it is not cancelled.
    const Result<CorrectionReceipt> heldLot = t.ledger().cancelLot({june, QStringLiteral("wrong member"), t.nextKey()});
    QCOMPARE(heldLot.error().code, errors::lotHeld);
    QCOMPARE(heldLot.error().details.value(QStringLiteral("held")).toInteger(), 200);

    // +250 expiring 1 September: a lot of origin 'adjustment'.
    AdjustRequest goodwill = adjustment(t, 250, "goodwill");
    goodwill.expiresAtMs = at("2027-09-01T00:00:00Z");
    const Result<CorrectionReceipt> credit = t.ledger().adjust(goodwill);
    QVERIFY(credit);
    QCOMPARE(credit.value().points, 250);
    QCOMPARE(credit.value().available, 250);
    QCOMPARE(*credit.value().expiresAtMs, at("2027-09-01T00:00:00Z"));
    const qint64 creditLot = *credit.value().lotId;
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM lots WHERE id = %1 AND origin = 'adjustment' AND points = 250").arg(creditLot)), 1);

    // The order is released; the June lot's 200 are then cancelled.
    t.clock().setNowMs(start + 60'000);
    QVERIFY(t.ledger().release({held, QStringLiteral("order failed"), t.nextKey(), std::nullopt}));
    const Result<CorrectionReceipt> cancelled = t.ledger().cancelLot({june, QStringLiteral("wrong member"), t.nextKey()});
    QVERIFY(cancelled);
    QCOMPARE(cancelled.value().points, -200);
    QCOMPARE(cancelled.value().available, 250);
    // Nothing is left in it: a second cancellation is refused.
    QCOMPARE(t.ledger().cancelLot({june, QStringLiteral("again"), t.nextKey()}).error().code, errors::lotNotOpen);

    // programme:adjusted took 100 + 200 and gave 250: its balance is +50.
    QCOMPARE(scalar(t, QStringLiteral("SELECT balance FROM accounts WHERE code = 'programme:adjusted'")), 50);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'adjust'")), 3);

    // Issued 300 + adjusted in 250 = redeemed 0 + expired 0 + adjusted out 300 + outstanding 250.
    const qint64 after = start + 120'000;
    const PointState state = PointStateQuery(t.database()).state(after);
    QCOMPARE(state.issued, 300);
    QCOMPARE(state.adjustedIn, 250);
    QCOMPARE(state.adjustedOut, 300);
    QCOMPARE(state.outstanding, 250);
    QVERIFY(state.ties());
    // Before the corrections: 300 issued, 300 outstanding.
    const PointState opening = PointStateQuery(t.database()).state(start + 1);
    QCOMPARE(opening.adjustedIn + opening.adjustedOut, 0);
    QCOMPARE(opening.outstanding, 300);

    // The roll-forward over the corrections: 300 + 0 − 0 + 0 + 250 − 300 − 0 = 250.
    ReportRequest rollForward;
    rollForward.name = QStringLiteral("roll-forward");
    rollForward.fromMs = start + 1;
    rollForward.toMs = after;
    rollForward.asOfMs = after;
    rollForward.breakage = BreakageSpec::parse(QStringLiteral("0,0,0"), 3).value();
    const Result<Report> rolled = ReportEngine(t.database()).run(rollForward);
    QVERIFY2(rolled, qPrintable(rolled ? QString() : rolled.error().message));
    QCOMPARE(figure(rolled.value().figures, "opening"), 300);
    QCOMPARE(figure(rolled.value().figures, "adjusted_in"), 250);
    QCOMPARE(figure(rolled.value().figures, "adjusted_out"), 300);
    QCOMPARE(figure(rolled.value().figures, "closing"), 250);
    QVERIFY(rolled.value().figures.value(QStringLiteral("ties")).toBool());

    // The reconciliation puts them on the admin source's line; redeemed still ties.
    ReportRequest reconciliation = rollForward;
    reconciliation.name = QStringLiteral("reconciliation");
    const Result<Report> reconciled = ReportEngine(t.database()).run(reconciliation);
    QVERIFY(reconciled);
    const QJsonObject adminLine = reconciled.value().figures.value(QStringLiteral("sources")).toObject().value(sourceAdmin).toObject();
    const QJsonObject adjustments = adminLine.value(QStringLiteral("adjustments")).toObject();
    QCOMPARE(adjustments.value(QStringLiteral("count")).toInteger(), 3);
    QCOMPARE(adjustments.value(QStringLiteral("points_in")).toInteger(), 250);
    QCOMPARE(adjustments.value(QStringLiteral("points_out")).toInteger(), 300);
    QVERIFY(reconciled.value().figures.value(QStringLiteral("ties")).toBool());
    requireVerified(t);
}

void CorrectionsTest::aRetryIsAnsweredOnce()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 500);
    AdjustRequest request = adjustment(t, -120);
    const Result<CorrectionReceipt> first = t.ledger().adjust(request);
    const Result<CorrectionReceipt> retry = t.ledger().adjust(request);
    QVERIFY(first && retry);
    QCOMPARE(retry.value().entryId, first.value().entryId);
    QCOMPARE(retry.value().available, 380);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 380);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'adjust'")), 1);
    // The same key for another amount is a conflict, not a second debit.
    request.points = -121;
    QCOMPARE(t.ledger().adjust(request).error().code, errors::idempotencyConflict);
    requireVerified(t);
}

void CorrectionsTest::anExtensionKeepsTheGraceAndIsSealed()
{
    TestLedger t;
    t.clock().setNowMs(at("2027-01-05T10:00:00Z"));
    // A 10-day grace: the lot expiring 31 March lapses 10 April.
    ExpiryPolicyChange policy;
    policy.graceDays = 10;
    policy.reason = QStringLiteral("ten days of grace");
    QVERIFY(ExpiryPolicyBook(t.database(), t.clock(), Actor{QStringLiteral("cli:test"), sourceAdmin}).change(policy));
    t.addMember(QStringLiteral("m"));
    const qint64 lot = t.issue(QStringLiteral("m"), 100, at("2027-03-31T00:00:00Z"));
    QCOMPARE(scalar(t, QStringLiteral("SELECT lapses_at_ms FROM lots WHERE id = %1").arg(lot)), at("2027-04-10T00:00:00Z"));

    // Not earlier than its expiry, and not into the past.
    QCOMPARE(t.ledger().extendLot({lot, at("2027-03-01T00:00:00Z"), QStringLiteral("x"), t.nextKey()}).error().code, errors::invalidArgument);
    QCOMPARE(t.ledger().extendLot({lot, at("2027-01-01T00:00:00Z"), QStringLiteral("x"), t.nextKey()}).error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("expires_at"));
    QCOMPARE(t.ledger().extendLot({lot + 99, at("2027-12-31T00:00:00Z"), QStringLiteral("x"), t.nextKey()}).error().code, errors::unknownLot);

    const Result<CorrectionReceipt> extended =
        t.ledger().extendLot({lot, at("2027-06-30T00:00:00Z"), QStringLiteral("service outage"), t.nextKey()});
    QVERIFY(extended);
    QCOMPARE(*extended.value().previousExpiresAtMs, at("2027-03-31T00:00:00Z"));
    QCOMPARE(scalar(t, QStringLiteral("SELECT expires_at_ms FROM lots WHERE id = %1").arg(lot)), at("2027-06-30T00:00:00Z"));
    QCOMPARE(scalar(t, QStringLiteral("SELECT lapses_at_ms FROM lots WHERE id = %1").arg(lot)), at("2027-07-10T00:00:00Z"));
    requireVerified(t);

    // On 1 May the points are still there (they would have lapsed on 10 April).
    t.clock().setNowMs(at("2027-05-01T00:00:00Z"));
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 100);

    // A later hand-made change of the lot's terms is not sealed by any extension: verify names it.
    QSqlQuery tamper(t.database().connection());
    QVERIFY(tamper.exec(QStringLiteral("UPDATE lots SET expires_at_ms = expires_at_ms + 86400000 WHERE id = %1").arg(lot)));
    const Result<VerificationReport> report = Verifier(t.database()).run();
    QVERIFY(report);
    QVERIFY(!report.value().ok());
    QVERIFY(QJsonDocument(report.value().toJson()).toJson().contains("lot_record"));
}

void CorrectionsTest::refusalsChangeNothing()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 500);
    const qint64 audit = scalar(t, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QCOMPARE(t.ledger().adjust(adjustment(t, 0)).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("points"));
    QCOMPARE(t.ledger().adjust(adjustment(t, 10, "  ")).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
    AdjustRequest stranger = adjustment(t, 10);
    stranger.memberId = QStringLiteral("nobody");
    QCOMPARE(t.ledger().adjust(stranger).error().code, errors::unknownMember);
    AdjustRequest debitWithExpiry = adjustment(t, -10);
    debitWithExpiry.expiresAtMs = t.clock().nowMs() + 86'400'000;
    QCOMPARE(t.ledger().adjust(debitWithExpiry).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("expires_at"));
    QCOMPARE(t.ledger().cancelLot({999, QStringLiteral("x"), t.nextKey()}).error().code, errors::unknownLot);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'adjust'")), 0);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 500);
}

// The refund case's member over the second quarter: 200 at the opening; a refund of 400 on 2
// April (300 into June's lot, 100 into a new lot lapsing 2 May); the sweep of 3 May writes those
// 100 expired: 200 + 400 − 100 = 500 at the close, all in June's lot, which expires 29 days later.
void CorrectionsTest::aQuartersStatementIsItsJournal()
{
    TestLedger t;
    t.clock().setNowMs(at("2027-01-05T10:00:00Z"));
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 300, at("2027-03-31T00:00:00Z"));
    t.issue(QStringLiteral("m"), 500, at("2027-06-30T00:00:00Z"));
    const Result<ReservationView> redeemed =
        t.ledger().redeem({QStringLiteral("m"), 600, QStringLiteral("marketplace"), QStringLiteral("order-1"), t.nextKey()});
    QVERIFY(redeemed);
    t.clock().setNowMs(at("2027-04-02T09:00:00Z"));
    RefundRequest refund;
    refund.reservationId = redeemed.value().reservationId;
    refund.points = 400;
    refund.reason = QStringLiteral("order cancelled");
    refund.idempotencyKey = t.nextKey();
    QVERIFY(t.ledger().refund(refund));
    t.clock().setNowMs(at("2027-05-03T00:00:00Z"));
    QVERIFY(t.ledger().sweep());
    t.clock().setNowMs(at("2027-06-02T00:00:00Z"));

    const Result<Report> statement = MemberStatementQuery(t.database()).run(QStringLiteral("m"), at("2027-04-01T00:00:00Z"), at("2027-06-01T00:00:00Z"));
    QVERIFY(statement);
    const QJsonObject figures = statement.value().figures;
    QCOMPARE(figures.value(QStringLiteral("opening")).toInteger(), 200);
    QCOMPARE(figures.value(QStringLiteral("closing")).toInteger(), 500);
    QCOMPARE(figures.value(QStringLiteral("totals")).toObject().value(QStringLiteral("refunded")).toInteger(), 400);
    QCOMPARE(figures.value(QStringLiteral("totals")).toObject().value(QStringLiteral("expired")).toInteger(), -100);
    QCOMPARE(figures.value(QStringLiteral("expiring")).toObject().value(QStringLiteral("within_30_days")).toInteger(), 500);
    QVERIFY(figures.value(QStringLiteral("ties")).toBool());
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().posted, 500);

    // The lines are the member's reversal and expiry entries of the period, in order.
    QList<qint64> journal;
    QSqlQuery entries(t.database().connection());
    QVERIFY(entries.exec(QStringLiteral("SELECT id FROM entries WHERE member_id = 'm' AND kind IN ('reversal', 'expire') "
                                        "AND posted_at_ms >= %1 AND posted_at_ms < %2 ORDER BY posted_at_ms, id")
                             .arg(at("2027-04-01T00:00:00Z"))
                             .arg(at("2027-06-01T00:00:00Z"))));
    while (entries.next())
        journal.append(entries.value(0).toLongLong());
    QList<qint64> lines;
    for (const QJsonValue &line : figures.value(QStringLiteral("lines")).toArray())
        lines.append(line.toObject().value(QStringLiteral("entry")).toInteger());
    QCOMPARE(lines, journal);
    QCOMPARE(lines.size(), 2);
    // Opening and closing rows around the two lines.
    QCOMPARE(statement.value().table.rows.size(), 3);
    QCOMPARE(MemberStatementQuery(t.database()).run(QStringLiteral("m"), at("2027-06-01T00:00:00Z"), at("2027-04-01T00:00:00Z")).error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("to"));
}

QTEST_GUILESS_MAIN(CorrectionsTest)
#include "tst_corrections.moc"
