// The split-payment quote engine: the worked cases of the rules, the one rounding rule, and
// properties over random orders, balances and rules.
#include "money/splitpayment.h"

#include <QRandomGenerator>
#include <QTest>

using namespace orchard;

namespace {
constexpr qint64 rupee = 100;  // paise
}

class SplitPaymentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rounding()
    {
        const PointValue rupeePerPoint{100, 1};
        QCOMPARE(rupeePerPoint.pointsFor(1000 * rupee), 1000);
        QCOMPARE(rupeePerPoint.pointsFor(1), 1);           // 0.01 points, rounded up
        QCOMPARE(rupeePerPoint.valueOf(800), 800 * rupee);
        const PointValue halfCent{1, 2};
        QCOMPARE(halfCent.pointsFor(3), 6);                // 3 ÷ 0.5
        QCOMPARE(halfCent.valueOf(5), 2);                  // floor(2.5)
        const PointValue threeMinor{3, 1};
        QCOMPARE(threeMinor.pointsFor(10), 4);             // ceil(3.33)
        QCOMPARE(threeMinor.valueOf(4), 12);
        const PointValue sevenThirds{7, 3};
        QCOMPARE(sevenThirds.pointsFor(100), 43);          // ceil(300 / 7 = 42.86)
        QCOMPARE(sevenThirds.valueOf(43), 100);            // floor(301 / 3 = 100.33)
        // The largest order (10^15 minor units) at two extremes of the ratio stays exact; at the
        // smallest value (1/10^6) it would need 10^21 points, which the quote refuses.
        QCOMPARE((PointValue{1'000'000, 1}).pointsFor(1'000'000'000'000'000LL), 1'000'000'000LL);
        QCOMPARE((PointValue{1, 1000}).pointsFor(1'000'000'000'000'000LL), 1'000'000'000'000'000'000LL);  // 10^18

        QCOMPARE(PointValue::parse(QStringLiteral("25/1")).value().numerator, 25);
        QCOMPARE(PointValue::parse(QStringLiteral("1/2")).value().denominator, 2);
        QCOMPARE(PointValue::parse(QStringLiteral("100")).value().denominator, 1);
        QVERIFY(!PointValue::parse(QStringLiteral("0/1")).ok());
        QVERIFY(!PointValue::parse(QStringLiteral("1.5")).ok());
        QVERIFY(!PointValue::parse(QStringLiteral("-1/2")).ok());
    }

    void workedCases_data()
    {
        QTest::addColumn<qint64>("order");
        QTest::addColumn<qint64>("points");
        QTest::addColumn<qint64>("wallet");
        QTest::addColumn<qint64>("chosen");  // -1: none
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<qint64>("paidPoints");
        QTest::addColumn<qint64>("paidWallet");
        // Rule m = 500, partial yes, remainder yes, fallback wallet_only; 1 point = ₹1.
        QTest::newRow("₹1,000, 1,200 points, ₹0") << 1000 * rupee << qint64(1200) << qint64(0) << qint64(-1) << QString()
                                                  << qint64(1000) << qint64(0);
        QTest::newRow("₹1,000, 800 points, ₹500") << 1000 * rupee << qint64(800) << 500 * rupee << qint64(-1) << QString()
                                                  << qint64(800) << 200 * rupee;
        QTest::newRow("₹1,000, 800 points, ₹100") << 1000 * rupee << qint64(800) << 100 * rupee << qint64(-1)
                                                  << errors::insufficientFunds << qint64(0) << qint64(0);
        QTest::newRow("₹1,000, 300 points, ₹1,000") << 1000 * rupee << qint64(300) << 1000 * rupee << qint64(-1) << QString()
                                                    << qint64(0) << 1000 * rupee;
        QTest::newRow("₹200, 600 points, ₹0") << 200 * rupee << qint64(600) << qint64(0) << qint64(-1) << QString()
                                              << qint64(200) << qint64(0);
        QTest::newRow("₹1,000, 800 points, ₹500, k = 400") << 1000 * rupee << qint64(800) << 500 * rupee << qint64(400)
                                                           << errors::pointsBelowMinimum << qint64(0) << qint64(0);
    }

    void workedCases()
    {
        QFETCH(qint64, order);
        QFETCH(qint64, points);
        QFETCH(qint64, wallet);
        QFETCH(qint64, chosen);
        QFETCH(QString, refusal);
        QFETCH(qint64, paidPoints);
        QFETCH(qint64, paidWallet);
        SplitRules rules;
        rules.minPoints = 500;
        rules.version = 3;
        CheckoutInput input{order, points, wallet, chosen < 0 ? std::nullopt : std::optional<Points>(chosen)};
        const Result<CheckoutQuote> quote = quoteCheckout(input, rules, PointValue{100, 1});
        if (!refusal.isEmpty()) {
            QVERIFY(!quote.ok());
            QCOMPARE(quote.error().code, refusal);
            return;
        }
        QVERIFY2(quote.ok(), quote.ok() ? "" : qPrintable(quote.error().message));
        QCOMPARE(quote.value().points, paidPoints);
        QCOMPARE(quote.value().walletMinor, paidWallet);
        QCOMPARE(quote.value().pointsValueMinor + quote.value().walletMinor, order);
        QCOMPARE(quote.value().ruleVersion, 3);
    }

    void allowedRange()
    {
        // ₹1,000 with 800 points and m = 500: the member may use 500 to 800 points.
        SplitRules rules;
        rules.minPoints = 500;
        const Result<CheckoutQuote> quote = quoteCheckout({1000 * rupee, 800, 500 * rupee, std::nullopt}, rules, PointValue{100, 1});
        QCOMPARE(quote.value().allowedMin, 500);
        QCOMPARE(quote.value().allowedMax, 800);
        // k = 650 chosen: ₹350 from the wallet.
        const Result<CheckoutQuote> chosen = quoteCheckout({1000 * rupee, 800, 500 * rupee, Points(650)}, rules, PointValue{100, 1});
        QCOMPARE(chosen.value().walletMinor, 350 * rupee);
        QCOMPARE(quoteCheckout({1000 * rupee, 800, 500 * rupee, Points(801)}, rules, PointValue{100, 1}).error().code,
                 errors::insufficientPoints);
    }

    void fallbacksAndNoSplit()
    {
        SplitRules block;
        block.minPoints = 500;
        block.fallback = SplitRules::Fallback::Block;
        QCOMPARE(quoteCheckout({1000 * rupee, 300, 1000 * rupee, std::nullopt}, block, PointValue{}).error().code,
                 errors::pointsBelowMinimum);
        SplitRules walletOnly;
        walletOnly.minPoints = 500;
        QCOMPARE(quoteCheckout({1000 * rupee, 300, 999 * rupee, std::nullopt}, walletOnly, PointValue{}).error().code,
                 errors::insufficientFunds);
        SplitRules noSplit;
        noSplit.partialPoints = false;
        // 800 points cannot cover ₹1,000 and may not cover part of it: the wallet pays all of it.
        const Result<CheckoutQuote> wallet = quoteCheckout({1000 * rupee, 800, 1000 * rupee, std::nullopt}, noSplit, PointValue{});
        QCOMPARE(wallet.value().points, 0);
        QCOMPARE(wallet.value().walletMinor, 1000 * rupee);
        QCOMPARE(quoteCheckout({1000 * rupee, 800, 999 * rupee, std::nullopt}, noSplit, PointValue{}).error().code,
                 errors::insufficientFunds);
    }

    void badInput()
    {
        const SplitRules rules;
        for (const qint64 order : {qint64(0), qint64(-5), qint64(1'000'000'000'000'001LL)})
            QCOMPARE(quoteCheckout({order, 10, 10, std::nullopt}, rules, PointValue{}).error().details.value(QStringLiteral("field")).toString(),
                     QStringLiteral("amount"));
        QCOMPARE(quoteCheckout({100, 10, 10, Points(-1)}, rules, PointValue{}).error().code, errors::invalidArgument);
        QCOMPARE(quoteCheckout({1'000'000'000'000'000LL, 10, 10, std::nullopt}, rules, PointValue{1, 1'000'000}).error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("amount"));
        QCOMPARE(quoteCheckout({100 * rupee, 200, 0, Points(150)}, rules, PointValue{}).error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("points"));  // more than the 100 the order needs
    }

    void properties()
    {
        // For random V, P, W, rules and point values, a quote is refused with one of the rule codes
        // or pays exactly V, never using more than P points or W money; and the outcome is the one
        // the rules of the issue prescribe, restated here case by case.
        const PointValue values[] = {{100, 1}, {25, 1}, {1, 2}, {3, 1}, {7, 3}, {1, 1000}};
        QRandomGenerator random(20261125);
        for (int i = 0; i < 200'000; ++i) {
            const PointValue value = values[random.bounded(6)];
            SplitRules rules;
            rules.minPoints = random.bounded(4) == 0 ? 0 : qint64(random.bounded(2000));
            rules.partialPoints = random.bounded(4) != 0;
            rules.walletRemainder = random.bounded(4) != 0;
            rules.fallback = random.bounded(2) ? SplitRules::Fallback::WalletOnly : SplitRules::Fallback::Block;
            const qint64 order = 1 + qint64(random.bounded(500'000));
            const Points available = qint64(random.bounded(30'000));
            const qint64 wallet = qint64(random.bounded(600'000));
            const Result<CheckoutQuote> quote = quoteCheckout({order, available, wallet, std::nullopt}, rules, value);

            const Points needed = value.pointsFor(order);
            const bool split = rules.partialPoints && rules.walletRemainder;
            QString expected;  // empty: paid
            Points expectedPoints = 0;
            if (available < rules.minPoints)
                expected = rules.fallback == SplitRules::Fallback::Block ? errors::pointsBelowMinimum
                                                                         : (wallet >= order ? QString() : errors::insufficientFunds);
            else if (available >= needed)
                expectedPoints = needed;
            else if (split) {
                expectedPoints = available;
                if (wallet < order - value.valueOf(available))
                    expected = errors::insufficientFunds;
            } else if (wallet < order)
                expected = errors::insufficientFunds;

            const QString where = QStringLiteral("case %1: V=%2 P=%3 W=%4 m=%5 split=%6 value=%7")
                                      .arg(i).arg(order).arg(available).arg(wallet).arg(rules.minPoints).arg(split)
                                      .arg(value.toString());
            if (!expected.isEmpty()) {
                QVERIFY2(!quote.ok() && quote.error().code == expected, qPrintable(where));
                continue;
            }
            if (!quote.ok())
                QFAIL(qPrintable(where + QStringLiteral(": refused ") + quote.error().message));
            const CheckoutQuote &paid = quote.value();
            QVERIFY2(paid.points == expectedPoints, qPrintable(where));
            QVERIFY2(paid.points <= available && paid.walletMinor <= wallet && paid.walletMinor >= 0, qPrintable(where));
            if (paid.points == needed)
                QVERIFY2(paid.walletMinor == 0 && paid.pointsValueMinor >= order, qPrintable(where));
            else
                QVERIFY2(paid.pointsValueMinor + paid.walletMinor == order, qPrintable(where));
        }
    }
};

QTEST_GUILESS_MAIN(SplitPaymentTest)
#include "tst_splitpayment.moc"
