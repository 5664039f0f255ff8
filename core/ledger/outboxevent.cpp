#include "ledger/outboxevent.h"

#include "base/invariant.h"
#include "base/jsontext.h"
#include "base/timeformat.h"
#include "ledger/outbox.h"

#include <QVariant>

namespace orchard {

namespace {

std::optional<qint64> optionalLong(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

}  // namespace

const QString &StoredEvent::columns()
{
    static const QString sql = QStringLiteral(
        "e.data, e.entry_id, e.available, e.held, e.reservation_id, e.confirmed_points, e.funding_minor, e.wallet_minor, "
        "r.reference, r.points, r.expires_at_ms, r.close_reason");
    return sql;
}

const QString &StoredEvent::join()
{
    static const QString sql = QStringLiteral("LEFT JOIN reservations r ON r.id = e.reservation_id");
    return sql;
}

StoredEvent StoredEvent::read(const QSqlQuery &query, const QString &type, int first)
{
    StoredEvent event;
    event.type = type;
    event.facts.data = query.value(first).toString();
    event.facts.entryId = optionalLong(query.value(first + 1));
    event.facts.availablePoints = optionalLong(query.value(first + 2));
    event.facts.heldPoints = optionalLong(query.value(first + 3));
    event.facts.reservationId = optionalLong(query.value(first + 4));
    event.facts.confirmedPoints = optionalLong(query.value(first + 5));
    event.facts.fundingMinor = optionalLong(query.value(first + 6));
    event.facts.walletMinor = optionalLong(query.value(first + 7));
    event.reference = query.value(first + 8).toString();
    event.reservedPoints = query.value(first + 9).toLongLong();
    event.reservationFound = !query.value(first + 10).isNull();
    event.expiresAtMs = query.value(first + 10).toLongLong();
    event.closeReason = query.value(first + 11).toString();
    return event;
}

QString StoredEvent::dataJson() const
{
    if (!facts.data.isEmpty())
        return facts.data;
    // Concatenated, never .arg(): a reference may itself contain "%1".
    if (type == eventtypes::balanceChanged) {
        require(facts.entryId && facts.availablePoints && facts.heldPoints,
                QStringLiteral("a balance.changed event has its entry and balances"));
        return QStringLiteral("{\"available\":") + QString::number(*facts.availablePoints) + QStringLiteral(",\"entry\":")
               + QString::number(*facts.entryId) + QStringLiteral(",\"held\":") + QString::number(*facts.heldPoints)
               + QStringLiteral(",\"posted\":") + QString::number(*facts.availablePoints + *facts.heldPoints) + QLatin1Char('}');
    }
    static const QString prefix = QStringLiteral("reservation.");
    require(type.startsWith(prefix) && facts.reservationId && facts.confirmedPoints && reservationFound,
            QStringLiteral("a reservation event has its reservation"));
    // The status is the event's: a reservation's row may since have moved on.
    QString data = QStringLiteral("{\"reservation\":\"res_") + QString::number(*facts.reservationId) + QStringLiteral("\",\"status\":")
                   + jsontext::quoted(type.mid(prefix.size())) + QStringLiteral(",\"reference\":") + jsontext::quoted(reference)
                   + QStringLiteral(",\"reserved_points\":") + QString::number(reservedPoints) + QStringLiteral(",\"confirmed_points\":")
                   + QString::number(*facts.confirmedPoints) + QStringLiteral(",\"expires_at\":\"") + timeformat::toIso(expiresAtMs)
                   + QLatin1Char('"');
    if (facts.fundingMinor.value_or(0) > 0)
        data += QStringLiteral(",\"funding_minor\":") + QString::number(*facts.fundingMinor);
    if (facts.walletMinor.value_or(0) > 0)
        data += QStringLiteral(",\"wallet_minor\":") + QString::number(*facts.walletMinor);
    // A reservation is reserved before it has a close reason; once closed, its reason never changes.
    if (type != eventtypes::reservationReserved && !closeReason.isEmpty())
        data += QStringLiteral(",\"close_reason\":") + jsontext::quoted(closeReason);
    data += QLatin1Char('}');
    return data;
}

}  // namespace orchard
