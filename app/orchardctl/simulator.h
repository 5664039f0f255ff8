#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <functional>

namespace orchard::cli {

// Drives both surfaces against one orchard-ledgerd at once: marketplace checkouts (reserve, then
// confirm, or release on a stock failure) and loyalife voucher conversions (reserve, then confirm,
// or a client that vanishes so its hold must time out), with retries of the same idempotency key
// as if a response had been lost. A request that gets no answer (the service is down) is retried
// with its key until it gets one. At the end it checks every member's balance against what was
// acknowledged, every confirmed reservation and every abandoned hold through the API.
class Simulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<QUrl> urls;  // clients spread over these nodes; checks go to the first
        QString marketplaceKey;
        QString loyalifeKey;
        QStringList members;           // already funded; their starting balance is read first
        int seconds = 10;
        int concurrency = 16;
        int failurePercent = 10;       // stock failures and vanished clients
        int duplicatePercent = 10;     // requests re-sent with the same key
        quint32 seed = 1;
        int holdTimeoutSeconds = 2;    // loyalife holds; abandoned ones time out this fast
        int maxAnswerWaitSeconds = 120;  // a request unanswered this long counts as lost
    };

    explicit Simulator(Options options, QObject *parent = nullptr);
    void start();

    QJsonObject report() const;
    QString reportText() const;
    bool passed() const { return m_violations.isEmpty() && m_finished; }

Q_SIGNALS:
    void finished();

private:
    struct Call
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QString apiKey;
        QByteArray idempotencyKey;
        QString endpoint;  // for the latency table
        int node = 0;      // which of the urls
    };
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QByteArray raw;
    };
    using Done = std::function<void(const Answer &)>;

    void loadBaselines();
    void runClient(int client);
    void marketplaceCheckout(int client, const QString &member, qint64 points);
    void loyalifeConversion(int client, const QString &member, qint64 points);
    void send(const Call &call, Done done, int attempt = 1);
    void sendMaybeTwice(const Call &call, Done done);
    void noteConfirmed(const QString &member, const Answer &answer);
    void finishRun();
    void checkEnd();
    void addViolation(const QString &text);
    QByteArray nextKey(const char *what);

    Options m_options;
    QNetworkAccessManager m_network;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    qint64 m_runMs = 0;
    int m_activeClients = 0;
    int m_keys = 0;
    bool m_finished = false;

    QHash<QString, qint64> m_baselinePosted;
    QHash<QString, qint64> m_confirmedPoints;          // acknowledged deductions per member
    QList<QPair<QString, qint64>> m_confirmedReservations;  // id, points
    QList<QString> m_abandonedHolds;
    QHash<QString, QList<double>> m_latencyMs;
    QHash<QString, qint64> m_outcomes;
    QStringList m_violations;
    qint64 m_requests = 0;
    int m_pendingChecks = 0;
};

}  // namespace orchard::cli
