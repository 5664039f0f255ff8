#include "apiload.h"

#include "benchledger.h"

#include <QElapsedTimer>
#include <QTcpSocket>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace orchard::cli {

namespace {

// One response on a keep-alive connection: the status code, and the body read to its length.
int readResponse(QTcpSocket &socket, QByteArray &body)
{
    QByteArray head;
    while (!head.contains("\r\n\r\n")) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(30'000))
            return 0;
        head += socket.readAll();
    }
    const qsizetype end = head.indexOf("\r\n\r\n") + 4;
    body = head.mid(end);
    head.truncate(end);
    const int status = head.mid(9, 3).toInt();
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    while (body.size() < length) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(30'000))
            return 0;
        body += socket.readAll();
    }
    return status;
}

}  // namespace

ApiLoad::Result ApiLoad::run(quint16 port, const QString &marketplaceKey, const QString &loyalifeKey, int clients, double seconds)
{
    const RequestFor redemptionRequest = [&](qint64 n) {
        const RedeemRequest redemption = BenchLedger::redemption(n);
        const QByteArray json = QStringLiteral(R"({"member":"%1","points":%2,"ref":"%3"})")
                                    .arg(redemption.memberId)
                                    .arg(redemption.points)
                                    .arg(redemption.reference)
                                    .toUtf8();
        const QString key = redemption.source == sourceLoyalife ? loyalifeKey : marketplaceKey;
        return "POST /v1/redemptions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key.toUtf8()
               + "\r\nIdempotency-Key: " + redemption.idempotencyKey.toUtf8()
               + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    };
    return run(port, redemptionRequest, 201, 1, clients, seconds);
}

ApiLoad::Result ApiLoad::run(quint16 port, const RequestFor &requestFor, int expectedStatus, qint64 operationsPerRequest, int clients,
                             double seconds)
{
    std::atomic<qint64> next{0};
    std::atomic<qint64> failures{0};
    std::atomic<bool> stop{false};
    std::mutex merge;
    std::vector<qint64> latenciesNs;
    QString firstFailure;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&] {
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (!socket.waitForConnected(10'000)) {
                failures.fetch_add(1);
                return;
            }
            std::vector<qint64> mine;
            QByteArray body;
            while (!stop.load()) {
                const QByteArray request = requestFor(next.fetch_add(1));
                QElapsedTimer one;
                one.start();
                socket.write(request);
                const int status = readResponse(socket, body);
                mine.push_back(one.nsecsElapsed());
                if (status != expectedStatus) {
                    failures.fetch_add(1);
                    const std::lock_guard lock(merge);
                    if (firstFailure.isEmpty())
                        firstFailure = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(200)));
                    if (status == 0)
                        return;
                }
            }
            const std::lock_guard lock(merge);
            latenciesNs.insert(latenciesNs.end(), mine.begin(), mine.end());
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(qint64(seconds * 1000)));
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    Result result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.failures = failures.load();
    result.redemptions = (qint64(latenciesNs.size()) - result.failures) * operationsPerRequest;
    result.firstFailure = firstFailure;
    if (!latenciesNs.empty()) {
        std::sort(latenciesNs.begin(), latenciesNs.end());
        const auto at = [&](double q) { return double(latenciesNs[size_t(q * double(latenciesNs.size() - 1))]) / 1e6; };
        result.p50Ms = at(0.50);
        result.p99Ms = at(0.99);
    }
    return result;
}

}  // namespace orchard::cli
