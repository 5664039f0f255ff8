#pragma once

#include "base/ledgertypes.h"
#include "ledger/lotbook.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace orchard {

class Database;

// The console's smaller read-only views (overview, holds, members, audit). Throws SqlFailure.
class BrowseQuery
{
public:
    explicit BrowseQuery(Database &database) : m_database(database) {}

    struct Overview
    {
        Points available = 0;
        Points held = 0;
        qint64 members = 0;
        qint64 openHolds = 0;  // reservations still holding points
        qint64 holdsDueSoon = 0;  // of them, those whose timeout falls within dueSoonMs
        static constexpr qint64 dueSoonMs = 10 * 60 * 1000;
        // All time, from the programme accounts (one row each): issued, redeemed net of refunds,
        // expired, and what admin corrections took net of what they gave.
        Points issued = 0;
        Points redeemed = 0;
        Points expired = 0;
        Points adjustedOut = 0;
        QMap<QString, Points> redeemedToday;      // by source, since 00:00 UTC
        QMap<QString, Points> redeemedThisMonth;  // by source, since the 1st, 00:00 UTC
    };
    Overview overview(qint64 nowMs);

    struct HoldRow
    {
        qint64 reservationId = 0;
        QString memberId;
        QString source;
        QString reference;
        QString status;
        Points points = 0;
        qint64 createdAtMs = 0;
        qint64 expiresAtMs = 0;
        std::optional<qint64> closedAtMs;
        QString reason;
    };
    QList<HoldRow> openHolds(int limit = 1000);
    QList<HoldRow> recentlyClosed(int limit = 500);  // releases and timeouts, newest first

    QList<MemberView> findMembers(const QString &text, int limit = 200);  // by id prefix or name
    QList<LotState> lotsOf(const QString &memberId);

    struct AuditRow
    {
        qint64 id = 0;
        qint64 atMs = 0;
        QString actor;
        QString source;
        QString action;
        QString subject;
        QString details;
    };
    QList<AuditRow> audit(const QString &actionPrefix, int limit = 1000);

private:
    Database &m_database;
};

}  // namespace orchard
