// The money side of the ledger through the library: programme settings, the pre-paid funding
// wallet, members' wallets and checkouts (the split-payment issue's worked cases), quote
// validity under a rule change, units in verify, and many processes checking out at once.
#include "money/money.h"
#include "settings/programmebook.h"
#include "settings/splitrulesbook.h"
#include "requireverified.h"
#include "testledger.h"
#include "journal/verifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using namespace orchard::test;

namespace {

const Actor admin{QStringLiteral("cli:test"), sourceAdmin};

qint64 scalar(TestLedger &t, const QString &sql)
{
    QSqlQuery query(t.database().connection());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

qint64 accountBalance(TestLedger &t, const QString &code)
{
    QSqlQuery query(t.database().connection());
    query.prepare(QStringLiteral("SELECT balance FROM accounts WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec())
        qFatal("balance query failed");
    return query.next() ? query.value(0).toLongLong() : 0;
}

void fund(TestLedger &t, qint64 minor)
{
    const Result<MoneyReceipt> funded = t.ledger().fund({minor, QStringLiteral("bank-") + t.nextKey(), t.nextKey()});
    if (!funded)
        qFatal("fund refused: %s", qPrintable(funded.error().message));
}

void credit(TestLedger &t, const QString &member, qint64 minor)
{
    const Result<MoneyReceipt> credited = t.ledger().creditWallet({member, minor, QStringLiteral("top-up"), t.nextKey()});
    if (!credited)
        qFatal("credit refused: %s", qPrintable(credited.error().message));
}

// The issue's rule: m = 500, partial points yes, wallet remainder yes, fallback wallet_only.
void setWorkedRules(TestLedger &t)
{
    SplitRulesChange change;
    change.minPoints = 500;
    change.reason = QStringLiteral("the worked cases' rule");
    if (!SplitRulesBook(t.database(), t.clock(), admin).change(change))
        qFatal("rules refused");
}

CheckoutRequest orderFor(TestLedger &t, const QString &member, qint64 orderMinor, std::optional<Points> points = std::nullopt)
{
    CheckoutRequest request;
    request.memberId = member;
    request.orderMinor = orderMinor;
    request.chosenPoints = points;
    request.source = QStringLiteral("marketplace");
    request.reference = QStringLiteral("order-") + t.nextKey();
    request.idempotencyKey = t.nextKey();
    return request;
}

}  // namespace

class MoneyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amountsInMajorUnits_data();
    void amountsInMajorUnits();
    void currencies();
    void programmeSettingsAreVersionedAndAudited();
    void anAwardAboveTheProgrammesMaximumIsRefused();
    void checkoutWorkedCases_data();
    void checkoutWorkedCases();
    void reserveHoldsFundingConfirmDrawsReleaseReturns();
    void fundingWalletCannotCoverRefusesAndHoldsNothing();
    void noFundingModeMovesNoMoney();
    void fundingIsIdempotentAndOncePerBankReference();
    void badMoneyInputChangesNothing();
    void checkoutHoldSettlesBothLegs();
    void checkoutIsIdempotent();
    void quoteKeepsItsRuleVersionForFiveMinutes();
    void verifyChecksEachUnit();
    void concurrentCheckoutsNeverOverdraw();
};

void MoneyTest::amountsInMajorUnits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");  // -1: refused
    QTest::addColumn<QString>("why");   // a fragment of the refusal

    QTest::newRow("INR with paise") << "INR" << "1000.50" << qint64(100050) << "";
    QTest::newRow("INR whole") << "INR" << "250000" << qint64(25000000) << "";
    QTest::newRow("INR one decimal") << "INR" << "0.5" << qint64(50) << "";
    QTest::newRow("INR leading zeros") << "INR" << "007.00" << qint64(700) << "";
    QTest::newRow("INR at the limit") << "INR" << "10000000000000.00" << qint64(1'000'000'000'000'000LL) << "";
    QTest::newRow("JPY no minor unit") << "JPY" << "1500" << qint64(1500) << "";
    QTest::newRow("KWD three decimals") << "KWD" << "1.234" << qint64(1234) << "";
    QTest::newRow("too many decimals") << "INR" << "1.234" << qint64(-1) << "has 3 decimals; INR allows at most 2";
    QTest::newRow("JPY decimals") << "JPY" << "1.5" << qint64(-1) << "JPY has no minor unit";
    QTest::newRow("negative") << "INR" << "-5" << qint64(-1) << "negative";
    QTest::newRow("zero") << "INR" << "0.00" << qint64(-1) << "zero";
    QTest::newRow("above the limit") << "INR" << "10000000000000.01" << qint64(-1) << "too large";
    QTest::newRow("far above the limit") << "INR" << "99999999999999999999999" << qint64(-1) << "too large";
    QTest::newRow("thousands separator") << "INR" << "1,000.00" << qint64(-1) << "not an amount";
    QTest::newRow("exponent") << "INR" << "1e5" << qint64(-1) << "not an amount";
    QTest::newRow("not a number") << "INR" << "lots" << qint64(-1) << "not an amount";
    QTest::newRow("trailing point") << "INR" << "12." << qint64(-1) << "not an amount";
    QTest::newRow("leading point") << "INR" << ".5" << qint64(-1) << "not an amount";
    QTest::newRow("plus sign") << "INR" << "+5" << qint64(-1) << "not an amount";
    QTest::newRow("empty") << "INR" << "" << qint64(-1) << "empty";
}

void MoneyTest::amountsInMajorUnits()
{
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    QFETCH(QString, why);
    const Result<money::Currency> found = money::currency(QStringLiteral("currency"), currency);
    QVERIFY(found);
    const Result<qint64> parsed = money::parseAmount(QStringLiteral("amount"), text, found.value());
    if (minor >= 0) {
        QVERIFY(parsed);
        QCOMPARE(parsed.value(), minor);
        // And back: the text it is written as has exactly the currency's decimals.
        QCOMPARE(money::parseAmount(QStringLiteral("amount"), money::formatAmount(minor, found.value()), found.value()).value(),
                 minor);
    } else {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, errors::invalidArgument);
        QCOMPARE(parsed.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("amount"));
        QVERIFY2(parsed.error().message.contains(why), qPrintable(parsed.error().message));
    }
}

void MoneyTest::currencies()
{
    QCOMPARE(money::currency(QStringLiteral("currency"), QStringLiteral("INR")).value().decimals, 2);
    QCOMPARE(money::currency(QStringLiteral("currency"), QStringLiteral("JPY")).value().decimals, 0);
    QCOMPARE(money::currency(QStringLiteral("currency"), QStringLiteral("BHD")).value().decimals, 3);
    QVERIFY(!money::currency(QStringLiteral("currency"), QStringLiteral("XYZ")));
    QVERIFY(!money::currency(QStringLiteral("currency"), QStringLiteral("inr")));
    QCOMPARE(money::formatAmount(100050, {QStringLiteral("INR"), 2}), QStringLiteral("1000.50"));
    QCOMPARE(money::formatAmount(-5, {QStringLiteral("INR"), 2}), QStringLiteral("-0.05"));
    QCOMPARE(money::formatAmount(1234, {QStringLiteral("KWD"), 3}), QStringLiteral("1.234"));
    QCOMPARE(money::formatAmount(1500, {QStringLiteral("JPY"), 0}), QStringLiteral("1500"));
}

void MoneyTest::programmeSettingsAreVersionedAndAudited()
{
    TestLedger t;
    ProgrammeBook book(t.database(), t.clock(), admin);
    const ProgrammeSettings defaults = book.current().value();
    QCOMPARE(defaults.version, 0);
    QCOMPARE(defaults.currency.code, QStringLiteral("INR"));
    QCOMPARE(defaults.pointValue.toString(), QStringLiteral("100/1"));
    QCOMPARE(defaults.funding, FundingMode::Prepaid);

    QCOMPARE(book.change({{}, PointValue{25, 1}, {}, QString()}).error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("reason"));
    QCOMPARE(book.change({QStringLiteral("XYZ"), {}, {}, QStringLiteral("r")}).error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("currency"));
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM programme_settings")), 0);

    const Result<ProgrammeSettings> changed = book.change({QStringLiteral("USD"), PointValue{1, 2}, {}, QStringLiteral("half a cent")});
    QVERIFY(changed);
    QCOMPARE(changed.value().version, 1);
    QCOMPARE(changed.value().currency.code, QStringLiteral("USD"));
    QCOMPARE(changed.value().author, admin.name);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'programme.set'")), 1);
    QCOMPARE(book.history().value().size(), 2);  // the defaults and version 1

    // Once money is kept in USD, the currency is fixed.
    fund(t, 500);
    const Result<ProgrammeSettings> locked = book.change({QStringLiteral("EUR"), {}, {}, QStringLiteral("switch")});
    QCOMPARE(locked.error().code, errors::currencyLocked);
    QCOMPARE(book.current().value().version, 1);
    // Point value and funding may still change.
    QVERIFY(book.change({{}, PointValue{1, 1}, FundingMode::None, QStringLiteral("points only")}));
    QCOMPARE(book.current().value().version, 2);
}

// programme set --max-award 5000: an issue of 5,001 is refused naming points and changes nothing;
// 5,000 goes in; 0 removes the cap. The cap is kept with its version and audited.
void MoneyTest::anAwardAboveTheProgrammesMaximumIsRefused()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    ProgrammeBook book(t.database(), t.clock(), admin);
    ProgrammeChange cap;
    cap.maxPointsPerAward = -1;
    cap.reason = QStringLiteral("a guard rail");
    QCOMPARE(book.change(cap).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("max-award"));
    cap.maxPointsPerAward = 5'000;
    QCOMPARE(*book.change(cap).value().maxPointsPerAward, 5'000);
    QCOMPARE(scalar(t, QStringLiteral("SELECT max_points_per_award FROM programme_settings WHERE version = 1")), 5'000);

    const Result<IssueReceipt> tooMuch = t.ledger().issue({QStringLiteral("m"), 5'001, std::nullopt, QStringLiteral("typo"), t.nextKey()});
    QCOMPARE(tooMuch.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("points"));
    QVERIFY2(tooMuch.error().message.contains(QStringLiteral("maximum of 5000 points per award")), qPrintable(tooMuch.error().message));
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 0);
    QVERIFY(t.ledger().issue({QStringLiteral("m"), 5'000, std::nullopt, QStringLiteral("bonus"), t.nextKey()}));
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 5'000);

    ProgrammeChange uncapped;
    uncapped.maxPointsPerAward = 0;
    uncapped.reason = QStringLiteral("year-end bonuses");
    QVERIFY(!book.change(uncapped).value().maxPointsPerAward);
    QVERIFY(t.ledger().issue({QStringLiteral("m"), 20'000, std::nullopt, QStringLiteral("year end"), t.nextKey()}));
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 25'000);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'programme.set'")), 2);
}

void MoneyTest::checkoutWorkedCases_data()
{
    QTest::addColumn<qint64>("order");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("wallet");
    QTest::addColumn<qint64>("chosen");  // -1: the default quote
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<qint64>("paidPoints");
    QTest::addColumn<qint64>("paidWallet");

    // 1 point = ₹1 = 100 paise; m = 500, partial yes, remainder yes, fallback wallet_only.
    QTest::newRow("₹1,000 with 1,200 points: 1,000 points") << qint64(100000) << qint64(1200) << qint64(0) << qint64(-1) << "" << qint64(1000) << qint64(0);
    QTest::newRow("₹1,000 with 800 points, ₹500: 800 points + ₹200") << qint64(100000) << qint64(800) << qint64(50000) << qint64(-1) << "" << qint64(800) << qint64(20000);
    QTest::newRow("₹1,000 with 800 points, ₹100: insufficient_funds") << qint64(100000) << qint64(800) << qint64(10000) << qint64(-1) << "insufficient_funds" << qint64(0) << qint64(0);
    QTest::newRow("₹1,000 with 300 points, ₹1,000: wallet only") << qint64(100000) << qint64(300) << qint64(100000) << qint64(-1) << "" << qint64(0) << qint64(100000);
    QTest::newRow("₹200 with 600 points: 200 points") << qint64(20000) << qint64(600) << qint64(0) << qint64(-1) << "" << qint64(200) << qint64(0);
    QTest::newRow("₹1,000 with 800 points, ₹500, k=400: points_below_minimum") << qint64(100000) << qint64(800) << qint64(50000) << qint64(400) << "points_below_minimum" << qint64(0) << qint64(0);
}

void MoneyTest::checkoutWorkedCases()
{
    QFETCH(qint64, order);
    QFETCH(qint64, points);
    QFETCH(qint64, wallet);
    QFETCH(qint64, chosen);
    QFETCH(QString, refusal);
    QFETCH(qint64, paidPoints);
    QFETCH(qint64, paidWallet);

    TestLedger t;
    setWorkedRules(t);
    fund(t, 10'000'000);  // ₹1,00,000 in the programme's funding wallet
    t.addMember(QStringLiteral("emp-1"));
    t.issue(QStringLiteral("emp-1"), points);
    if (wallet > 0)
        credit(t, QStringLiteral("emp-1"), wallet);
    const qint64 entriesBefore = scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries"));

    const Result<CheckoutReceipt> paid =
        t.ledger().checkout(orderFor(t, QStringLiteral("emp-1"), order, chosen >= 0 ? std::optional<Points>(chosen) : std::nullopt));
    const Balance after = t.ledger().balance(QStringLiteral("emp-1")).value();
    if (!refusal.isEmpty()) {
        QVERIFY(!paid);
        QCOMPARE(paid.error().code, refusal);
        // Nothing moved: the same balances, the same journal, the funding wallet untouched.
        QCOMPARE(after.available, points);
        QCOMPARE(after.walletMinor, wallet);
        QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries")), entriesBefore);
        QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 10'000'000);
        return;
    }
    QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
    const CheckoutReceipt &receipt = paid.value();
    QCOMPARE(receipt.quote.points, paidPoints);
    QCOMPARE(receipt.quote.walletMinor, paidWallet);
    QCOMPARE(receipt.quote.pointsValueMinor + receipt.quote.walletMinor, order);  // pays exactly V (value 100/1)
    QCOMPARE(receipt.quote.ruleVersion, 1);
    QCOMPARE(receipt.reservation.status, reservationstatus::confirmed);
    QCOMPARE(after.available, points - paidPoints);
    QCOMPARE(after.walletMinor, wallet - paidWallet);
    // The funding wallet pays the points' value, the merchant receives the wallet money.
    QCOMPARE(receipt.fundingDrawMinor, paidPoints * 100);
    QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 10'000'000 - paidPoints * 100);
    QCOMPARE(accountBalance(t, QStringLiteral("programme:rewards_cost")), paidPoints * 100);
    QCOMPARE(accountBalance(t, QStringLiteral("programme:merchant")), paidWallet);
    // One entry with every leg.
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries")), entriesBefore + 1);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'checkout' AND amount_minor = %1").arg(order)), 1);
    requireVerified(t);
}

void MoneyTest::reserveHoldsFundingConfirmDrawsReleaseReturns()
{
    TestLedger t;
    fund(t, 100000);  // ₹1,000.00; a point is worth ₹1
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 2000);

    // Reserve 600 points: ₹600 held. Available 100000 - 60000 = 40000.
    const qint64 first = t.reserve(QStringLiteral("m"), 600, QStringLiteral("marketplace"));
    FundingWalletView wallet = t.ledger().fundingWallet().value();
    QCOMPARE(wallet.balanceMinor, 40000);
    QCOMPARE(wallet.heldMinor, 60000);
    QCOMPARE(t.ledger().reservation(first).value().fundingMinor, 60000);

    // Confirm 250 of them: ₹250 drawn, ₹350 back. Available 40000 + 35000 = 75000.
    const Result<ReservationView> confirmed = t.ledger().confirm({first, 250, t.nextKey(), std::nullopt});
    QVERIFY(confirmed);
    QCOMPARE(confirmed.value().fundingMinor, 25000);
    wallet = t.ledger().fundingWallet().value();
    QCOMPARE(wallet.balanceMinor, 75000);
    QCOMPARE(wallet.heldMinor, 0);
    QCOMPARE(wallet.drawnMinor, 25000);

    // Release: all of it back.
    const qint64 second = t.reserve(QStringLiteral("m"), 300, QStringLiteral("loyalife"));
    QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 45000);
    QVERIFY(t.ledger().release({second, QStringLiteral("out of stock"), t.nextKey(), std::nullopt}));
    QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 75000);

    // A timeout returns it too, once written down.
    const qint64 third = t.reserve(QStringLiteral("m"), 100, QStringLiteral("loyalife"), 60);
    QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 65000);
    t.clock().advanceMs(61'000);
    QCOMPARE(t.ledger().sweep().value().timedOutReservations, 1);
    QCOMPARE(t.ledger().reservation(third).value().status, reservationstatus::timedOut);
    wallet = t.ledger().fundingWallet().value();
    QCOMPARE(wallet.balanceMinor, 75000);
    QCOMPARE(wallet.heldMinor, 0);

    // One-step redeem draws at once: 75000 - 10000.
    QVERIFY(t.ledger().redeem({QStringLiteral("m"), 100, QStringLiteral("marketplace"), QStringLiteral("r1"), t.nextKey()}));
    QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 65000);
    QCOMPARE(t.ledger().fundingWallet().value().drawnMinor, 35000);
    requireVerified(t);
}

