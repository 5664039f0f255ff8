// Refunds of confirmed redemptions and checkouts through the library, to the point and paisa: the
// issue's worked case (lots given back in reverse, a lapsed lot's points in a new lot, funding
// back by the draw's floor rule), a checkout's two legs, the refusals, a zero refund grace, and
// the database's own refusal of a refund beyond what was paid.
#include "journal/verifier.h"
#include "money/money.h"
#include "reports/pointstate.h"
#include "settings/expirypolicy.h"
#include "settings/programmebook.h"
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

const Actor admin{QStringLiteral("cli:test"), sourceAdmin};

qint64 fundingAvailable(TestLedger &t)
{
    return t.ledger().fundingWallet().value().balanceMinor;
}

// INR at 25 paise a point, prepaid, with ₹1,000.00 in the funding wallet.
void prepaidAt25Paise(TestLedger &t)
{
    if (!ProgrammeBook(t.database(), t.clock(), admin).change({QStringLiteral("INR"), PointValue{25, 1}, FundingMode::Prepaid, QStringLiteral("25 paise")}))
        qFatal("programme refused");
    if (!t.ledger().fund({100000, QStringLiteral("bank-1"), t.nextKey()}))
        qFatal("fund refused");
}

RefundRequest refundOf(TestLedger &t, qint64 reservationId, std::optional<Points> points, std::optional<qint64> walletMinor = std::nullopt)
{
    RefundRequest request;
    request.reservationId = reservationId;
    request.points = points;
    request.walletMinor = walletMinor;
    request.reason = QStringLiteral("order cancelled");
    request.idempotencyKey = t.nextKey();
    return request;
}

}  // namespace

class RefundsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workedCase();
    void checkoutRefundsBothLegs();
    void refusals();
    void zeroGraceExpiresAtOnce();
    void databaseRefusesWhatThePaymentDoesNotCover();
};

void RefundsTest::workedCase()
{
    TestLedger t;
    t.clock().setNowMs(at("2027-01-05T10:00:00Z"));
    prepaidAt25Paise(t);
    t.addMember(QStringLiteral("m"));
    const qint64 march = t.issue(QStringLiteral("m"), 300, at("2027-03-31T00:00:00Z"));
    const qint64 june = t.issue(QStringLiteral("m"), 500, at("2027-06-30T00:00:00Z"));
    const Result<ReservationView> redeemed =
        t.ledger().redeem({QStringLiteral("m"), 600, QStringLiteral("marketplace"), QStringLiteral("order-1"), t.nextKey()});
    QVERIFY(redeemed);
    // 600 × 25 paise = ₹150.00 drawn: ₹850.00 left. The March lot gave 300, the June lot 300.
    QCOMPARE(fundingAvailable(t), 85000);
    const qint64 reservation = redeemed.value().reservationId;

    // 2 April: the March lot has lapsed. 400 back, the June lot first: 300 into it, 100 into a new
    // lot lapsing 30 days later; 400 × 25 = ₹100.00 back to the funding wallet.
    const qint64 refundAt = at("2027-04-02T09:00:00Z");
    t.clock().setNowMs(refundAt);
    const Result<RefundReceipt> first = t.ledger().refund(refundOf(t, reservation, 400));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(first.value().points, 400);
    QCOMPARE(first.value().fundingReturnedMinor, 10000);
    QCOMPARE(first.value().refundedPointsTotal, 400);
    QCOMPARE(first.value().pointsLeft, 200);
    QCOMPARE(first.value().lots.size(), 2);
    QCOMPARE(first.value().lots.at(0).lotId, june);
    QCOMPARE(first.value().lots.at(0).points, 300);
    QCOMPARE(first.value().lots.at(0).intoLotId, june);
    QCOMPARE(first.value().lots.at(1).lotId, march);
    QCOMPARE(first.value().lots.at(1).points, 100);
    QVERIFY(first.value().lots.at(1).intoLotId != march);
    QCOMPARE(*first.value().lots.at(1).expiresAtMs, at("2027-05-02T09:00:00Z"));
    QCOMPARE(fundingAvailable(t), 95000);
    // 500 in June (200 + 300 back) and 100 in the new lot.
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 600);

    // A second refund of 250: only 200 are left.
    const Result<RefundReceipt> tooMuch = t.ledger().refund(refundOf(t, reservation, 250));
    QCOMPARE(tooMuch.error().code, errors::refundExceedsConfirmed);
    QCOMPARE(tooMuch.error().details.value(QStringLiteral("points_left")).toInteger(), 200);

    // The rest: 200 of the March lot's, into another new lot; the last ₹50.00 of the ₹150.00.
    const Result<RefundReceipt> rest = t.ledger().refund(refundOf(t, reservation, std::nullopt));
    QVERIFY(rest);
    QCOMPARE(rest.value().points, 200);
    QCOMPARE(rest.value().fundingReturnedMinor, 5000);
    QCOMPARE(rest.value().refundedPointsTotal, 600);
    QCOMPARE(rest.value().pointsLeft, 0);
    QCOMPARE(fundingAvailable(t), 100000);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 800);
    QCOMPARE(t.ledger().refund(refundOf(t, reservation, std::nullopt)).error().code, errors::refundExceedsConfirmed);

    // Issued 800 = redeemed 0 net + expired 0 + outstanding 800; 600 given back.
    const PointState state = PointStateQuery(t.database()).state(refundAt + 1);
    QCOMPARE(state.issued, 800);
    QCOMPARE(state.redeemed, 0);
    QCOMPARE(state.refunded, 600);
    QCOMPARE(state.outstanding, 800);
    QVERIFY(state.ties());
    // Before the refunds: 600 redeemed, 200 outstanding.
    const PointState before = PointStateQuery(t.database()).state(refundAt - 1);
    QCOMPARE(before.redeemed, 600);
    QCOMPARE(before.outstanding, 200);
    QVERIFY(before.ties());
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'reversal'")), 2);
    requireVerified(t);
}

