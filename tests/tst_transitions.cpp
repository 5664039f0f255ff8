// Every transition of a reservation and every refusal, on a fresh ledger with a fixed clock.
#include "testledger.h"
#include "journal/verifier.h"

#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using orchard::test::TestLedger;

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

Balance balanceOf(TestLedger &t, const QString &member)
{
    const Result<Balance> balance = t.ledger().balance(member);
    if (!balance)
        qFatal("balance(%s): %s", qPrintable(member), qPrintable(balance.error().message));
    return balance.value();
}

ReserveRequest reserveRequest(TestLedger &t, const QString &member, Points points, const QString &source)
{
    ReserveRequest request;
    request.memberId = member;
    request.points = points;
    request.source = source;
    request.reference = QStringLiteral("order-%1").arg(points);
    request.idempotencyKey = t.nextKey();
    return request;
}

qint64 scalar(TestLedger &t, const QString &sql)
{
    QSqlQuery query(t.database().connection());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void requireVerified(TestLedger &t)
{
    Verifier verifier(t.database());
    const Result<VerificationReport> report = verifier.run();
    QVERIFY(report.ok());
    if (!report.value().ok())
        QFAIL(qPrintable(report.value().violations.first().message));
}

}  // namespace

class TransitionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExample();
    void reserveHoldsPoints();
    void confirmDeductsHeldPoints();
    void partialConfirmReleasesTheRest();
    void releaseReturnsTheHold();
    void closedReservationsRefuseEveryTransition();
    void timeoutReleasesWithoutSweep();
    void sweepWritesTimeoutEntries();
    void redeemIsReserveAndConfirmAtOnce();
    void answersEqualTheStoredReservation();
    void idempotentRetryReturnsFirstResult();
    void idempotentRetryOfRefusalReturnsTheRefusal();
    void idempotencyConflict();
    void keysArePerSource();
    void crossSourceConfirmIsForbidden();
    void earliestExpiryFirst();
    void expiredPointsAreNeverAvailable();
    void holdOnExpiringLotSurvivesUntilClosed();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void unknownIdsAreRefused();
    void auditRecordsEveryMutation();
};

// What reserve and redeem answer is what the ledger then says of the same reservation, field for
// field: the redeem's answer used to name the close reason "redeem" while the stored row had none.
void TransitionsTest::answersEqualTheStoredReservation()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 500);
    const Result<ReservationView> held = t.ledger().reserve(reserveRequest(t, QStringLiteral("m1"), 120, sourceLoyalife));
    QVERIFY(held.ok());
    QCOMPARE(t.ledger().reservation(held.value().reservationId).value().toJson(), held.value().toJson());
    const Result<ReservationView> redeemed =
        t.ledger().redeem({QStringLiteral("m1"), 80, sourceMarketplace, QStringLiteral("gift-card"), t.nextKey()});
    QVERIFY(redeemed.ok());
    QCOMPARE(redeemed.value().closeReason, QStringLiteral("redeem"));
    QCOMPARE(t.ledger().reservation(redeemed.value().reservationId).value().toJson(), redeemed.value().toJson());
}

void TransitionsTest::seedExample()
{
    // 500 issued, 200 redeemed on marketplace → 300 available; loyalife 301 refused, 300 held.
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 500);
    RedeemRequest redeem{QStringLiteral("m1"), 200, sourceMarketplace, QStringLiteral("gift-card"), t.nextKey()};
    QVERIFY(t.ledger().redeem(redeem).ok());
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 300);

    const Result<ReservationView> tooMuch = t.ledger().reserve(reserveRequest(t, QStringLiteral("m1"), 301, sourceLoyalife));
    QVERIFY(!tooMuch.ok());
    QCOMPARE(tooMuch.error().code, errors::insufficientPoints);
    QCOMPARE(tooMuch.error().details.value(QStringLiteral("available")).toInteger(), 300);

    const Result<ReservationView> exact = t.ledger().reserve(reserveRequest(t, QStringLiteral("m1"), 300, sourceLoyalife));
    QVERIFY(exact.ok());
    QCOMPARE(exact.value().status, reservationstatus::reserved);
    const Balance after = balanceOf(t, QStringLiteral("m1"));
    QCOMPARE(after.available, 0);
    QCOMPARE(after.held, 300);
    QCOMPARE(after.posted, 300);
    requireVerified(t);
}