void MoneyTest::fundingWalletCannotCoverRefusesAndHoldsNothing()
{
    TestLedger t;
    fund(t, 50000);  // ₹500
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 1000);
    const Result<ReservationView> refused =
        t.ledger().reserve({QStringLiteral("m"), 501, QStringLiteral("marketplace"), QStringLiteral("o"), t.nextKey(), 900});
    QCOMPARE(refused.error().code, errors::programmeWalletInsufficient);
    QCOMPARE(refused.error().details.value(QStringLiteral("available")).toInteger(), 50000);
    QCOMPARE(refused.error().details.value(QStringLiteral("needed")).toInteger(), 50100);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 1000);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().held, 0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM reservations")), 0);
    // Exactly the wallet's worth is fine.
    QVERIFY(t.ledger().reserve({QStringLiteral("m"), 500, QStringLiteral("marketplace"), QStringLiteral("o2"), t.nextKey(), 900}));
    QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 0);
    requireVerified(t);
}

void MoneyTest::noFundingModeMovesNoMoney()
{
    TestLedger t;
    fund(t, 50000);
    QVERIFY(ProgrammeBook(t.database(), t.clock(), admin).change({{}, {}, FundingMode::None, QStringLiteral("points only")}));
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 1000);
    const qint64 id = t.reserve(QStringLiteral("m"), 900, QStringLiteral("marketplace"));
    QVERIFY(t.ledger().confirm({id, std::nullopt, t.nextKey(), std::nullopt}));
    QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 50000);
    QCOMPARE(t.ledger().fundingWallet().value().drawnMinor, 0);
    requireVerified(t);
}