void RefundsTest::checkoutRefundsBothLegs()
{
    TestLedger t;
    prepaidAt25Paise(t);
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 1000);
    if (!t.ledger().creditWallet({QStringLiteral("m"), 30000, QStringLiteral("top-up"), t.nextKey()}))
        qFatal("credit refused");
    // An order of ₹400.00: 800 points (₹200.00) and ₹200.00 from the member's wallet.
    CheckoutRequest order;
    order.memberId = QStringLiteral("m");
    order.orderMinor = 40000;
    order.chosenPoints = 800;
    order.source = QStringLiteral("marketplace");
    order.reference = QStringLiteral("order-7");
    order.idempotencyKey = t.nextKey();
    const Result<CheckoutReceipt> paid = t.ledger().checkout(order);
    QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().message));
    QCOMPARE(paid.value().reservation.walletMinor, 20000);
    QCOMPARE(paid.value().reservation.confirmedPoints, 800);
    const qint64 reservation = paid.value().reservation.reservationId;
    QCOMPARE(fundingAvailable(t), 80000);

    // 300 points and ₹50.00: the points' ₹75.00 go back to the funding wallet.
    const Result<RefundReceipt> part = t.ledger().refund(refundOf(t, reservation, 300, 5000));
    QVERIFY(part);
    QCOMPARE(part.value().walletMinor, 5000);
    QCOMPARE(part.value().fundingReturnedMinor, 7500);
    QCOMPARE(part.value().pointsLeft, 500);
    QCOMPARE(part.value().walletLeftMinor, 15000);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 500);  // 1000 - 800 + 300
    // More of the wallet leg than it paid: refused, naming both remainders.
    const Result<RefundReceipt> over = t.ledger().refund(refundOf(t, reservation, std::nullopt, 15001));
    QCOMPARE(over.error().code, errors::refundExceedsConfirmed);
    QCOMPARE(over.error().details.value(QStringLiteral("wallet_left")).toInteger(), 15000);

    // The rest of both legs.
    const Result<RefundReceipt> rest = t.ledger().refund(refundOf(t, reservation, std::nullopt));
    QVERIFY(rest);
    QCOMPARE(rest.value().points, 500);
    QCOMPARE(rest.value().walletMinor, 15000);
    QCOMPARE(rest.value().fundingReturnedMinor, 12500);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 1000);
    QCOMPARE(fundingAvailable(t), 100000);
    // The wallet: 30000 - 20000 + 5000 + 15000.
    QCOMPARE(scalar(t, QStringLiteral("SELECT a.balance FROM accounts a WHERE a.member_id = 'm' AND a.kind = 'wallet'")), 30000);
    requireVerified(t);
}

