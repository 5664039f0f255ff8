#pragma once

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace orchard {

// What an event says beside its envelope (type, member, sequence, time, source), as it is kept in
// `outbox_events`. The two events on every write's path keep it in typed columns: a redemption
// then writes two rows of a few integers instead of two JSON texts, and its JSON is rendered once
// when it is delivered. The rare others (and every event of a schema-10 ledger) keep it as JSON.
struct EventFacts
{
    QString data;  // compact JSON; empty when the typed columns say it
    // balance.changed
    std::optional<qint64> entryId;
    std::optional<qint64> availablePoints;
    std::optional<qint64> heldPoints;
    // reservation.*: what changes over a reservation's life; the rest is its row's
    std::optional<qint64> reservationId;
    std::optional<qint64> confirmedPoints;
    std::optional<qint64> fundingMinor;
    std::optional<qint64> walletMinor;
};

// An event as read back for delivery: its facts and what its reservation's row adds (the
// reference, points and expiry a reservation never changes, and the close reason a closed one
// never changes).
struct StoredEvent
{
    QString type;
    EventFacts facts;
    QString reference;
    qint64 reservedPoints = 0;
    qint64 expiresAtMs = 0;
    QString closeReason;
    bool reservationFound = false;

    // The select list and join that read one (outbox_events as `e`), and reading them from
    // `first` on.
    static const QString &columns();
    static const QString &join();
    static StoredEvent read(const QSqlQuery &query, const QString &type, int first);

    // The event's `data` object as compact JSON: the same bytes on every attempt.
    QString dataJson() const;
};

}  // namespace orchard