void MoneyTest::fundingIsIdempotentAndOncePerBankReference()
{
    TestLedger t;
    const Result<MoneyReceipt> first = t.ledger().fund({25'000'000, QStringLiteral("NEFT-001"), QStringLiteral("k1")});
    QVERIFY(first);
    QCOMPARE(first.value().balanceMinor, 25'000'000);
    const Result<MoneyReceipt> retry = t.ledger().fund({25'000'000, QStringLiteral("NEFT-001"), QStringLiteral("k1")});
    QCOMPARE(retry.value().entryId, first.value().entryId);
    QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 25'000'000);
    const Result<MoneyReceipt> sameBankRef = t.ledger().fund({100, QStringLiteral("NEFT-001"), QStringLiteral("k2")});
    QCOMPARE(sameBankRef.error().code, errors::duplicateReference);
    const Result<MoneyReceipt> otherArguments = t.ledger().fund({100, QStringLiteral("NEFT-002"), QStringLiteral("k1")});
    QCOMPARE(otherArguments.error().code, errors::idempotencyConflict);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'fund'")), 1);
    QCOMPARE(t.ledger().fundingWallet().value().fundedMinor, 25'000'000);
}

void MoneyTest::badMoneyInputChangesNothing()
{
    TestLedger t;
    t.addMember(QStringLiteral("m"));
    for (const qint64 amount : {qint64(0), qint64(-1), money::maxMinorUnits + 1}) {
        QCOMPARE(t.ledger().fund({amount, QStringLiteral("b"), t.nextKey()}).error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("amount"));
        QCOMPARE(t.ledger().creditWallet({QStringLiteral("m"), amount, QStringLiteral("r"), t.nextKey()}).error().code,
                 errors::invalidArgument);
        QCOMPARE(t.ledger().checkout(orderFor(t, QStringLiteral("m"), amount)).error().code, errors::invalidArgument);
    }
    QCOMPARE(t.ledger().creditWallet({QStringLiteral("ghost"), 100, QStringLiteral("r"), t.nextKey()}).error().code,
             errors::unknownMember);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries")), 0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE unit <> 'points'")), 0);
}

