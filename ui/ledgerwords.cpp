#include "ledgerwords.h"

#include <QHash>

namespace orchard::ui {

namespace {

// Each table holds the English source texts; tr() at the moment of showing turns them into the
// console's language, so a language chosen after start-up applies too.
QString wordFor(const QHash<QString, const char *> &words, const QString &identifier)
{
    const auto it = words.constFind(identifier);
    return it == words.constEnd() ? identifier : QCoreApplication::translate("LedgerWords", it.value());
}

}  // namespace

QString LedgerWords::kind(const QString &entryKind)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("issue"), QT_TR_NOOP("issue")},
        {QStringLiteral("reserve"), QT_TR_NOOP("hold")},
        {QStringLiteral("confirm"), QT_TR_NOOP("redemption")},
        {QStringLiteral("release"), QT_TR_NOOP("release")},
        {QStringLiteral("timeout"), QT_TR_NOOP("hold timed out")},
        {QStringLiteral("expire"), QT_TR_NOOP("expiry")},
        {QStringLiteral("reversal"), QT_TR_NOOP("refund")},
        {QStringLiteral("fund"), QT_TR_NOOP("wallet funding")},
        {QStringLiteral("wallet_credit"), QT_TR_NOOP("member wallet credit")},
        {QStringLiteral("checkout"), QT_TR_NOOP("checkout")},
        {QStringLiteral("adjust"), QT_TR_NOOP("correction")},
    };
    return wordFor(words, entryKind);
}

QString LedgerWords::status(const QString &reservationStatus)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("reserved"), QT_TR_NOOP("held")},
        {QStringLiteral("confirmed"), QT_TR_NOOP("confirmed")},
        {QStringLiteral("released"), QT_TR_NOOP("released")},
        {QStringLiteral("timed_out"), QT_TR_NOOP("timed out")},
        {QStringLiteral("posted"), QT_TR_NOOP("posted")},
    };
    return wordFor(words, reservationStatus);
}

QString LedgerWords::rateBasis(const QString &basis)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("manual"), QT_TR_NOOP("entered for this report")},
        {QStringLiteral("configured"), QT_TR_NOOP("the policy's rate")},
        {QStringLiteral("estimated"), QT_TR_NOOP("estimated from history")},
        {QStringLiteral("no_history"), QT_TR_NOOP("no history yet: none assumed")},
    };
    return wordFor(words, basis);
}

QString LedgerWords::deliveryStatus(const QString &status)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("pending"), QT_TR_NOOP("pending")},
        {QStringLiteral("delivered"), QT_TR_NOOP("delivered")},
        {QStringLiteral("failed"), QT_TR_NOOP("failed")},
    };
    return wordFor(words, status);
}

QString LedgerWords::movement(const QString &lotMovementKind)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("redeem"), QT_TR_NOOP("redeemed")},
        {QStringLiteral("expire"), QT_TR_NOOP("expired")},
        {QStringLiteral("refund"), QT_TR_NOOP("refunded")},
    };
    return wordFor(words, lotMovementKind);
}

QString LedgerWords::approvalKind(const QString &kind)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("issue"), QT_TR_NOOP("points issue")},
        {QStringLiteral("adjust"), QT_TR_NOOP("points correction")},
        {QStringLiteral("fund"), QT_TR_NOOP("wallet funding")},
        {QStringLiteral("refund"), QT_TR_NOOP("refund")},
        {QStringLiteral("rules"), QT_TR_NOOP("split-payment rules")},
        {QStringLiteral("policy"), QT_TR_NOOP("expiry policy")},
        {QStringLiteral("programme"), QT_TR_NOOP("programme settings")},
        {QStringLiteral("source"), QT_TR_NOOP("source permissions")},
        {QStringLiteral("earn_rule"), QT_TR_NOOP("earning rule")},
        {QStringLiteral("approvals"), QT_TR_NOOP("approval thresholds")},
    };
    return wordFor(words, kind);
}

QString LedgerWords::reportName(const QString &report)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("point-state"), QT_TR_NOOP("point state")},
        {QStringLiteral("ageing"), QT_TR_NOOP("ageing")},
        {QStringLiteral("liability"), QT_TR_NOOP("liability")},
        {QStringLiteral("roll-forward"), QT_TR_NOOP("roll-forward")},
        {QStringLiteral("reconciliation"), QT_TR_NOOP("reconciliation")},
        {QStringLiteral("cohorts"), QT_TR_NOOP("cohorts")},
        {QStringLiteral("expiring"), QT_TR_NOOP("expiring points")},
        {QStringLiteral("lots"), QT_TR_NOOP("every lot, with its state")},
    };
    return wordFor(words, report);
}

QString LedgerWords::period(const QString &every)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("day"), QT_TR_NOOP("day")},
        {QStringLiteral("week"), QT_TR_NOOP("week")},
        {QStringLiteral("month"), QT_TR_NOOP("month")},
        {QStringLiteral("quarter"), QT_TR_NOOP("quarter")},
    };
    return wordFor(words, every);
}

QString LedgerWords::error(const LedgerError &error)
{
    return LedgerWords::error(error.code, error.message);
}

QString LedgerWords::error(const QString &code, const QString &message)
{
    static const QHash<QString, const char *> headlines{
        {errors::invalidArgument, QT_TR_NOOP("A value is not acceptable")},
        {errors::unknownMember, QT_TR_NOOP("There is no such member")},
        {errors::unknownReservation, QT_TR_NOOP("There is no such hold")},
        {errors::unknownSource, QT_TR_NOOP("There is no such source")},
        {errors::memberExists, QT_TR_NOOP("That member already exists")},
        {errors::insufficientPoints, QT_TR_NOOP("Not enough points or money")},
        {errors::alreadyConfirmed, QT_TR_NOOP("The hold is already confirmed")},
        {errors::alreadyReleased, QT_TR_NOOP("The hold is already released")},
        {errors::reservationTimedOut, QT_TR_NOOP("The hold has timed out")},
        {errors::idempotencyConflict, QT_TR_NOOP("That reference was already used for a different request")},
        {errors::forbidden, QT_TR_NOOP("Not allowed for this role")},
        {errors::balanceLimit, QT_TR_NOOP("A balance would pass the ledger's limit")},
        {errors::notALedger, QT_TR_NOOP("That file is not an Orchard ledger")},
        {errors::schemaTooNew, QT_TR_NOOP("The ledger is newer than this console")},
        {errors::readOnly, QT_TR_NOOP("The ledger is open read-only")},
        {errors::unavailable, QT_TR_NOOP("The ledger cannot be reached; try again")},
        {errors::internal, QT_TR_NOOP("Orchard hit an internal error")},
        {errors::permissionDenied, QT_TR_NOOP("Permission denied")},
        {errors::unknownWebhook, QT_TR_NOOP("There is no such webhook")},
        {errors::webhookExists, QT_TR_NOOP("That webhook already exists")},
        {errors::unknownLot, QT_TR_NOOP("There is no such lot")},
        {errors::lotHeld, QT_TR_NOOP("The lot has points on hold")},
        {errors::lotNotOpen, QT_TR_NOOP("The lot has nothing left or has lapsed")},
    };
    const auto it = headlines.constFind(code);
    if (it == headlines.constEnd())
        return message;
    const QString headline = QCoreApplication::translate("LedgerWords", it.value());
    if (headline == QLatin1String(it.value()))
        return message;  // an English console: the engine's message says it all
    return tr("%1. %2").arg(headline, message);
}

}  // namespace orchard::ui
