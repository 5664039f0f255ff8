// Earning in through the library: a rule changed on 1 March awards earlier events under the old
// version; the same event is awarded once; sources may earn, redeem or both; free amounts only
// where allowed and capped; a yearly cap per member; an unknown member is enrolled from the
// profile and a department change is kept with its date. Runs on SQLite and on PostgreSQL.
#include "earning/earnrulebook.h"
#include "ledger/sourceregistry.h"
#include "ledgerprobes.h"
#include "requireverified.h"
#include "testledger.h"

#include "base/timeformat.h"

#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using namespace orchard::test;

namespace {

EarnRequest earning(const char *member, const char *eventId, const char *type, qint64 occurredAtMs)
{
    EarnRequest request;
    request.memberId = QString::fromLatin1(member);
    request.source = QStringLiteral("darwinbox");
    request.eventId = QString::fromLatin1(eventId);
    request.eventType = QString::fromLatin1(type);
    request.occurredAtMs = occurredAtMs;
    request.profile = MemberProfile{QStringLiteral("Asha Rao"), QStringLiteral("Ops"), QStringLiteral("darwinbox")};
    return request;
}

EarnRule rule(TestLedger &t, bool add, Points points, std::optional<qint64> cap = std::nullopt)
{
    EarnRuleChange change;
    change.eventType = QStringLiteral("milestone");
    change.points = points;
    change.maxPerMemberPerYear = cap;
    change.reason = QStringLiteral("policy");
    EarnRuleBook book(t.database(), t.clock(), Actor{QStringLiteral("cli:admin"), sourceAdmin});
    const Result<EarnRule> made = add ? book.add(change) : book.set(change);
    if (!made)
        qFatal("%s", qPrintable(made.error().message));
    return made.value();
}


}  // namespace

class EarningTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRuleChangeAwardsEarlierEventsUnderTheOldVersion();
    void sourcesEarnRedeemOrBoth();
    void capsAndRefusalsChangeNothing();
};

void EarningTest::aRuleChangeAwardsEarlierEventsUnderTheOldVersion()
{
    TestLedger t;
    t.clock().setNowMs(at("2027-01-10T00:00:00Z"));
    QCOMPARE(rule(t, true, 500).version, 1);
    t.clock().setNowMs(at("2027-03-01T00:00:00Z"));
    QCOMPARE(rule(t, false, 700).version, 2);
    t.clock().setNowMs(at("2027-03-05T00:00:00Z"));

    // Occurred 20 February (before the change): version 1, 500 points; 2 March: version 2, 700.
    const Result<EarnReceipt> february = t.ledger().earn(earning("e1", "ev-feb", "milestone", at("2027-02-20T09:00:00Z")));
    QVERIFY2(february, february ? "" : qPrintable(february.error().message));
    QCOMPARE(february.value().points, 500);
    QCOMPARE(*february.value().ruleVersion, 1);
    const Result<EarnReceipt> march = t.ledger().earn(earning("e1", "ev-mar", "milestone", at("2027-03-02T09:00:00Z")));
    QVERIFY(march);
    QCOMPARE(march.value().points, 700);
    QCOMPARE(*march.value().ruleVersion, 2);

    // The same event again: the first answer, nothing more issued (500 + 700 = 1,200).
    const Result<EarnReceipt> again = t.ledger().earn(earning("e1", "ev-feb", "milestone", at("2027-02-20T09:00:00Z")));
    QVERIFY(again);
    QCOMPARE(again.value().toJson(), february.value().toJson());
    QCOMPARE(t.ledger().balance(QStringLiteral("e1")).value().available, 1200);
    QCOMPARE(t.ledger().hasEarning(QStringLiteral("darwinbox"), QStringLiteral("ev-feb")).value(), true);

    // Enrolled from the profile; a later department change is kept from the day it took effect.
    QCOMPARE(t.ledger().member(QStringLiteral("e1")).value().department, QStringLiteral("Ops"));
    EarnRequest moved = earning("e1", "ev-apr", "milestone", at("2027-03-04T00:00:00Z"));
    moved.profile->department = QStringLiteral("Sales");
    QVERIFY(t.ledger().earn(moved));
    QCOMPARE(t.ledger().member(QStringLiteral("e1")).value().department, QStringLiteral("Sales"));
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM member_departments WHERE member_id = 'e1'")), 2);
    QCOMPARE(scalar(t, QStringLiteral("SELECT since_ms FROM member_departments WHERE department = 'Sales'")), at("2027-03-04T00:00:00Z"));
    requireVerified(t);
}

