#pragma once

#include <QJsonObject>
#include <QString>

namespace orchard {

// How a caller should treat an error: the CLI maps this to its exit code, the API to a status.
enum class ErrorKind {
    BadInput,  // the request itself is wrong (a field, an unknown id, an unusable file): exit 2
    Refused,   // a ledger rule refused a well-formed request: exit 3
    Storage,   // the database could not be reached or written: exit 1, retry later
    Internal,  // a bug or a broken invariant: exit 1
};

// A specific, machine-readable refusal with a human message and structured details
// (for example {"field":"points"} or {"available":300}).
struct LedgerError
{
    QString code;
    QString message;
    QJsonObject details;

    ErrorKind kind() const;
    QJsonObject toJson() const;
    static LedgerError fromJson(const QJsonObject &object);

    static LedgerError invalidArgument(const QString &field, const QString &why);
    static LedgerError internal(const QString &what);
    static LedgerError storage(const QString &what);
};

namespace errors {
inline const QString invalidArgument = QStringLiteral("invalid_argument");
inline const QString unknownMember = QStringLiteral("unknown_member");
inline const QString unknownReservation = QStringLiteral("unknown_reservation");
inline const QString unknownSource = QStringLiteral("unknown_source");
inline const QString memberExists = QStringLiteral("member_exists");
inline const QString insufficientPoints = QStringLiteral("insufficient_points");
inline const QString alreadyConfirmed = QStringLiteral("already_confirmed");
inline const QString alreadyReleased = QStringLiteral("already_released");
inline const QString reservationTimedOut = QStringLiteral("reservation_timed_out");
inline const QString idempotencyConflict = QStringLiteral("idempotency_conflict");
inline const QString forbidden = QStringLiteral("forbidden");
inline const QString balanceLimit = QStringLiteral("balance_limit");
inline const QString notALedger = QStringLiteral("not_a_ledger");
inline const QString schemaTooNew = QStringLiteral("schema_too_new");
inline const QString readOnly = QStringLiteral("read_only");
inline const QString unavailable = QStringLiteral("unavailable");
inline const QString internal = QStringLiteral("internal");
inline const QString permissionDenied = QStringLiteral("permission_denied");
inline const QString unknownWebhook = QStringLiteral("unknown_webhook");
inline const QString webhookExists = QStringLiteral("webhook_exists");
inline const QString unknownLot = QStringLiteral("unknown_lot");
inline const QString lotHeld = QStringLiteral("lot_held");       // a lot with held points is not cancelled
inline const QString lotNotOpen = QStringLiteral("lot_not_open");  // nothing left in the lot, or it has lapsed
}  // namespace errors

}  // namespace orchard