void TransitionsTest::reserveHoldsPoints()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 1000);
    const Result<ReservationView> held = t.ledger().reserve(reserveRequest(t, QStringLiteral("m1"), 250, sourceMarketplace));
    QVERIFY(held.ok());
    // Default timeout 900 s: expires at start + 900,000 ms.
    QCOMPARE(held.value().expiresAtMs, TestLedger::startMs + 900'000);
    const Balance balance = balanceOf(t, QStringLiteral("m1"));
    QCOMPARE(balance.available, 750);
    QCOMPARE(balance.held, 250);
    QCOMPARE(balance.posted, 1000);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'reserve'")), 1);
}

void TransitionsTest::confirmDeductsHeldPoints()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 1000);
    const qint64 id = t.reserve(QStringLiteral("m1"), 400, sourceMarketplace);
    const Result<ReservationView> confirmed = t.ledger().confirm({id, std::nullopt, t.nextKey(), std::nullopt});
    QVERIFY(confirmed.ok());
    QCOMPARE(confirmed.value().status, reservationstatus::confirmed);
    QCOMPARE(confirmed.value().confirmedPoints, 400);
    const Balance balance = balanceOf(t, QStringLiteral("m1"));
    QCOMPARE(balance.available, 600);
    QCOMPARE(balance.held, 0);
    QCOMPARE(balance.posted, 600);
    QCOMPARE(scalar(t, QStringLiteral("SELECT balance FROM accounts WHERE code = 'programme:redeemed'")), 400);
    requireVerified(t);
}

void TransitionsTest::partialConfirmReleasesTheRest()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 1000);
    const qint64 id = t.reserve(QStringLiteral("m1"), 400, sourceMarketplace);
    const Result<ReservationView> confirmed = t.ledger().confirm({id, Points(150), t.nextKey(), std::nullopt});
    QVERIFY(confirmed.ok());
    QCOMPARE(confirmed.value().confirmedPoints, 150);
    QCOMPARE(confirmed.value().reservedPoints, 400);
    // 1000 − 150 deducted; the other 250 came back in the same step.
    const Balance balance = balanceOf(t, QStringLiteral("m1"));
    QCOMPARE(balance.available, 850);
    QCOMPARE(balance.held, 0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'confirm'")), 1);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'release'")), 0);

    const Result<ReservationView> tooMany = t.ledger().confirm({t.reserve(QStringLiteral("m1"), 100, sourceMarketplace),
                                                                Points(101), t.nextKey(), std::nullopt});
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().code, errors::invalidArgument);
    QCOMPARE(tooMany.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("points"));
    requireVerified(t);
}

void TransitionsTest::releaseReturnsTheHold()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 1000);
    const qint64 id = t.reserve(QStringLiteral("m1"), 400, sourceMarketplace);
    const Result<ReservationView> released =
        t.ledger().release({id, QStringLiteral("failure: out of stock"), t.nextKey(), std::nullopt});
    QVERIFY(released.ok());
    QCOMPARE(released.value().status, reservationstatus::released);
    QCOMPARE(released.value().closeReason, QStringLiteral("failure: out of stock"));
    const Balance balance = balanceOf(t, QStringLiteral("m1"));
    QCOMPARE(balance.available, 1000);
    QCOMPARE(balance.held, 0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'release'")), 1);
    requireVerified(t);
}