void EarningTest::sourcesEarnRedeemOrBoth()
{
    TestLedger t;
    t.clock().setNowMs(at("2027-01-01T00:00:00Z"));
    rule(t, true, 500);
    t.clock().setNowMs(at("2027-01-10T00:00:00Z"));
    SourceRegistry registry(t.database(), t.clock(), Actor{QStringLiteral("cli:admin"), sourceAdmin});
    QList<SourcePermissions> sources = registry.sources().value();
    QHash<QString, QString> can;
    for (const SourcePermissions &source : sources)
        can.insert(source.source, source.canText());
    QCOMPARE(can.value(QStringLiteral("marketplace")), QStringLiteral("redeem"));
    QCOMPARE(can.value(QStringLiteral("loyalife")), QStringLiteral("redeem"));
    QCOMPARE(can.value(QStringLiteral("darwinbox")), QStringLiteral("earn"));
    QCOMPARE(can.value(QStringLiteral("successfactors")), QStringLiteral("earn"));

    EarnRequest fromMarketplace = earning("e1", "ev-1", "milestone", at("2027-01-09T00:00:00Z"));
    fromMarketplace.source = QStringLiteral("marketplace");
    const Result<EarnReceipt> refused = t.ledger().earn(fromMarketplace);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, errors::operationNotAllowed);
    QCOMPARE(refused.error().details.value(QStringLiteral("operation")).toString(), QStringLiteral("earn"));

    // A free amount: refused for darwinbox, allowed up to 1,000 for a source that may award them.
    EarnRequest free = earning("e1", "ev-2", "", at("2027-01-09T00:00:00Z"));
    free.points = 300;
    QCOMPARE(t.ledger().earn(free).error().code, errors::operationNotAllowed);
    SourcePermissions bonus;
    bonus.canEarn = true;
    bonus.freeAmounts = true;
    bonus.maxPoints = 1000;
    QVERIFY(registry.addSource(QStringLiteral("bonus"), bonus));
    free.source = QStringLiteral("bonus");
    const Result<EarnReceipt> awarded = t.ledger().earn(free);
    QVERIFY(awarded);
    QCOMPARE(awarded.value().points, 300);
    QVERIFY(!awarded.value().ruleVersion);
    free.eventId = QStringLiteral("ev-3");
    free.points = 1001;
    QCOMPARE(t.ledger().earn(free).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("points"));
    QCOMPARE(t.ledger().balance(QStringLiteral("e1")).value().available, 300);
    requireVerified(t);
}

void EarningTest::capsAndRefusalsChangeNothing()
{
    TestLedger t;
    t.clock().setNowMs(at("2027-01-01T00:00:00Z"));
    rule(t, true, 100, 2);
    t.clock().setNowMs(at("2027-01-10T00:00:00Z"));
    // A rule's first version covers earlier events: December 2026's two are awarded, under 2026's
    // cap; two in 2027 are within its cap of 2 a year, a third is not.
    for (const auto &[id, when] : {std::pair{"a", "2026-12-01T00:00:00Z"}, {"b", "2026-12-02T00:00:00Z"}}) {
        const Result<EarnReceipt> earlier = t.ledger().earn(earning("e1", id, "milestone", at(when)));
        QVERIFY2(earlier, earlier ? "" : qPrintable(earlier.error().message));
        QCOMPARE(earlier.value().ruleVersion.value_or(0), 1);
    }
    for (const char *id : {"c", "d"})
        QVERIFY(t.ledger().earn(earning("e1", id, "milestone", at("2027-01-09T12:00:00Z"))));
    const qint64 entriesBefore = scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries"));
    const Result<EarnReceipt> third = t.ledger().earn(earning("e1", "e", "milestone", at("2027-01-09T13:00:00Z")));
    QCOMPARE(third.error().code, errors::earningCapReached);
    QCOMPARE(t.ledger().earn(earning("e1", "f", "unknown-type", at("2027-01-09T13:00:00Z"))).error().code, errors::unknownEventType);
    EarnRequest stranger = earning("e9", "g", "milestone", at("2027-01-09T13:00:00Z"));
    stranger.profile.reset();
    QCOMPARE(t.ledger().earn(stranger).error().code, errors::unknownMember);
    QCOMPARE(t.ledger().earn(earning("e1", "h", "milestone", at("2027-01-11T00:00:00Z"))).error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("occurred_at"));  // in the future
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries")), entriesBefore);
    QCOMPARE(t.ledger().balance(QStringLiteral("e1")).value().available, 400);  // a, b, c, d: 4 × 100
    requireVerified(t);
}

QTEST_GUILESS_MAIN(EarningTest)
#include "tst_earning.moc"
