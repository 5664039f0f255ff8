// The group-commit writer and the async façade: many requests in one transaction, each with its
// own result; a refusal inside a batch refuses that request alone.
#include "base/clock.h"
#include "testledger.h"
#include "service/ledgerservice.h"
#include "service/ledgerwriter.h"
#include "settings/splitrulesbook.h"
#include "journal/verifier.h"

#include <QCoroTask>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <vector>

using namespace orchard;

namespace {
constexpr qint64 startMs = 1'767'225'600'000LL;  // 2026-01-01T00:00:00Z
const Actor testActor{QStringLiteral("test"), sourceAdmin};
}  // namespace

class GroupCommitTest : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{startMs};
    std::vector<std::unique_ptr<test::TestDatabase>> m_databases;

    // m1 with 100 points, committed.
    static void fundMember(LedgerWriter &w)
    {
        w.submit<MemberView>([](Ledger &l) { return l.addMember({QStringLiteral("m1"), {}, QStringLiteral("other"), {}}); }).waitForFinished();
        w.submit<IssueReceipt>([](Ledger &l) {
            IssueRequest issue;
            issue.memberId = QStringLiteral("m1");
            issue.points = 100;
            issue.idempotencyKey = QStringLiteral("setup");
            return l.issue(issue);
        }).waitForFinished();
    }

    // A writer on a fresh ledger with the fixed clock; durability off (the tests count batches).
    LedgerWriter::Options writerOptions()
    {
        LedgerWriter::Options options;
        options.location = freshLocation();
        options.clock = &m_clock;
        options.durability = Durability::Off;
        return options;
    }

    LedgerLocation freshLocation()
    {
        m_databases.push_back(std::make_unique<test::TestDatabase>());
        return m_databases.back()->location();
    }

