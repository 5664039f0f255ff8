#include "base/ledgererror.h"

#include <QSet>

namespace orchard {

ErrorKind LedgerError::kind() const
{
    static const QSet<QString> badInput{errors::invalidArgument, errors::unknownMember,
                                        errors::unknownReservation, errors::unknownSource, errors::unknownWebhook, errors::unknownLot,
                                        errors::notALedger, errors::schemaTooNew, errors::readOnly,
                                        QStringLiteral("unknown_key"), QStringLiteral("clock_out_of_range")};
    static const QSet<QString> storageFailures{errors::unavailable};
    if (badInput.contains(code))
        return ErrorKind::BadInput;
    if (storageFailures.contains(code))
        return ErrorKind::Storage;
    if (code == errors::internal)
        return ErrorKind::Internal;
    return ErrorKind::Refused;
}

QJsonObject LedgerError::toJson() const
{
    QJsonObject object = details;
    object.insert(QStringLiteral("error"), code);
    object.insert(QStringLiteral("message"), message);
    return object;
}

LedgerError LedgerError::fromJson(const QJsonObject &object)
{
    LedgerError error;
    error.code = object.value(QStringLiteral("error")).toString();
    error.message = object.value(QStringLiteral("message")).toString();
    error.details = object;
    error.details.remove(QStringLiteral("error"));
    error.details.remove(QStringLiteral("message"));
    return error;
}

LedgerError LedgerError::invalidArgument(const QString &field, const QString &why)
{
    return {errors::invalidArgument, QStringLiteral("%1: %2").arg(field, why),
            QJsonObject{{QStringLiteral("field"), field}}};
}

LedgerError LedgerError::internal(const QString &what)
{
    return {errors::internal, what, {}};
}

LedgerError LedgerError::storage(const QString &what)
{
    return {errors::unavailable, what, {}};
}

}  // namespace orchard
