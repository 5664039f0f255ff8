// The service is killed with SIGKILL several times while both platforms drive it; afterwards every
// acknowledged request is in the ledger exactly once and nothing else was deducted.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class CrashTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject orchardctl(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        process.start(qEnvironmentVariable("ORCHARDCTL"), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} + arguments);
        process.waitForFinished(120'000);
        if (exitCode)
            *exitCode = process.exitCode();
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static bool startService(QProcess &service, const QString &db, quint16 port)
    {
        service.setProgram(qEnvironmentVariable("ORCHARD_LEDGERD"));
        service.setArguments({QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        service.start();
        return service.waitForStarted() && service.waitForReadyRead(20'000);  // the "listening" line
    }

private Q_SLOTS:
    void killedServiceLosesNothing()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        const QString marketplaceKey = orchardctl({QStringLiteral("source"), QStringLiteral("key"), QStringLiteral("marketplace")})
                                           .value(QStringLiteral("key")).toString();
        const QString loyalifeKey = orchardctl({QStringLiteral("source"), QStringLiteral("key"), QStringLiteral("loyalife")})
                                        .value(QStringLiteral("key")).toString();
        QVERIFY(!marketplaceKey.isEmpty() && !loyalifeKey.isEmpty());

        const quint16 port = freePort();
        QProcess service;
        QVERIFY(startService(service, m_db, port));

        QProcess simulator;
        simulator.start(qEnvironmentVariable("ORCHARDCTL"),
                        {QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("simulate"),
                         QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                         QStringLiteral("--marketplace-key"), marketplaceKey, QStringLiteral("--loyalife-key"), loyalifeKey,
                         QStringLiteral("--members"), QStringLiteral("20"), QStringLiteral("--points-each"), QStringLiteral("3000"),
                         QStringLiteral("--seconds"), QStringLiteral("10"), QStringLiteral("--concurrency"), QStringLiteral("12"),
                         QStringLiteral("--failure-rate"), QStringLiteral("0.1"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY(simulator.waitForStarted());

        constexpr int kills = 4;
        for (int i = 0; i < kills; ++i) {
            QThread::msleep(1'800);
            service.kill();  // SIGKILL: no chance to finish anything
            QVERIFY(service.waitForFinished(10'000));
            QCOMPARE(service.exitStatus(), QProcess::CrashExit);
            QThread::msleep(300);
            QVERIFY2(startService(service, m_db, port), "the service did not come back");
        }

        QVERIFY2(simulator.waitForFinished(240'000), "the simulator hung");
        const QByteArray output = simulator.readAllStandardOutput();
        const QJsonObject report = QJsonDocument::fromJson(output).object();
        qInfo("%s", QJsonDocument(report.value(QStringLiteral("outcomes")).toObject()).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(report.value(QStringLiteral("ok")).toBool(), output.left(4000).constData());
        QCOMPARE(simulator.exitCode(), 0);
        // Requests really were cut off and retried with their keys.
        QVERIFY(report.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("retried after no answer")).toInteger() > 0);

        service.terminate();
        QVERIFY(service.waitForFinished(20'000));

        // Exactly the acknowledged points left the members: nothing twice, nothing unacknowledged.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-check"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT balance FROM accounts WHERE code = 'programme:redeemed'")) && query.next());
            QCOMPARE(query.value(0).toLongLong(), report.value(QStringLiteral("confirmed_points")).toInteger());
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM reservations WHERE status = 'confirmed'")) && query.next());
            QCOMPARE(query.value(0).toLongLong(), report.value(QStringLiteral("confirmed_reservations")).toInteger());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));
        int verifyExit = -1;
        const QJsonObject verified = orchardctl({QStringLiteral("verify")}, &verifyExit);
        QCOMPARE(verifyExit, 0);
        QVERIFY(verified.value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "tst_crash.moc"
