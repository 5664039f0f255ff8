// The admin's split-payment rules: each change is one new version with author, time and reason,
// kept forever and audited; refusals change nothing.
#include "settings/splitrulesbook.h"
#include "testledger.h"
#include "journal/verifier.h"

#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using orchard::test::TestLedger;

class SplitRulesTest : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(TestLedger &t, const QString &sql)
    {
        QSqlQuery query(t.database().connection());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

private Q_SLOTS:
    void defaultsBeforeAnyChange()
    {
        TestLedger t;
        SplitRulesBook book(t.database(), t.clock(), Actor{QStringLiteral("asha"), sourceAdmin});
        const SplitRulesVersion rules = book.current().value();
        QCOMPARE(rules.rules.version, 0);
        QCOMPARE(rules.rules.minPoints, 0);
        QVERIFY(rules.rules.partialPoints && rules.rules.walletRemainder);
        QCOMPARE(rules.rules.fallback, SplitRules::Fallback::WalletOnly);
    }

    void eachChangeIsOneVersion()
    {
        TestLedger t;
        SplitRulesBook book(t.database(), t.clock(), Actor{QStringLiteral("asha"), sourceAdmin});
        SplitRulesChange first;
        first.minPoints = 500;
        first.reason = QStringLiteral("encourage saving");
        const Result<SplitRulesVersion> v1 = book.change(first);
        QVERIFY(v1.ok());
        QCOMPARE(v1.value().rules.version, 1);
        QCOMPARE(v1.value().author, QStringLiteral("asha"));
        QCOMPARE(v1.value().createdAtMs, TestLedger::startMs);

        t.clock().advanceMs(60'000);
        SplitRulesChange second;
        second.fallback = SplitRules::Fallback::Block;
        second.reason = QStringLiteral("no wallet-only orders");
        const Result<SplitRulesVersion> v2 = book.change(second);
        QCOMPARE(v2.value().rules.version, 2);
        QCOMPARE(v2.value().rules.minPoints, 500);  // kept from version 1
        QCOMPARE(v2.value().rules.fallback, SplitRules::Fallback::Block);

        // Nothing new, no reason, or a negative minimum: refused, nothing written.
        QCOMPARE(book.change(second).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("rules"));
        SplitRulesChange unexplained;
        unexplained.minPoints = 10;
        QCOMPARE(book.change(unexplained).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
        SplitRulesChange negative;
        negative.minPoints = -1;
        negative.reason = QStringLiteral("oops");
        QCOMPARE(book.change(negative).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("min-points"));

        QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM split_rules")), 2);
        QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rules.set'")), 2);
        const QList<SplitRulesVersion> history = book.history().value();
        QCOMPARE(history.size(), 3);  // the defaults, then versions 1 and 2
        QCOMPARE(history.at(1).reason, QStringLiteral("encourage saving"));
        QCOMPARE(book.version(1).value().rules.fallback, SplitRules::Fallback::WalletOnly);  // old versions stay as they were
        QCOMPARE(book.current().value().rules.version, 2);
        Verifier verifier(t.database());
        QVERIFY(verifier.run().value().ok());
    }

    void quotesUnderAStoredVersion()
    {
        // The worked case "₹1,000, 800 points, ₹500, k = 400" under the version the admin saved.
        TestLedger t;
        SplitRulesBook book(t.database(), t.clock(), Actor{QStringLiteral("asha"), sourceAdmin});
        SplitRulesChange change;
        change.minPoints = 500;
        change.reason = QStringLiteral("policy");
        const SplitRules rules = book.change(change).value().rules;
        QCOMPARE(quoteCheckout({100'000, 800, 50'000, Points(400)}, rules, PointValue{}).error().code, errors::pointsBelowMinimum);
        const Result<CheckoutQuote> quote = quoteCheckout({100'000, 800, 50'000, std::nullopt}, rules, PointValue{});
        QCOMPARE(quote.value().walletMinor, 20'000);
        QCOMPARE(quote.value().ruleVersion, 1);
    }
};

QTEST_GUILESS_MAIN(SplitRulesTest)
#include "tst_splitrules.moc"