void RefundsTest::refusals()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 500);
    // A hold is released, not refunded.
    const qint64 held = t.reserve(QStringLiteral("m"), 100, QStringLiteral("loyalife"));
    QCOMPARE(t.ledger().refund(refundOf(t, held, 50)).error().code, errors::notRefundable);
    // Only the platform that owns it, when a platform asks.
    const Result<ReservationView> redeemed =
        t.ledger().redeem({QStringLiteral("m"), 200, QStringLiteral("marketplace"), QStringLiteral("order-9"), t.nextKey()});
    QVERIFY(redeemed);
    RefundRequest other = refundOf(t, redeemed.value().reservationId, 50);
    other.source = QStringLiteral("loyalife");
    QCOMPARE(t.ledger().refund(other).error().code, errors::forbidden);
    // A reason is required; a retry answers the first result and moves nothing more.
    RefundRequest unexplained = refundOf(t, redeemed.value().reservationId, 50);
    unexplained.reason = QStringLiteral("  ");
    QCOMPARE(t.ledger().refund(unexplained).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
    const RefundRequest once = refundOf(t, redeemed.value().reservationId, 50);
    const Result<RefundReceipt> first = t.ledger().refund(once);
    const Result<RefundReceipt> again = t.ledger().refund(once);
    QVERIFY(first && again);
    QCOMPARE(again.value().refundId, first.value().refundId);
    QCOMPARE(again.value().refundedPointsTotal, 50);
    // 500 - 100 held - 200 + 50.
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 250);
    QCOMPARE(t.ledger().refund(refundOf(t, 999, 1)).error().code, errors::unknownReservation);
    requireVerified(t);
}

void RefundsTest::zeroGraceExpiresAtOnce()
{
    TestLedger t;
    t.clock().setNowMs(at("2027-01-05T10:00:00Z"));
    ExpiryPolicyChange change;
    change.refundGraceDays = 0;
    change.reason = QStringLiteral("no second life for refunded points");
    QVERIFY(ExpiryPolicyBook(t.database(), t.clock(), admin).change(change));
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 300, at("2027-03-31T00:00:00Z"));
    const Result<ReservationView> redeemed =
        t.ledger().redeem({QStringLiteral("m"), 100, QStringLiteral("marketplace"), QStringLiteral("order-2"), t.nextKey()});
    QVERIFY(redeemed);
    t.clock().setNowMs(at("2027-04-02T09:00:00Z"));
    const Result<RefundReceipt> refunded = t.ledger().refund(refundOf(t, redeemed.value().reservationId, std::nullopt));
    QVERIFY(refunded);
    QCOMPARE(refunded.value().points, 100);
    // The 100 came back and expired in the same step: nothing available, 300 expired in all
    // (200 left in the lot, 100 of the refund), issued still 300.
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 0);
    const PointState state = PointStateQuery(t.database()).state(at("2027-04-02T09:00:01Z"));
    QCOMPARE(state.issued, 300);
    QCOMPARE(state.expired, 300);
    QCOMPARE(state.redeemed, 0);
    QVERIFY(state.ties());
    requireVerified(t);
}

void RefundsTest::databaseRefusesWhatThePaymentDoesNotCover()
{
    // Another process writing refunds without Orchard's checks meets the table's own.
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 500);
    const Result<ReservationView> redeemed =
        t.ledger().redeem({QStringLiteral("m"), 200, QStringLiteral("marketplace"), QStringLiteral("order-3"), t.nextKey()});
    QVERIFY(redeemed);
    QVERIFY(t.ledger().refund(refundOf(t, redeemed.value().reservationId, 50)));
    // An entry no refund names yet (the issue's), so that only the constraint under test can fail.
    const qint64 entry = scalar(t, QStringLiteral("SELECT MIN(id) FROM entries"));
    const auto insert = [&](qint64 number, qint64 pointsTotal) {
        QSqlQuery query(t.database().connection());
        return query.exec(QStringLiteral("INSERT INTO refunds (reservation_id, entry_id, number, points, wallet_minor, funding_minor, "
                                         "points_total, wallet_total, funding_total, confirmed_points, wallet_paid, funding_drawn, "
                                         "reason, created_at_ms) VALUES (%1, %2, %3, 10, 0, 0, %4, 0, 0, 200, 0, 0, 'x', 0)")
                              .arg(redeemed.value().reservationId)
                              .arg(entry)
                              .arg(number)
                              .arg(pointsTotal));
    };
    QVERIFY(!insert(2, 201));  // past the 200 confirmed
    QVERIFY(!insert(1, 60));   // refund 1 exists: a second writer that read the same state
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM refunds")), 1);
    QVERIFY(insert(2, 60));    // the control: a row within both
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM refunds")), 2);
}

QTEST_GUILESS_MAIN(RefundsTest)
#include "tst_refunds.moc"
