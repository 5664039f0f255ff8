#pragma once

#include "base/ledgertypes.h"
#include "money/splitpayment.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Requests and receipts of the money side of the ledger: the programme's funding wallet, the
// members' digital wallets and checkouts paid with points plus wallet money. Every money figure
// is an integer in minor units of the programme's currency.
namespace orchard {

inline constexpr qint64 quoteValidityMs = 5 * 60 * 1000;  // a checkout quote holds for 5 minutes

struct FundRequest
{
    qint64 amountMinor = 0;
    QString bankReference;
    QString idempotencyKey;
};

struct WalletCreditRequest
{
    QString memberId;
    qint64 amountMinor = 0;
    QString reference;
    QString idempotencyKey;
};

// A movement of money into a wallet: a funding of the programme or a credit to a member.
struct MoneyReceipt
{
    qint64 entryId = 0;
    QString memberId;  // empty for the programme's funding wallet
    qint64 amountMinor = 0;
    qint64 balanceMinor = 0;  // the wallet's balance after it
    QString currency;
    QString reference;
    qint64 postedAtMs = 0;
    QJsonObject toJson() const;
    static MoneyReceipt fromJson(const QJsonObject &object);
};

struct FundingWalletView
{
    QString currency;
    QString funding;        // prepaid | none
    bool opened = false;    // false until the first funding: nothing is drawn before it
    qint64 balanceMinor = 0;   // available to back new redemptions
    qint64 heldMinor = 0;      // backing open reservations
    qint64 drawnMinor = 0;     // paid out for confirmed redemptions, all time
    qint64 fundedMinor = 0;    // paid in by the sponsor, all time
    std::optional<qint64> thresholdMinor;
    bool belowThreshold() const { return thresholdMinor && balanceMinor < *thresholdMinor; }
    QJsonObject toJson() const;
};

struct FundingMovement
{
    qint64 entryId = 0;
    qint64 postedAtMs = 0;
    QString kind;  // fund | reserve | confirm | release | timeout | checkout
    QString source;
    QString reference;
    QString memberId;
    qint64 amountMinor = 0;   // signed: what the available balance gained or lost
    qint64 balanceMinor = 0;  // the available balance after it
    QJsonObject toJson() const;
};

struct QuoteRequest
{
    QString memberId;
    qint64 orderMinor = 0;
    std::optional<Points> chosenPoints;
    QString source;  // the platform that asked: only it may pay with the quote; empty: any (an operator's)
};

struct QuoteView
{
    qint64 quoteId = 0;
    CheckoutQuote quote;
    Points memberPoints = 0;   // P when quoted
    qint64 memberWalletMinor = 0;  // W when quoted
    QString currency;
    qint64 quotedAtMs = 0;
    qint64 validUntilMs = 0;
    QJsonObject toJson() const;
    static QuoteView fromJson(const QJsonObject &object);
};

struct CheckoutRequest
{
    QString memberId;
    qint64 orderMinor = 0;
    std::optional<Points> chosenPoints;
    QString source;
    QString reference;
    QString idempotencyKey;
    bool hold = false;  // two-phase: hold both legs, then confirm or release the reservation
    int timeoutSeconds = 900;
    std::optional<qint64> quoteId;  // pay under this quote's rule version
};

struct CheckoutReceipt
{
    ReservationView reservation;
    CheckoutQuote quote;
    qint64 fundingDrawMinor = 0;  // drawn (or held, for a hold) from the programme's funding wallet
    QString currency;
    QJsonObject toJson() const;
    static CheckoutReceipt fromJson(const QJsonObject &object);
};

// Money back for a confirmed redemption or checkout (Ledger::refund): points, the member-wallet
// leg, or both; none named is everything not yet refunded.
struct RefundRequest
{
    qint64 reservationId = 0;
    std::optional<Points> points;
    std::optional<qint64> walletMinor;
    QString reason;
    QString idempotencyKey;
    std::optional<QString> source;  // when set, only the platform that owns the reservation (API callers)
};

struct RefundedLot
{
    qint64 lotId = 0;         // the lot the points were consumed from
    Points points = 0;
    qint64 intoLotId = 0;     // where they went: the lot itself, or a new lot when it had lapsed
    std::optional<qint64> expiresAtMs;  // of the lot they went into
};

struct RefundReceipt
{
    qint64 refundId = 0;
    qint64 reservationId = 0;
    qint64 entryId = 0;
    QString memberId;
    QString source;
    Points points = 0;
    qint64 walletMinor = 0;
    qint64 fundingReturnedMinor = 0;
    Points refundedPointsTotal = 0;
    qint64 refundedWalletTotalMinor = 0;
    Points pointsLeft = 0;  // still refundable
    qint64 walletLeftMinor = 0;
    QList<RefundedLot> lots;
    QString reason;
    qint64 postedAtMs = 0;
    QString currency;
    QJsonObject toJson() const;
    static RefundReceipt fromJson(const QJsonObject &object);
};

QString refundToken(qint64 refundId);  // "rfd_3"

QString quoteToken(qint64 quoteId);                        // "qte_7"
std::optional<qint64> parseQuoteToken(const QString &token);  // "qte_7" or "7"

namespace errors {
inline const QString programmeWalletInsufficient = QStringLiteral("programme_wallet_insufficient");
inline const QString quoteExpired = QStringLiteral("quote_expired");
inline const QString duplicateReference = QStringLiteral("duplicate_reference");
inline const QString refundExceedsConfirmed = QStringLiteral("refund_exceeds_confirmed");
inline const QString notRefundable = QStringLiteral("not_refundable");
}  // namespace errors

}  // namespace orchard