void TransitionsTest::closedReservationsRefuseEveryTransition()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 1000);
    const qint64 confirmed = t.reserve(QStringLiteral("m1"), 100, sourceMarketplace);
    QVERIFY(t.ledger().confirm({confirmed, std::nullopt, t.nextKey(), std::nullopt}).ok());
    const qint64 released = t.reserve(QStringLiteral("m1"), 100, sourceMarketplace);
    QVERIFY(t.ledger().release({released, QString(), t.nextKey(), std::nullopt}).ok());
    const qint64 timedOut = t.reserve(QStringLiteral("m1"), 100, sourceMarketplace, 60);
    t.clock().advanceMs(60'000);

    const struct
    {
        qint64 id;
        QString code;
    } cases[] = {{confirmed, errors::alreadyConfirmed}, {released, errors::alreadyReleased}, {timedOut, errors::reservationTimedOut}};
    for (const auto &c : cases) {
        const Result<ReservationView> confirmAgain = t.ledger().confirm({c.id, std::nullopt, t.nextKey(), std::nullopt});
        QVERIFY(!confirmAgain.ok());
        QCOMPARE(confirmAgain.error().code, c.code);
        const Result<ReservationView> releaseAgain = t.ledger().release({c.id, QString(), t.nextKey(), std::nullopt});
        QVERIFY(!releaseAgain.ok());
        QCOMPARE(releaseAgain.error().code, c.code);
    }
    // 1000 − 100 confirmed; the released and timed-out holds came back.
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 900);
    requireVerified(t);
}

void TransitionsTest::timeoutReleasesWithoutSweep()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 500);
    const qint64 id = t.reserve(QStringLiteral("m1"), 200, sourceLoyalife, 30);
    t.clock().advanceMs(29'999);
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 300);
    QCOMPARE(t.ledger().reservation(id).value().status, reservationstatus::reserved);
    t.clock().advanceMs(1);  // exactly at expires_at: the hold is gone
    const Balance balance = balanceOf(t, QStringLiteral("m1"));
    QCOMPARE(balance.available, 500);
    QCOMPARE(balance.held, 0);
    QCOMPARE(t.ledger().reservation(id).value().status, reservationstatus::timedOut);
    // Nothing was written yet: the read only shows what is already true.
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'timeout'")), 0);
    // The next write on the member writes the timeout release down first.
    QVERIFY(t.ledger().reserve(reserveRequest(t, QStringLiteral("m1"), 500, sourceMarketplace)).ok());
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'timeout' AND reason = 'timeout'")), 1);
    requireVerified(t);
}

void TransitionsTest::sweepWritesTimeoutEntries()
{
    TestLedger t;
    for (const char *member : {"a", "b"}) {
        t.addMember(QString::fromLatin1(member));
        t.issue(QString::fromLatin1(member), 100);
        t.reserve(QString::fromLatin1(member), 60, sourceLoyalife, 10);
    }
    t.clock().advanceMs(10'000);
    const Result<Ledger::SweepCounts> swept = t.ledger().sweep();
    QVERIFY(swept.ok());
    QCOMPARE(swept.value().timedOutReservations, 2);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM reservations WHERE status = 'timed_out'")), 2);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reservation.timeout' "
                                      "AND actor = 'system:timeout'")),
             2);
    QCOMPARE(t.ledger().sweep().value().timedOutReservations, 0);  // a second run changes nothing
    requireVerified(t);
}

void TransitionsTest::redeemIsReserveAndConfirmAtOnce()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 300);
    const Result<ReservationView> redeemed =
        t.ledger().redeem({QStringLiteral("m1"), 300, sourceLoyalife, QStringLiteral("voucher"), t.nextKey()});
    QVERIFY(redeemed.ok());
    QCOMPARE(redeemed.value().status, reservationstatus::confirmed);
    QCOMPARE(redeemed.value().confirmedPoints, 300);
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 0);
    const Result<ReservationView> more =
        t.ledger().redeem({QStringLiteral("m1"), 1, sourceLoyalife, QStringLiteral("voucher"), t.nextKey()});
    QCOMPARE(more.error().code, errors::insufficientPoints);
    requireVerified(t);
}