void MoneyTest::checkoutHoldSettlesBothLegs()
{
    TestLedger t;
    setWorkedRules(t);
    fund(t, 1'000'000);
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 800);
    credit(t, QStringLiteral("m"), 50000);

    // Hold ₹1,000 = 800 points + ₹200: both legs and ₹800 of funding held.
    CheckoutRequest held = orderFor(t, QStringLiteral("m"), 100000);
    held.hold = true;
    const Result<CheckoutReceipt> hold = t.ledger().checkout(held);
    QVERIFY(hold);
    const qint64 id = hold.value().reservation.reservationId;
    QCOMPARE(hold.value().reservation.status, reservationstatus::reserved);
    Balance balance = t.ledger().balance(QStringLiteral("m")).value();
    QCOMPARE(balance.available, 0);
    QCOMPARE(balance.held, 800);
    QCOMPARE(balance.walletMinor, 30000);
    QCOMPARE(accountBalance(t, QStringLiteral("wallet_hold:m")), 20000);
    QCOMPARE(t.ledger().fundingWallet().value().heldMinor, 80000);

    // A checkout is confirmed whole.
    QCOMPARE(t.ledger().confirm({id, 400, t.nextKey(), std::nullopt}).error().code, errors::invalidArgument);
    QVERIFY(t.ledger().confirm({id, std::nullopt, t.nextKey(), std::nullopt}));
    balance = t.ledger().balance(QStringLiteral("m")).value();
    QCOMPARE(balance.held, 0);
    QCOMPARE(balance.walletMinor, 30000);
    QCOMPARE(accountBalance(t, QStringLiteral("wallet_hold:m")), 0);
    QCOMPARE(accountBalance(t, QStringLiteral("programme:merchant")), 20000);
    QCOMPARE(accountBalance(t, QStringLiteral("programme:redeemed")), 800);
    QCOMPARE(t.ledger().fundingWallet().value().drawnMinor, 80000);

    // A second hold released gives both legs back: wallet-only ₹300 (points 0 < m=500).
    CheckoutRequest second = orderFor(t, QStringLiteral("m"), 30000);
    second.hold = true;
    const Result<CheckoutReceipt> walletOnly = t.ledger().checkout(second);
    QVERIFY(walletOnly);
    QCOMPARE(walletOnly.value().quote.points, 0);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().walletMinor, 0);
    QVERIFY(t.ledger().release({walletOnly.value().reservation.reservationId, QStringLiteral("failure"), t.nextKey(), std::nullopt}));
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().walletMinor, 30000);
    QCOMPARE(accountBalance(t, QStringLiteral("wallet_hold:m")), 0);
    requireVerified(t);
}

