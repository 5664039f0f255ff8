// Redemptions decided together (Ledger::redeemBatch) leave the ledger exactly as the same requests
// run one at a time would: every row of every table the write path touches, every answer, the
// audit chain; and a batch that a statement breaks runs again one by one, the others committed.
#include "ledger/accountcodes.h"
#include "ledgerprobes.h"
#include "requireverified.h"
#include "service/ledgerwriter.h"
#include "testledger.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <mutex>

using namespace orchard;
using namespace orchard::test;

namespace {

// Every row of the tables a redemption or its settling writes, each as text, sorted.
QStringList rowsOf(Database &database)
{
    QStringList rows;
    for (const char *table : {"entries", "postings", "accounts", "lots", "lot_movements", "reservations", "reservation_lots",
                              "idempotency_keys", "audit_log", "outbox_events", "orchard_meta"}) {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table)))
            qFatal("cannot read %s", table);
        while (query.next()) {
            QStringList values;
            for (int column = 0; column < query.record().count(); ++column)
                values << query.record().fieldName(column) + QLatin1Char('=') + query.value(column).toString();
            rows << QLatin1String(table) + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

QString answerText(const Result<ReservationView> &answer)
{
    const QJsonObject json = answer ? answer.value().toJson() : answer.error().toJson();
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

RedeemRequest redemption(const QString &member, Points points, const QString &source, const QString &key)
{
    return {member, points, source, QStringLiteral("order-") + key, key};
}

const Actor platform{QStringLiteral("api:test"), sourceMarketplace};

}  // namespace

class RedemptionBatchTest : public QObject
{
    Q_OBJECT

private:
    // The same programme on every ledger it is called for: a prepaid wallet of 50,000 minor units
    // (a point is worth 100, so 500 points of redemptions), m1 500, m2 300, m3 100 expiring in ten
    // days, m4 50, m5 200 of which 100 are held for 60 s, m6 40 in a lot that lapses in an hour.
    static void setUp(TestLedger &t)
    {
        for (const char *member : {"m1", "m2", "m3", "m4", "m5", "m6"})
            t.addMember(QString::fromLatin1(member));
        t.issue(QStringLiteral("m1"), 500);
        t.issue(QStringLiteral("m2"), 300);
        t.issue(QStringLiteral("m3"), 100, TestLedger::startMs + 10 * 86'400'000LL);
        t.issue(QStringLiteral("m4"), 50);
        t.issue(QStringLiteral("m5"), 200);
        t.reserve(QStringLiteral("m5"), 100, sourceLoyalife, 60);
        t.issue(QStringLiteral("m6"), 40, TestLedger::startMs + 3'600'000LL);
        if (!t.ledger().fund({50'000, QStringLiteral("bank-1"), QStringLiteral("fund-1")}))
            qFatal("cannot fund the programme");
        t.clock().advanceMs(2 * 3'600'000LL);  // m5's hold is past its timeout, m6's lot has lapsed
    }

    // Runs each batch in one transaction, decided together or one at a time; the answers in order.
    static QStringList run(TestLedger &t, const QList<QList<RedeemRequest>> &batches, bool together)
    {
        QStringList answers;
        for (const QList<RedeemRequest> &batch : batches) {
            if (!t.ledger().beginBatch())
                qFatal("cannot begin a batch");
            if (together) {
                QList<Ledger::BatchRedemption> redemptions;
                for (const RedeemRequest &request : batch)
                    redemptions.append({request, platform});
                const Result<QList<Result<ReservationView>>> decided = t.ledger().redeemBatch(redemptions);
                if (!decided)
                    qFatal("the batch broke: %s", qPrintable(decided.error().message));
                for (const Result<ReservationView> &answer : decided.value())
                    answers << answerText(answer);
            } else {
                t.ledger().setActor(platform);
                for (const RedeemRequest &request : batch)
                    answers << answerText(t.ledger().redeem(request));
            }
            if (!t.ledger().commitBatch())
                qFatal("cannot commit a batch");
            t.clock().advanceMs(1'000);
        }
        return answers;
    }

private Q_SLOTS:
    void decidedTogetherWritesWhatOneAtATimeWrites()
    {
        const QList<QList<RedeemRequest>> batches{
            {
                redemption(QStringLiteral("m1"), 100, sourceMarketplace, QStringLiteral("k1")),
                redemption(QStringLiteral("m2"), 50, sourceLoyalife, QStringLiteral("k2")),
                redemption(QStringLiteral("m1"), 100, sourceLoyalife, QStringLiteral("k3")),    // m1 again
                redemption(QStringLiteral("m1"), 100, sourceMarketplace, QStringLiteral("k1")),  // k1 again: its answer
                redemption(QStringLiteral("m2"), 999, sourceMarketplace, QStringLiteral("k5")),  // 250 left: refused
                redemption(QStringLiteral("m5"), 150, sourceMarketplace, QStringLiteral("k6")),  // its timeout first
                redemption(QStringLiteral("m6"), 10, sourceMarketplace, QStringLiteral("k7")),   // its expiry first: refused
                redemption(QStringLiteral("nobody"), 5, sourceMarketplace, QStringLiteral("k8")),
                redemption(QStringLiteral("m1"), -3, sourceMarketplace, QStringLiteral("k9")),
                redemption(QStringLiteral("m1"), 10, QStringLiteral("nowhere"), QStringLiteral("k10")),
                redemption(QStringLiteral("m3"), 60, sourceLoyalife, QStringLiteral("k11")),
                // 100 + 50 + 100 + 150 + 60 points drawn 46,000 of the wallet's 50,000: 4,000 left.
                redemption(QStringLiteral("m4"), 50, sourceMarketplace, QStringLiteral("k12")),  // 5,000: refused
                redemption(QStringLiteral("m1"), 30, sourceMarketplace, QStringLiteral("k13")),  // 3,000: 1,000 left
                redemption(QStringLiteral("m2"), 10, sourceMarketplace, QStringLiteral("k14")),  // m2 after redeem(): 0 left
            },
            {
                redemption(QStringLiteral("m1"), 100, sourceMarketplace, QStringLiteral("k1")),  // answered a batch ago
                redemption(QStringLiteral("m2"), 51, sourceLoyalife, QStringLiteral("k2")),      // k2 for another request
                redemption(QStringLiteral("m4"), 1, sourceMarketplace, QStringLiteral("k15")),   // the wallet is empty
            },
        };
        TestLedger oneByOne;
        TestLedger together;
        setUp(oneByOne);
        setUp(together);
        const QStringList expected = run(oneByOne, batches, false);
        const QStringList answers = run(together, batches, true);
        QCOMPARE(answers, expected);

        // The answers are the ledger's rules at work, not only equal to each other.
        const auto code = [&](int i) {
            return QJsonDocument::fromJson(answers.at(i).toUtf8()).object().value(QStringLiteral("error")).toString();
        };
        QCOMPARE(answers.at(3), answers.at(0));
        QCOMPARE(code(4), errors::insufficientPoints);
        QCOMPARE(code(6), errors::insufficientPoints);
        QCOMPARE(code(7), errors::unknownMember);
        QCOMPARE(code(8), errors::invalidArgument);
        QCOMPARE(code(9), errors::unknownSource);
        QCOMPARE(code(11), errors::programmeWalletInsufficient);
        QCOMPARE(code(12), QString());
        QCOMPARE(code(13), QString());
        QCOMPARE(answers.at(14), answers.at(0));
        QCOMPARE(code(15), errors::idempotencyConflict);
        QCOMPARE(code(16), errors::programmeWalletInsufficient);
        // m1: 500 - 100 - 100 - 30; m5: 200 - 150 after its hold timed out; m6's 40 expired.
        QCOMPARE(together.ledger().balance(QStringLiteral("m1")).value().available, 270);
        QCOMPARE(together.ledger().balance(QStringLiteral("m5")).value().available, 50);
        QCOMPARE(together.ledger().balance(QStringLiteral("m6")).value().available, 0);
        QCOMPARE(scalar(together, QStringLiteral("SELECT balance FROM accounts WHERE code = '%1'").arg(accountcodes::redeemed)),
                 100 + 50 + 100 + 150 + 60 + 30 + 10);

        const QStringList rowsOneByOne = rowsOf(oneByOne.database());
        const QStringList rowsTogether = rowsOf(together.database());
        QCOMPARE(rowsTogether.size(), rowsOneByOne.size());
        for (qsizetype i = 0; i < rowsTogether.size(); ++i)
            QCOMPARE(rowsTogether.at(i), rowsOneByOne.at(i));
        requireVerified(together);
    }

    // A statement the decisions did not foresee fails (here a trigger standing in for a CHECK that
    // another writer's change would trip): the batch is rolled back whole, runs again one request
    // at a time, and only the request at fault is refused.
    void aBrokenBatchRunsAgainOneByOne()
    {
        TestDatabase where;
        FixedClock clock{TestLedger::startMs};
        LedgerWriter::Options options;
        options.location = where.location();
        options.clock = &clock;
        options.durability = Durability::Off;
        auto writer = LedgerWriter::start(options);
        QVERIFY(writer);
        LedgerWriter &w = *writer.value();
        const Actor admin{QStringLiteral("test"), sourceAdmin};
        QVERIFY(w.submit<MemberView>([](Ledger &l) { return l.addMember({QStringLiteral("m1"), {}, QStringLiteral("other"), {}}); })
                    .result());
        QVERIFY(w.submit<IssueReceipt>([](Ledger &l) {
                     IssueRequest issue;
                     issue.memberId = QStringLiteral("m1");
                     issue.points = 100;
                     issue.idempotencyKey = QStringLiteral("setup");
                     return l.issue(issue);
                 }).result());
        where.tamper(where.usesPostgres()
                         ? QStringLiteral("CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                          "IF NEW.reference = 'order-poison' THEN RAISE EXCEPTION 'poisoned'; END IF; "
                                          "RETURN NEW; END $$; CREATE TRIGGER poison BEFORE INSERT ON reservations "
                                          "FOR EACH ROW EXECUTE FUNCTION poison()")
                         : QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON reservations WHEN NEW.reference = 'order-poison' "
                                          "BEGIN SELECT RAISE(ABORT, 'poisoned'); END"));

        std::mutex gate;
        gate.lock();
        auto blocker = w.submit<bool>([&gate](Ledger &) {
            std::lock_guard released(gate);
            return Result<bool>(true);
        });
        QList<QFuture<Result<ReservationView>>> answers;
        for (const char *key : {"a", "poison", "b"})
            answers << w.submitRedemption(redemption(QStringLiteral("m1"), 10, sourceMarketplace, QString::fromLatin1(key)), platform);
        gate.unlock();
        blocker.waitForFinished();
        for (auto &answer : answers)
            answer.waitForFinished();
        QVERIFY(answers.at(0).result());
        QVERIFY(!answers.at(1).result());
        QVERIFY2(answers.at(1).result().error().message.contains(QStringLiteral("poisoned")),
                 qPrintable(answers.at(1).result().error().message));
        QVERIFY(answers.at(2).result());
        QCOMPARE(w.statistics().batchesRunAgain, 1);
        writer.value().reset();

        auto database = Database::open(where.location(), {});
        QVERIFY(database);
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(points), 0) FROM reservations")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 2);   // a and b
        QCOMPARE(query.value(1).toLongLong(), 20);  // 10 each
        QVERIFY(query.exec(QStringLiteral("SELECT balance FROM accounts WHERE code = 'member:m1'")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 80);
    }
};

QTEST_GUILESS_MAIN(RedemptionBatchTest)
#include "tst_redemptionbatch.moc"