void TransitionsTest::idempotentRetryReturnsFirstResult()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 1000);
    ReserveRequest request = reserveRequest(t, QStringLiteral("m1"), 300, sourceMarketplace);
    const Result<ReservationView> first = t.ledger().reserve(request);
    t.clock().advanceMs(5'000);
    const Result<ReservationView> retry = t.ledger().reserve(request);
    QVERIFY(first.ok() && retry.ok());
    QCOMPARE(retry.value().reservationId, first.value().reservationId);
    QCOMPARE(retry.value().expiresAtMs, first.value().expiresAtMs);
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).held, 300);  // held once, not twice
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM reservations")), 1);

    const ConfirmRequest confirm{first.value().reservationId, std::nullopt, QStringLiteral("confirm-1"), std::nullopt};
    QVERIFY(t.ledger().confirm(confirm).ok());
    const Result<ReservationView> confirmRetry = t.ledger().confirm(confirm);
    QVERIFY(confirmRetry.ok());  // the first result, not already_confirmed
    QCOMPARE(confirmRetry.value().status, reservationstatus::confirmed);
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 700);
    requireVerified(t);
}

void TransitionsTest::idempotentRetryOfRefusalReturnsTheRefusal()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 100);
    const ReserveRequest request = reserveRequest(t, QStringLiteral("m1"), 150, sourceMarketplace);
    QCOMPARE(t.ledger().reserve(request).error().code, errors::insufficientPoints);
    t.issue(QStringLiteral("m1"), 100);
    // The retry answers what the first request was answered, even though 200 are now available.
    QCOMPARE(t.ledger().reserve(request).error().code, errors::insufficientPoints);
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 200);
}

void TransitionsTest::idempotencyConflict()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 1000);
    ReserveRequest request = reserveRequest(t, QStringLiteral("m1"), 300, sourceMarketplace);
    QVERIFY(t.ledger().reserve(request).ok());
    request.points = 301;
    const Result<ReservationView> conflict = t.ledger().reserve(request);
    QCOMPARE(conflict.error().code, errors::idempotencyConflict);
    RedeemRequest redeem{QStringLiteral("m1"), 300, sourceMarketplace, request.reference, request.idempotencyKey};
    QCOMPARE(t.ledger().redeem(redeem).error().code, errors::idempotencyConflict);
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).held, 300);
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 700);
}

void TransitionsTest::keysArePerSource()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 1000);
    RedeemRequest marketplace{QStringLiteral("m1"), 100, sourceMarketplace, QStringLiteral("r"), QStringLiteral("same")};
    RedeemRequest loyalife{QStringLiteral("m1"), 100, sourceLoyalife, QStringLiteral("r"), QStringLiteral("same")};
    QVERIFY(t.ledger().redeem(marketplace).ok());
    QVERIFY(t.ledger().redeem(loyalife).ok());
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 800);
}

void TransitionsTest::crossSourceConfirmIsForbidden()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 1000);
    const qint64 id = t.reserve(QStringLiteral("m1"), 100, sourceMarketplace);
    const Result<ReservationView> confirmed = t.ledger().confirm({id, std::nullopt, t.nextKey(), sourceLoyalife});
    QCOMPARE(confirmed.error().code, errors::forbidden);
    QCOMPARE(t.ledger().reservation(id).value().status, reservationstatus::reserved);
    QVERIFY(t.ledger().confirm({id, std::nullopt, t.nextKey(), sourceMarketplace}).ok());
}

