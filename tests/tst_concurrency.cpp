// Two OS processes, one as marketplace and one as loyalife, each with several threads, redeem the
// same members' points on one SQLite file until they run out. No point may be spent twice.
#include "testledger.h"
#include "journal/verifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using orchard::test::TestLedger;

class ConcurrencyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoPlatformsDrainTheSameMembers()
    {
        constexpr int members = 12;
        constexpr qint64 pointsEach = 997;  // 12 × 997 = 11,964 points to be redeemed exactly
        TestLedger t(Durability::Normal);
        for (int i = 0; i < members; ++i) {
            t.addMember(QStringLiteral("c%1").arg(i));
            t.issue(QStringLiteral("c%1").arg(i), pointsEach);
        }

        QList<QProcess *> platforms;
        for (const QString &source : {sourceMarketplace, sourceLoyalife}) {
            auto *process = new QProcess(this);
            process->setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/ledger_stress_worker"));
            process->setArguments({QStringLiteral("--db"), t.path(), QStringLiteral("--source"), source,
                                   QStringLiteral("--threads"), QStringLiteral("3"), QStringLiteral("--members"),
                                   QString::number(members), QStringLiteral("--seed"), QString::number(platforms.size() + 1)});
            process->setProcessChannelMode(QProcess::SeparateChannels);
            platforms << process;
        }
        for (QProcess *process : platforms)
            process->start();
        qint64 redeemed = 0;
        for (QProcess *process : platforms) {
            QVERIFY2(process->waitForFinished(280'000), "a platform hung");
            const QByteArray errors = process->readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
            const QByteArray output = process->readAllStandardOutput();
            qInfo("%s", output.trimmed().constData());
            const QJsonObject report = QJsonDocument::fromJson(output).object();
            QCOMPARE(report.value(QStringLiteral("errors")).toInteger(-1), 0);
            QVERIFY(report.value(QStringLiteral("succeeded")).toInteger() > 0);
            // Every request got an answer: a success or a clear refusal (releases are not counted).
            QVERIFY(report.value(QStringLiteral("requests")).toInteger()
                    >= report.value(QStringLiteral("succeeded")).toInteger() + report.value(QStringLiteral("refused")).toInteger());
            redeemed += report.value(QStringLiteral("points")).toInteger();
        }
        QCOMPARE(redeemed, members * pointsEach);

        for (int i = 0; i < members; ++i) {
            const Result<Balance> balance = t.ledger().balance(QStringLiteral("c%1").arg(i));
            QVERIFY(balance.ok());
            QCOMPARE(balance.value().available, 0);
            QCOMPARE(balance.value().held, 0);
        }
        QSqlQuery query(t.database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT balance FROM accounts WHERE code = 'programme:redeemed'")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), members * pointsEach);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE balance < 0 AND kind IN ('member', 'hold')")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 0);
        Verifier verifier(t.database());
        const Result<VerificationReport> report = verifier.run();
        QVERIFY(report.ok());
        QVERIFY2(report.value().ok(), report.value().ok() ? "" : qPrintable(report.value().violations.first().message));
    }
};

QTEST_GUILESS_MAIN(ConcurrencyTest)
#include "tst_concurrency.moc"
