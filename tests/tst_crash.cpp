// The service is killed with SIGKILL several times while both platforms drive it; afterwards every
// acknowledged request is in the ledger exactly once and nothing else was deducted. Then it is
// stopped with SIGTERM under load: every redemption it committed was answered to its client.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

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

    // The status of the next response on a keep-alive connection, its body read to its length;
    // 0 when the connection closed (or 10 s passed) before a whole response arrived.
    static int readStatus(QTcpSocket &socket, QByteArray &pending)
    {
        const auto more = [&] {
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(10'000))
                return false;
            pending += socket.readAll();
            return true;
        };
        qsizetype end = -1;
        while ((end = pending.indexOf("\r\n\r\n")) < 0)
            if (!more())
                return 0;
        qsizetype length = 0;
        for (const QByteArray &line : pending.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        while (pending.size() < end + 4 + length)
            if (!more())
                return 0;
        const int status = pending.mid(9, 3).toInt();
        pending.remove(0, end + 4 + length);
        return status;
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
        orchardctl({QStringLiteral("init")});
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

    void terminatedServiceAnswersEveryCommit()
    {
        // Eight keep-alive clients redeem as fast as they are answered; SIGTERM comes mid-run.
        // Every redemption in the journal must have been answered 201 to its client, and every
        // one its client saw no answer for (or a 503) must be absent from it.
        m_db = m_dir.filePath(QStringLiteral("terminate.sqlite"));
        orchardctl({QStringLiteral("init")});
        const QString key = orchardctl({QStringLiteral("source"), QStringLiteral("key"), QStringLiteral("marketplace")})
                                .value(QStringLiteral("key")).toString();
        QVERIFY(!key.isEmpty());
        constexpr int clients = 8;
        for (int c = 0; c < clients; ++c) {
            const QString member = QStringLiteral("T%1").arg(c);
            int exitCode = -1;
            orchardctl({QStringLiteral("member"), QStringLiteral("add"), member}, &exitCode);
            QCOMPARE(exitCode, 0);
            orchardctl({QStringLiteral("issue"), member, QStringLiteral("1000000")}, &exitCode);
            QCOMPARE(exitCode, 0);
        }
        const quint16 port = freePort();
        QProcess service;
        QVERIFY(startService(service, m_db, port));

        enum class Outcome { Created, Refused503, NoAnswer, Other };
        std::mutex merge;
        QHash<QString, Outcome> outcomes;  // by ref
        std::atomic<bool> terminateSent{false};
        std::atomic<int> createdAfterTerminate{0};  // answers of requests the writer had at SIGTERM
        std::vector<std::thread> threads;
        for (int c = 0; c < clients; ++c) {
            threads.emplace_back([&, c] {
                QHash<QString, Outcome> mine;
                QElapsedTimer running;
                running.start();
                int n = 0;
                // Reconnects after a close, until the service no longer accepts (or 20 s pass).
                while (running.elapsed() < 20'000) {
                    QTcpSocket socket;
                    socket.connectToHost(QHostAddress::LocalHost, port);
                    if (!socket.waitForConnected(2'000))
                        break;
                    QByteArray pending;
                    while (socket.state() == QAbstractSocket::ConnectedState && running.elapsed() < 20'000) {
                        const QString ref = QStringLiteral("t%1-%2").arg(c).arg(n++);
                        const QByteArray body = QStringLiteral(R"({"member":"T%1","points":1,"ref":"%2"})").arg(c).arg(ref).toUtf8();
                        socket.write("POST /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key.toUtf8()
                                     + "\r\nIdempotency-Key: " + ref.toUtf8() + "\r\nContent-Length: " + QByteArray::number(body.size())
                                     + "\r\n\r\n" + body);
                        const int status = readStatus(socket, pending);
                        if (status == 201 && terminateSent.load())
                            ++createdAfterTerminate;
                        mine.insert(ref, status == 201 ? Outcome::Created : status == 503 ? Outcome::Refused503
                                             : status == 0                ? Outcome::NoAnswer
                                                                          : Outcome::Other);
                        if (status != 201)
                            break;
                    }
                }
                const std::lock_guard lock(merge);
                outcomes.insert(mine);
            });
        }
        QThread::msleep(1'500);
        terminateSent = true;
        service.terminate();  // SIGTERM
        QVERIFY(service.waitForFinished(20'000));
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.exitCode(), 0);

        QSet<QString> journal;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("terminate-check"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT reference FROM reservations WHERE status = 'confirmed'")));
            while (query.next())
                journal.insert(query.value(0).toString());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("terminate-check"));

        int created = 0;
        int cut = 0;
        for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it) {
            QVERIFY2(it.value() != Outcome::Other, qPrintable(it.key()));
            if (it.value() == Outcome::Created) {
                ++created;
                QVERIFY2(journal.contains(it.key()), qPrintable(it.key() + QStringLiteral(": answered 201, not in the journal")));
            } else {
                ++cut;
                QVERIFY2(!journal.contains(it.key()), qPrintable(it.key() + QStringLiteral(": in the journal, never answered 201")));
            }
        }
        for (const QString &ref : std::as_const(journal))
            QVERIFY2(outcomes.value(ref) == Outcome::Created, qPrintable(ref + QStringLiteral(": committed but not answered 201")));
        qInfo("%d redemptions answered 201 (%d of them after SIGTERM), %d cut off by the shutdown", created,
              createdAfterTerminate.load(), cut);
        QVERIFY(created > 100);
        QCOMPARE(journal.size(), created);
        int verifyExit = -1;
        QVERIFY(orchardctl({QStringLiteral("verify")}, &verifyExit).value(QStringLiteral("ok")).toBool());
        QCOMPARE(verifyExit, 0);
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "tst_crash.moc"