void TransitionsTest::earliestExpiryFirst()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    const qint64 never = t.issue(QStringLiteral("m1"), 100);
    const qint64 late = t.issue(QStringLiteral("m1"), 100, TestLedger::startMs + 30 * dayMs);
    const qint64 early = t.issue(QStringLiteral("m1"), 100, TestLedger::startMs + 10 * dayMs);
    t.clock().advanceMs(1);
    const qint64 earlyTwin = t.issue(QStringLiteral("m1"), 100, TestLedger::startMs + 10 * dayMs);
    // 250 points: early (100), then its twin issued later with the same expiry (100), then 50 of late.
    QVERIFY(t.ledger().redeem({QStringLiteral("m1"), 250, sourceMarketplace, QStringLiteral("r"), t.nextKey()}).ok());
    const auto remaining = [&](qint64 lot) {
        return scalar(t, QStringLiteral("SELECT remaining FROM lots WHERE id = %1").arg(lot));
    };
    QCOMPARE(remaining(early), 0);
    QCOMPARE(remaining(earlyTwin), 0);
    QCOMPARE(remaining(late), 50);
    QCOMPARE(remaining(never), 100);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM lot_movements WHERE kind = 'redeem'")), 3);
    requireVerified(t);
}

void TransitionsTest::expiredPointsAreNeverAvailable()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 100, TestLedger::startMs + dayMs);
    t.issue(QStringLiteral("m1"), 40);
    t.clock().setNowMs(TestLedger::startMs + dayMs - 1);
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 140);
    t.clock().setNowMs(TestLedger::startMs + dayMs);
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 40);  // before any expiry run
    QCOMPARE(t.ledger().reserve(reserveRequest(t, QStringLiteral("m1"), 41, sourceMarketplace)).error().code,
             errors::insufficientPoints);
    // The refused reserve still wrote the expiry down: 100 points to the expired account.
    QCOMPARE(scalar(t, QStringLiteral("SELECT balance FROM accounts WHERE code = 'programme:expired'")), 100);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'expire'")), 1);
    requireVerified(t);
}

void TransitionsTest::holdOnExpiringLotSurvivesUntilClosed()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 100, TestLedger::startMs + 60'000);
    const qint64 confirmLater = t.reserve(QStringLiteral("m1"), 30, sourceMarketplace, 600);
    const qint64 releaseLater = t.reserve(QStringLiteral("m1"), 20, sourceMarketplace, 600);
    t.clock().advanceMs(120'000);  // the lot expired; 50 unheld points are gone, 50 still held
    const Balance during = balanceOf(t, QStringLiteral("m1"));
    QCOMPARE(during.available, 0);
    QCOMPARE(during.held, 50);
    QCOMPARE(during.posted, 50);
    QVERIFY(t.ledger().confirm({confirmLater, std::nullopt, t.nextKey(), std::nullopt}).ok());
    QVERIFY(t.ledger().release({releaseLater, QString(), t.nextKey(), std::nullopt}).ok());
    // The released 20 returned to an expired lot and expire at once: redeemed 30, expired 70.
    const Balance after = balanceOf(t, QStringLiteral("m1"));
    QCOMPARE(after.posted, 0);
    QVERIFY(t.ledger().sweep().ok());
    QCOMPARE(scalar(t, QStringLiteral("SELECT balance FROM accounts WHERE code = 'programme:redeemed'")), 30);
    QCOMPARE(scalar(t, QStringLiteral("SELECT balance FROM accounts WHERE code = 'programme:expired'")), 70);
    requireVerified(t);
}

void TransitionsTest::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QString m = QStringLiteral("m1");
    const QString mp = sourceMarketplace;
    const QString r = QStringLiteral("ref");
    const QString invalid = errors::invalidArgument;
    QTest::newRow("zero points") << m << qint64(0) << mp << r << "points" << invalid;
    QTest::newRow("negative points") << m << qint64(-5) << mp << r << "points" << invalid;
    QTest::newRow("overflowing points") << m << qint64(1'000'000'000'001LL) << mp << r << "points" << invalid;
    QTest::newRow("max qint64") << m << std::numeric_limits<qint64>::max() << mp << r << "points" << invalid;
    QTest::newRow("empty member") << QString() << qint64(1) << mp << r << "member" << invalid;
    QTest::newRow("long member") << QString(129, QLatin1Char('x')) << qint64(1) << mp << r << "member" << invalid;
    QTest::newRow("control in ref") << m << qint64(1) << mp << QStringLiteral("a\nb") << "ref" << invalid;
    QTest::newRow("unknown member") << QStringLiteral("nobody") << qint64(1) << mp << r << "member" << errors::unknownMember;
    QTest::newRow("unknown source") << m << qint64(1) << QStringLiteral("shop") << r << "source" << errors::unknownSource;
}

