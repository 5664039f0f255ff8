#pragma once

#include "webhooks/webhookstore.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace orchard {

class Clock;
class Database;
class HttpLane;

// Delivers the outbox to the webhook subscriptions: one round fans new events out, then sends
// each due subscription a batch of its pending events over keep-alive connections. A batch is
// split into lanes by member, each lane sending in event order and stopping at its first failure,
// so a member's events always arrive in order; what a round sent is recorded in one transaction
// when it ends (a kill before that sends those events again: at least once). Never touches the
// ledger's own tables: a slow or dead receiver costs the writers nothing.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int lanes = 6;          // connections per subscription, as browsers keep per host
        int batchSize = 5'000;  // events per subscription per round
        int timeoutMs = 10'000;
    };
    struct RoundCounts
    {
        qint64 delivered = 0;
        qint64 failedAttempts = 0;
        bool moreDue = false;  // a batch came back full and clean: run again at once
        QString error;         // the ledger could not be read or written
    };

    WebhookDispatcher(Database &database, const Clock &clock, Options options, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    void runRound();  // emits roundFinished, possibly at once
    bool busy() const { return m_roundOpen; }

Q_SIGNALS:
    void roundFinished(const orchard::WebhookDispatcher::RoundCounts &counts);

private:
    struct Batch;
    void sendNext(const std::shared_ptr<Batch> &batch, int lane);
    void laneDone(const std::shared_ptr<Batch> &batch);
    void batchDone(const std::shared_ptr<Batch> &batch);
    QList<HttpLane *> connectionsFor(const WebhookSubscription &subscription);

    Database &m_database;
    const Clock &m_clock;
    Options m_options;
    WebhookStore m_store;
    QHash<qint64, QList<HttpLane *>> m_connections;  // by subscription; children of this
    bool m_roundOpen = false;
    int m_openBatches = 0;
    RoundCounts m_round;
};

}  // namespace orchard

Q_DECLARE_METATYPE(orchard::WebhookDispatcher::RoundCounts)