void MoneyTest::checkoutIsIdempotent()
{
    TestLedger t;
    setWorkedRules(t);
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 800);
    credit(t, QStringLiteral("m"), 50000);
    const CheckoutRequest request = orderFor(t, QStringLiteral("m"), 100000);
    const Result<CheckoutReceipt> first = t.ledger().checkout(request);
    QVERIFY(first);
    const Result<CheckoutReceipt> retry = t.ledger().checkout(request);
    QVERIFY(retry);
    QCOMPARE(retry.value().toJson(), first.value().toJson());
    CheckoutRequest changed = request;
    changed.orderMinor = 90000;
    QCOMPARE(t.ledger().checkout(changed).error().code, errors::idempotencyConflict);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'checkout'")), 1);
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().walletMinor, 30000);
}

void MoneyTest::quoteKeepsItsRuleVersionForFiveMinutes()
{
    TestLedger t;
    SplitRulesBook rules(t.database(), t.clock(), admin);
    // Versions 1-3 lead to the rule the quote is made under: m = 500, split allowed.
    QVERIFY(rules.change({100, {}, {}, {}, QStringLiteral("v1")}));
    QVERIFY(rules.change({200, {}, {}, {}, QStringLiteral("v2")}));
    QVERIFY(rules.change({500, {}, {}, {}, QStringLiteral("v3")}));
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 800);
    credit(t, QStringLiteral("m"), 50000);

    const Result<QuoteView> quoted = t.ledger().quote({QStringLiteral("m"), 100000, std::nullopt, {}});
    QVERIFY(quoted);
    QCOMPARE(quoted.value().quote.ruleVersion, 3);
    QCOMPARE(quoted.value().quote.points, 800);
    QCOMPARE(quoted.value().quote.walletMinor, 20000);
    QCOMPARE(quoted.value().validUntilMs, TestLedger::startMs + 300'000);

    // Version 4 forbids splitting: under it the order would need ₹1,000 of wallet money.
    t.clock().advanceMs(60'000);
    QVERIFY(rules.change({{}, false, {}, {}, QStringLiteral("v4: no split")}));

    // Paid at 4:59 under version 3: 800 points + ₹200.
    t.clock().advanceMs(239'000);
    const Result<CheckoutReceipt> paid = t.ledger().checkout(orderFor(t, QStringLiteral("m"), 100000));
    QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
    QCOMPARE(paid.value().quote.ruleVersion, 3);
    QCOMPARE(paid.value().quote.points, 800);
    QCOMPARE(paid.value().quote.walletMinor, 20000);

    // A second quote at the same moment is under version 4; paying it 5 min 1 s later is refused.
    t.issue(QStringLiteral("m"), 800);
    credit(t, QStringLiteral("m"), 70000);
    const Result<QuoteView> second = t.ledger().quote({QStringLiteral("m"), 100000, std::nullopt, {}});
    QCOMPARE(second.value().quote.ruleVersion, 4);
    t.clock().advanceMs(301'000);
    const Result<CheckoutReceipt> late = t.ledger().checkout(orderFor(t, QStringLiteral("m"), 100000));
    QCOMPARE(late.error().code, errors::quoteExpired);
    QCOMPARE(late.error().details.value(QStringLiteral("quote")).toString(), quoteToken(second.value().quoteId));
    QCOMPARE(t.ledger().balance(QStringLiteral("m")).value().available, 800);
    // Naming the quote explicitly gives the same answer.
    CheckoutRequest named = orderFor(t, QStringLiteral("m"), 100000);
    named.quoteId = second.value().quoteId;
    QCOMPARE(t.ledger().checkout(named).error().code, errors::quoteExpired);
}

void MoneyTest::verifyChecksEachUnit()
{
    TestLedger t;
    fund(t, 100000);
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 100);
    t.reserve(QStringLiteral("m"), 50, QStringLiteral("marketplace"));
    requireVerified(t);
    // Moving money between units inside one entry: points still sum to zero overall, but each
    // unit does not.
    t.where().tamper(QStringLiteral("UPDATE postings SET unit = 'points' WHERE unit = 'INR' AND amount = -5000"));
    const VerificationReport report = Verifier(t.database()).run().value();
    QStringList checks;
    for (const Violation &violation : report.violations)
        checks << violation.check;
    QVERIFY2(checks.contains(QStringLiteral("entry_balance")), qPrintable(checks.join(QLatin1Char(','))));
    QVERIFY2(checks.contains(QStringLiteral("unit")), qPrintable(checks.join(QLatin1Char(','))));
    QVERIFY2(checks.contains(QStringLiteral("journal_digest")), qPrintable(checks.join(QLatin1Char(','))));
}

// Twelve orchardctl processes check out ₹300 each at once against one member (500 points, ₹500
// in the wallet) and a funding wallet of ₹600, under the default rules (m = 0, points first).
// Whatever order they run in, the outcome is the same sequence: 300 points (funding 600 → 300);
// 200 points + ₹100 (funding → 100); 0 points + ₹300 (wallet 400 → 100); then insufficient_funds
// for the other nine. No balance goes below zero and each leg moves only with its partners.
void MoneyTest::concurrentCheckoutsNeverOverdraw()
{
    TestLedger t;
    fund(t, 60000);
    t.addMember(QStringLiteral("m"));
    t.issue(QStringLiteral("m"), 500);
    credit(t, QStringLiteral("m"), 50000);
    const QString orchardctl = qEnvironmentVariable("ORCHARDCTL");
    QVERIFY2(!orchardctl.isEmpty(), "ORCHARDCTL must name the orchardctl binary");

    QList<QProcess *> buyers;
    for (int i = 0; i < 12; ++i) {
        auto *process = new QProcess(this);
        process->start(orchardctl, {QStringLiteral("--db"), t.path(), QStringLiteral("--json"), QStringLiteral("checkout"),
                                    QStringLiteral("pay"), QStringLiteral("m"), QStringLiteral("300.00"), QStringLiteral("--source"),
                                    i % 2 ? QStringLiteral("marketplace") : QStringLiteral("loyalife"), QStringLiteral("--ref"),
                                    QStringLiteral("order-%1").arg(i)});
        buyers.append(process);
    }
    int paid = 0;
    int refused = 0;
    for (QProcess *process : std::as_const(buyers)) {
        QVERIFY(process->waitForFinished(120'000));
        if (process->exitCode() == 0)
            ++paid;
        else if (process->exitCode() == 3)
            ++refused;
        else
            QFAIL(process->readAllStandardError().constData());
    }
    QCOMPARE(paid + refused, 12);
    QCOMPARE(paid, 3);
    const Balance balance = t.ledger().balance(QStringLiteral("m")).value();
    QCOMPARE(balance.available, 0);
    QCOMPARE(balance.walletMinor, 10000);                                 // 50000 - 10000 - 30000
    QCOMPARE(t.ledger().fundingWallet().value().balanceMinor, 10000);     // 60000 - 30000 - 20000
    QCOMPARE(t.ledger().fundingWallet().value().drawnMinor, 50000);
    QCOMPARE(accountBalance(t, QStringLiteral("programme:merchant")), 40000);  // 10000 + 30000
    QCOMPARE(accountBalance(t, QStringLiteral("programme:redeemed")), 500);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries WHERE kind = 'checkout'")), 3);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE balance < 0 AND kind IN "
                                      "('member', 'hold', 'funding', 'funding_hold', 'wallet', 'wallet_hold')")),
             0);
    requireVerified(t);
}

QTEST_GUILESS_MAIN(MoneyTest)
#include "tst_money.moc"