void TransitionsTest::badInputChangesNothing()
{
    QFETCH(QString, member);
    QFETCH(qint64, points);
    QFETCH(QString, source);
    QFETCH(QString, reference);
    QFETCH(QString, field);
    QFETCH(QString, code);
    TestLedger t;
    t.addMember(QStringLiteral("m1"));
    t.issue(QStringLiteral("m1"), 100);
    const qint64 entries = scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries"));
    const qint64 audit = scalar(t, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    ReserveRequest request{member, points, source, reference, t.nextKey(), 900};
    const Result<ReservationView> reserved = t.ledger().reserve(request);
    QVERIFY(!reserved.ok());
    QCOMPARE(reserved.error().code, code);
    QCOMPARE(reserved.error().details.value(QStringLiteral("field")).toString(), field);
    const Result<ReservationView> redeemed = t.ledger().redeem({member, points, source, reference, t.nextKey()});
    QCOMPARE(redeemed.error().code, code);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries")), entries);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM idempotency_keys")), 1);  // the set-up issue only
    QCOMPARE(balanceOf(t, QStringLiteral("m1")).available, 100);
}

void TransitionsTest::unknownIdsAreRefused()
{
    TestLedger t;
    QCOMPARE(t.ledger().confirm({424242, std::nullopt, t.nextKey(), std::nullopt}).error().code, errors::unknownReservation);
    QCOMPARE(t.ledger().release({424242, QString(), t.nextKey(), std::nullopt}).error().code, errors::unknownReservation);
    QCOMPARE(t.ledger().reservation(424242).error().code, errors::unknownReservation);
    QCOMPARE(t.ledger().balance(QStringLiteral("ghost")).error().code, errors::unknownMember);
    IssueRequest issue;
    issue.memberId = QStringLiteral("ghost");
    issue.points = 10;
    issue.idempotencyKey = t.nextKey();
    QCOMPARE(t.ledger().issue(issue).error().code, errors::unknownMember);
    t.addMember(QStringLiteral("m1"));
    issue.memberId = QStringLiteral("m1");
    issue.expiresAtMs = TestLedger::startMs;  // not after the issue time
    QCOMPARE(t.ledger().issue(issue).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("expires_at"));
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries")), 0);
}

void TransitionsTest::auditRecordsEveryMutation()
{
    TestLedger t;
    t.addMember(QStringLiteral("m1"));                                      // member.add
    t.issue(QStringLiteral("m1"), 100);                                     // points.issue
    const qint64 id = t.reserve(QStringLiteral("m1"), 50, sourceMarketplace, 5);  // reservation.reserve
    t.clock().advanceMs(5'000);
    QVERIFY(t.ledger().sweep().ok());                                       // reservation.timeout
    QSqlQuery query(t.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT action, actor, source, subject FROM audit_log ORDER BY id")));
    QStringList rows;
    while (query.next())
        rows << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString()}
                    .join(QLatin1Char('|'));
    QCOMPARE(rows, (QStringList{QStringLiteral("member.add|test|admin|m1"), QStringLiteral("points.issue|test|admin|m1"),
                                QStringLiteral("reservation.reserve|test|marketplace|m1"),
                                QStringLiteral("reservation.timeout|system:timeout|marketplace|m1")}));
    Q_UNUSED(id);
}

QTEST_GUILESS_MAIN(TransitionsTest)
#include "tst_transitions.moc"