private Q_SLOTS:
    void batchWithOneRefusalCommitsTheOthers()
    {
        const LedgerWriter::Options options = writerOptions();
        auto writer = LedgerWriter::start(options);
        QVERIFY(writer.ok());
        LedgerWriter &w = *writer.value();

        // Set-up: m1 with 100 points, committed before the batch under test.
        fundMember(w);

        // One batch of three: 60 succeeds, 50 is refused (only 40 left), 40 succeeds.
        QList<QFuture<Result<ReservationView>>> futures;
        std::mutex gate;
        gate.lock();
        // Block the writer inside a job so the three requests queue up and form one batch.
        auto blocker = w.submit<bool>([&gate](Ledger &) {
            std::lock_guard released(gate);
            return Result<bool>(true);
        });
        for (const qint64 points : {60, 50, 40})
            futures << w.submit<ReservationView>([points](Ledger &l) {
                return l.redeem({QStringLiteral("m1"), points, sourceMarketplace, QStringLiteral("order-%1").arg(points),
                                 QStringLiteral("key-%1").arg(points)});
            });
        const qint64 batchesBefore = w.statistics().batches;
        gate.unlock();
        blocker.waitForFinished();
        for (auto &future : futures)
            future.waitForFinished();
        QVERIFY(futures.at(0).result().ok());
        QCOMPARE(futures.at(1).result().error().code, errors::insufficientPoints);
        QCOMPARE(futures.at(1).result().error().details.value(QStringLiteral("available")).toInteger(), 40);
        QVERIFY(futures.at(2).result().ok());
        // The three queued while the blocker ran, so they were committed together in one batch.
        QCOMPARE(w.statistics().batches, batchesBefore + 1);
        QVERIFY(w.statistics().largestBatch >= 3);

        writer.value().reset();
        Database::Options readOptions;
        auto database = Database::open(options.location, readOptions);
        QVERIFY(database.ok());
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT balance FROM accounts WHERE code = 'programme:redeemed'")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 100);  // 60 + 40
        Verifier verifier(*database.value());
        QVERIFY(verifier.run().value().ok());
    }

    void aloneOperationRunsBetweenBatches()
    {
        const LedgerWriter::Options options = writerOptions();
        auto writer = LedgerWriter::start(options);
        QVERIFY(writer.ok());
        LedgerWriter &w = *writer.value();
        fundMember(w);

        // Queued behind a blocker: two redemptions, a rules change that opens its own transaction,
        // two more redemptions. The change cannot share a batch; the redemptions around it can.
        std::mutex gate;
        gate.lock();
        std::atomic<bool> blocking{false};
        auto blocker = w.submit<bool>([&gate, &blocking](Ledger &) {
            blocking = true;
            std::lock_guard released(gate);
            return Result<bool>(true);
        });
        QVERIFY(QTest::qWaitFor([&blocking] { return blocking.load(); }, 10'000));  // its batch is formed and running
        QList<QFuture<Result<ReservationView>>> redemptions;
        const auto redeem = [&](qint64 points) {
            redemptions << w.submit<ReservationView>([points](Ledger &l) {
                return l.redeem({QStringLiteral("m1"), points, sourceMarketplace, QStringLiteral("o-%1").arg(points), QStringLiteral("k-%1").arg(points)});
            });
        };
        redeem(10);
        redeem(11);
        SplitRulesChange change;
        change.minPoints = 250;
        change.reason = QStringLiteral("campaign");
        auto changed = w.submitAlone<SplitRulesVersion>([change, this](Ledger &l) {
            return SplitRulesBook(l.database(), m_clock, testActor).change(change);
        });
        redeem(12);
        redeem(13);
        const qint64 batchesBefore = w.statistics().batches;
        gate.unlock();
        for (auto &future : redemptions)
            future.waitForFinished();
        changed.waitForFinished();
        for (auto &future : redemptions)
            QVERIFY(future.result().ok());
        QVERIFY2(changed.result().ok(), qPrintable(changed.result().ok() ? QString() : changed.result().error().message));
        QCOMPARE(changed.result().value().rules.version, 1);
        QCOMPARE(changed.result().value().rules.minPoints, 250);
        // Three batches after the blocker's: 10 + 11, the change alone, 12 + 13.
        QCOMPARE(w.statistics().batches, batchesBefore + 3);

        writer.value().reset();
        auto database = Database::open(options.location, {});
        QVERIFY(database.ok());
        QVERIFY(Verifier(*database.value()).run().value().ok());
    }

    void serviceAwaitsResultsOffTheCallerThread()
    {
        LedgerService::Options options;
        options.location = freshLocation();
        options.clock = &m_clock;
        options.durability = Durability::Off;
        options.createIfMissing = true;
        auto service = LedgerService::open(options);
        QVERIFY(service.ok());
        LedgerService &s = *service.value();

        QVERIFY(QCoro::waitFor(s.addMember({QStringLiteral("m1"), QStringLiteral("Meera"), QStringLiteral("darwinbox"), {}}, testActor)).ok());
        IssueRequest issue;
        issue.memberId = QStringLiteral("m1");
        issue.points = 500;
        issue.idempotencyKey = QStringLiteral("i1");
        QVERIFY(QCoro::waitFor(s.issue(issue, testActor)).ok());

        // 64 concurrent redemptions of 10 points each from two sources: 50 fit in 500 points.
        std::vector<QCoro::Task<Result<ReservationView>>> tasks;
        for (int i = 0; i < 64; ++i)
            tasks.push_back(s.redeem({QStringLiteral("m1"), 10, i % 2 ? sourceLoyalife : sourceMarketplace,
                                   QStringLiteral("o%1").arg(i), QStringLiteral("r%1").arg(i)},
                                  testActor));
        int succeeded = 0;
        int refused = 0;
        for (auto &task : tasks) {
            const Result<ReservationView> result = QCoro::waitFor(std::move(task));
            if (result.ok())
                ++succeeded;
            else if (result.error().code == errors::insufficientPoints)
                ++refused;
        }
        QCOMPARE(succeeded, 50);
        QCOMPARE(refused, 14);
        const Result<Balance> balance = QCoro::waitFor(s.balance(QStringLiteral("m1")));
        QVERIFY(balance.ok());
        QCOMPARE(balance.value().available, 0);
        QCOMPARE(balance.value().posted, 0);
        const Result<QList<EntryView>> log = QCoro::waitFor(s.log(LogFilter{QStringLiteral("m1"), {}, QStringLiteral("confirm"), {}, {}, 100}));
        QVERIFY(log.ok());
        QCOMPARE(log.value().size(), 50);
    }
};

QTEST_GUILESS_MAIN(GroupCommitTest)
#include "tst_groupcommit.moc"
