// orchardctl's money commands: programme settings, the funding wallet, members' wallets and
// checkouts. Amounts are written in major units of the programme's currency ("250000.00");
// JSON output gives every money figure as an integer in minor units.
#include "commandline.h"

#include "cliarguments.h"
#include "ledger/ledger.h"
#include "settings/programmebook.h"
#include "settings/versionedchange.h"
#include "approvals/approvaldesk.h"
#include "base/ledgerlimits.h"
#include "base/timeformat.h"

#include <QJsonArray>

namespace orchard::cli {

namespace {

QString settingsText(const ProgrammeSettings &settings)
{
    return QStringLiteral("version %1: currency %2, a point is worth %3 minor units, funding %4, %5 (%6, %7: %8)")
        .arg(settings.version)
        .arg(settings.currency.code, settings.pointValue.toString(), ProgrammeSettings::fundingName(settings.funding),
             settings.maxPointsPerAward ? QStringLiteral("at most %1 points per award").arg(*settings.maxPointsPerAward)
                                        : QStringLiteral("no maximum per award"),
             settings.author, settings.createdAtMs > 0 ? timeformat::toIso(settings.createdAtMs) : QStringLiteral("built in"),
             settings.reason);
}

QString amountText(qint64 minor, const money::Currency &currency)
{
    return money::formatAmount(minor, currency) + QLatin1Char(' ') + currency.code;
}

}  // namespace

QList<CommandLine::Command> CommandLine::moneyCommands()
{
    using O = QCommandLineOption;
    const O reason(QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    const O points(QStringLiteral("points"), QStringLiteral("Use exactly K points (default: as many as the rules allow)."),
                   QStringLiteral("K"));
    const O limit(QStringLiteral("limit"), QStringLiteral("At most N movements (default 100)."), QStringLiteral("N"));
    return {
        {QStringLiteral("programme show"), QStringLiteral("programme show   (currency, point value, funding mode)"), {}, 0, 0,
         false, &CommandLine::programmeShow},
        {QStringLiteral("programme history"), QStringLiteral("programme history"), {}, 0, 0, false,
         &CommandLine::programmeHistory},
        {QStringLiteral("programme set"),
         QStringLiteral("programme set [--currency CODE] [--point-value N/D] [--funding prepaid|none] [--max-award N] --reason TEXT"),
         {O(QStringLiteral("currency"), QStringLiteral("ISO 4217 code, e.g. INR."), QStringLiteral("CODE")),
          O(QStringLiteral("point-value"), QStringLiteral("Minor units per point as N/D, e.g. 100/1 or 1/2."), QStringLiteral("N/D")),
          O(QStringLiteral("funding"), QStringLiteral("prepaid or none."), QStringLiteral("MODE")),
          O(QStringLiteral("max-award"), QStringLiteral("The most points one admin award may issue (0: no maximum)."), QStringLiteral("N")),
          reason},
         0, 0, true, &CommandLine::programmeSet},
        {QStringLiteral("wallet fund"), QStringLiteral("wallet fund AMOUNT --ref BANKREF [--key KEY]   (AMOUNT in major units, e.g. 250000.00)"),
         {refOption, keyOption}, 1, 1, true, &CommandLine::walletFund},
        {QStringLiteral("wallet balance"), QStringLiteral("wallet balance   (the programme's funding wallet)"), {}, 0, 0, false,
         &CommandLine::walletBalance},
        {QStringLiteral("wallet history"), QStringLiteral("wallet history [--limit N]"), {limit}, 0, 0, false,
         &CommandLine::walletHistory},
        {QStringLiteral("wallet threshold"), QStringLiteral("wallet threshold AMOUNT   (warn below this balance; 0 turns it off)"),
         {}, 1, 1, true, &CommandLine::walletThreshold},
        {QStringLiteral("refund"),
         QStringLiteral("refund RESERVATION [--points N] [--wallet AMOUNT] --reason TEXT [--key KEY]   "
                        "(a confirmed redemption or checkout; everything not yet refunded unless --points or --wallet names a part)"),
         {O(QStringLiteral("points"), QStringLiteral("Refund N of the confirmed points."), QStringLiteral("N")),
          O(QStringLiteral("wallet"), QStringLiteral("Refund AMOUNT of a checkout's member-wallet leg (major units)."), QStringLiteral("AMOUNT")),
          reason, keyOption},
         1, 1, true, &CommandLine::refund},
        {QStringLiteral("member-wallet credit"), QStringLiteral("member-wallet credit MEMBER AMOUNT --ref REF [--key KEY]"),
         {refOption, keyOption}, 2, 2, true, &CommandLine::memberWalletCredit},
        {QStringLiteral("member-wallet balance"), QStringLiteral("member-wallet balance MEMBER"), {}, 1, 1, false,
         &CommandLine::memberWalletBalance},
        {QStringLiteral("checkout quote"),
         QStringLiteral("checkout quote MEMBER AMOUNT [--points K] [--source SRC]   (--source: only that platform may pay with it)"),
         {points, sourceOption}, 2, 2, true,
         &CommandLine::checkoutQuote},
        {QStringLiteral("checkout pay"),
         QStringLiteral("checkout pay MEMBER AMOUNT --source SRC --ref REF [--points K] [--quote QUOTE] [--key KEY] "
                        "[--hold [--timeout SECONDS]]"),
         {sourceOption, refOption, points, keyOption,
          O(QStringLiteral("quote"), QStringLiteral("Pay under this quote's rules (default: the latest for this order)."),
            QStringLiteral("QUOTE")),
          O(QStringLiteral("hold"), QStringLiteral("Hold both legs; settle later with confirm or release.")),
          O(QStringLiteral("timeout"), QStringLiteral("Seconds before an unconfirmed hold returns (default 900)."),
            QStringLiteral("SECONDS"))},
         2, 2, true, &CommandLine::checkoutPay},
    };
}

Result<money::Currency> CommandLine::programmeCurrency()
{
    const Result<ProgrammeSettings> settings = ProgrammeBook(*m_database, *m_clock, actor()).current();
    if (!settings)
        return settings.error();
    return settings.value().currency;
}

int CommandLine::programmeShow(const QCommandLineParser &, const QStringList &)
{
    const Result<ProgrammeSettings> settings = ProgrammeBook(*m_database, *m_clock, actor()).current();
    if (!settings)
        return m_output.error(settings.error());
    m_output.result(settings.value().toJson(), settingsText(settings.value()));
    return Done;
}

int CommandLine::programmeHistory(const QCommandLineParser &, const QStringList &)
{
    const Result<QList<ProgrammeSettings>> history = ProgrammeBook(*m_database, *m_clock, actor()).history();
    if (!history)
        return m_output.error(history.error());
    QJsonArray list;
    QString text;
    for (const ProgrammeSettings &settings : history.value()) {
        list.append(settings.toJson());
        text += settingsText(settings) + QLatin1Char('\n');
    }
    m_output.result({{QStringLiteral("versions"), list}}, text);
    return Done;
}

int CommandLine::programmeSet(const QCommandLineParser &parser, const QStringList &)
{
    ProgrammeChange change;
    if (parser.isSet(QStringLiteral("currency")))
        change.currency = parser.value(QStringLiteral("currency"));
    if (parser.isSet(QStringLiteral("point-value"))) {
        const Result<PointValue> value = PointValue::parse(parser.value(QStringLiteral("point-value")));
        if (!value)
            return m_output.error(value.error());
        change.pointValue = value.value();
    }
    if (parser.isSet(QStringLiteral("funding"))) {
        const QString mode = parser.value(QStringLiteral("funding"));
        if (mode == QLatin1String("prepaid"))
            change.funding = FundingMode::Prepaid;
        else if (mode == QLatin1String("none"))
            change.funding = FundingMode::None;
        else
            return usageError(QStringLiteral("funding"), QStringLiteral("must be prepaid or none, not '%1'").arg(mode), {});
    }
    if (parser.isSet(QStringLiteral("max-award"))) {
        const Result<qint64> most = parseBounded(QStringLiteral("max-award"), parser.value(QStringLiteral("max-award")), 0,
                                                 limits::maxPointsPerOperation);
        if (!most)
            return m_output.error(most.error());
        change.maxPointsPerAward = most.value();
    }
    change.reason = parser.value(QStringLiteral("reason"));
    if (const auto invalid = versioned::checkReason(change.reason, QStringLiteral("the programme changes")))
        return m_output.error(*invalid);
    if (const std::optional<int> filed = fileForApproval(QStringLiteral("programme"), approvalrequest::of(change),
                                                         approvalrequest::describeChange(QStringLiteral("programme settings"), approvalrequest::of(change)), 0, 0))
        return *filed;
    const Result<ProgrammeSettings> changed = ProgrammeBook(*m_database, *m_clock, actor()).change(change);
    if (!changed)
        return m_output.error(changed.error());
    m_output.result(changed.value().toJson(), settingsText(changed.value()));
    return Done;
}

int CommandLine::walletFund(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(refOption))
        return usageError(QStringLiteral("ref"), QStringLiteral("is required: the bank transfer's reference"),
                          QStringLiteral("wallet fund AMOUNT --ref BANKREF"));
    const Result<money::Currency> currency = programmeCurrency();
    if (!currency)
        return m_output.error(currency.error());
    const Result<qint64> amount = money::parseAmount(QStringLiteral("amount"), arguments.at(0), currency.value());
    if (!amount)
        return m_output.error(amount.error());
    const FundRequest request{amount.value(), parser.value(refOption), keyOrNew(parser)};
    if (const std::optional<int> filed =
            fileForApproval(QStringLiteral("fund"), approvalrequest::of(request),
                            QStringLiteral("fund the programme wallet with %1 (ref %2)").arg(amountText(request.amountMinor, currency.value()), request.bankReference),
                            0, request.amountMinor))
        return *filed;
    const Result<MoneyReceipt> funded = ledger().fund(request);
    if (!funded)
        return m_output.error(funded.error());
    m_output.result(funded.value().toJson(), QStringLiteral("funded %1 (ref %2); the funding wallet holds %3")
                                                 .arg(amountText(funded.value().amountMinor, currency.value()),
                                                      funded.value().reference,
                                                      amountText(funded.value().balanceMinor, currency.value())));
    return Done;
}

int CommandLine::printFundingWallet(const Result<FundingWalletView> &wallet)
{
    if (!wallet)
        return m_output.error(wallet.error());
    const FundingWalletView &view = wallet.value();
    const Result<money::Currency> currency = money::currency(QStringLiteral("currency"), view.currency);
    const money::Currency shown = currency ? currency.value() : money::Currency{view.currency, 2};
    QString text = view.opened ? QStringLiteral("funding wallet (%1): %2 available, %3 held for open redemptions, %4 drawn, %5 funded in all")
                                     .arg(view.funding, amountText(view.balanceMinor, shown), amountText(view.heldMinor, shown),
                                          amountText(view.drawnMinor, shown), amountText(view.fundedMinor, shown))
                               : QStringLiteral("funding wallet (%1): not funded yet; redemptions draw nothing until the first funding")
                                     .arg(view.funding);
    if (view.thresholdMinor)
        text += QStringLiteral("\nlow-balance threshold %1%2")
                    .arg(amountText(*view.thresholdMinor, shown),
                         view.belowThreshold() ? QStringLiteral(": BELOW THRESHOLD, fund the programme") : QString());
    m_output.result(view.toJson(), text);
    return Done;
}

int CommandLine::walletBalance(const QCommandLineParser &, const QStringList &)
{
    return printFundingWallet(ledger().fundingWallet());
}

int CommandLine::walletThreshold(const QCommandLineParser &, const QStringList &arguments)
{
    const Result<money::Currency> currency = programmeCurrency();
    if (!currency)
        return m_output.error(currency.error());
    qint64 threshold = 0;
    if (arguments.at(0) != QLatin1String("0")) {
        const Result<qint64> amount = money::parseAmount(QStringLiteral("amount"), arguments.at(0), currency.value());
        if (!amount)
            return m_output.error(amount.error());
        threshold = amount.value();
    }
    return printFundingWallet(ledger().setFundingThreshold(threshold));
}

int CommandLine::walletHistory(const QCommandLineParser &parser, const QStringList &)
{
    int limit = 100;
    if (parser.isSet(QStringLiteral("limit"))) {
        const Result<qint64> parsed = parseBounded(QStringLiteral("limit"), parser.value(QStringLiteral("limit")), 1, 100'000);
        if (!parsed)
            return m_output.error(parsed.error());
        limit = int(parsed.value());
    }
    const Result<money::Currency> currency = programmeCurrency();
    if (!currency)
        return m_output.error(currency.error());
    const Result<QList<FundingMovement>> history = ledger().fundingHistory(limit);
    if (!history)
        return m_output.error(history.error());
    QJsonArray list;
    QString text;
    for (const FundingMovement &movement : history.value()) {
        list.append(movement.toJson());
        text += QStringLiteral("%1  %2  %3  %4  %5  balance %6\n")
                    .arg(timeformat::toIso(movement.postedAtMs), movement.kind.leftJustified(8), movement.source.leftJustified(12),
                         movement.reference, amountText(movement.amountMinor, currency.value()),
                         amountText(movement.balanceMinor, currency.value()));
    }
    m_output.result({{QStringLiteral("movements"), list}, {QStringLiteral("count"), list.size()}},
                    text.isEmpty() ? QStringLiteral("the funding wallet has no movements") : text);
    return Done;
}

int CommandLine::memberWalletCredit(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(refOption))
        return usageError(QStringLiteral("ref"), QStringLiteral("is required"),
                          QStringLiteral("member-wallet credit MEMBER AMOUNT --ref REF"));
    const Result<money::Currency> currency = programmeCurrency();
    if (!currency)
        return m_output.error(currency.error());
    const Result<qint64> amount = money::parseAmount(QStringLiteral("amount"), arguments.at(1), currency.value());
    if (!amount)
        return m_output.error(amount.error());
    const Result<MoneyReceipt> credited =
        ledger().creditWallet({arguments.at(0), amount.value(), parser.value(refOption), keyOrNew(parser)});
    if (!credited)
        return m_output.error(credited.error());
    m_output.result(credited.value().toJson(), QStringLiteral("credited %1 to %2's wallet; it holds %3")
                                                   .arg(amountText(credited.value().amountMinor, currency.value()),
                                                        credited.value().memberId,
                                                        amountText(credited.value().balanceMinor, currency.value())));
    return Done;
}

int CommandLine::refund(const QCommandLineParser &parser, const QStringList &arguments)
{
    const Result<qint64> id = parseReservation(arguments.at(0));
    if (!id)
        return m_output.error(id.error());
    if (!parser.isSet(QStringLiteral("reason")))
        return usageError(QStringLiteral("reason"), QStringLiteral("is required"), QStringLiteral("refund RESERVATION --reason TEXT"));
    RefundRequest request;
    request.reservationId = id.value();
    request.reason = parser.value(QStringLiteral("reason"));
    request.idempotencyKey = keyOrNew(parser);
    if (parser.isSet(QStringLiteral("points"))) {
        const Result<qint64> points = parsePoints(QStringLiteral("points"), parser.value(QStringLiteral("points")));
        if (!points)
            return m_output.error(points.error());
        request.points = points.value();
    }
    const Result<money::Currency> currency = programmeCurrency();
    if (!currency)
        return m_output.error(currency.error());
    if (parser.isSet(QStringLiteral("wallet"))) {
        const Result<qint64> amount = money::parseAmount(QStringLiteral("wallet"), parser.value(QStringLiteral("wallet")), currency.value());
        if (!amount)
            return m_output.error(amount.error());
        request.walletMinor = amount.value();
    }
    // The amount it would refund: what is named, or (for everything left) at most what was confirmed.
    Points refundPoints = request.points.value_or(0);
    qint64 refundMoney = request.walletMinor.value_or(0);
    if (!request.points && !request.walletMinor)
        if (const Result<ReservationView> target = ledger().reservation(request.reservationId)) {
            refundPoints = target.value().confirmedPoints;
            refundMoney = target.value().walletMinor;
        }
    if (const std::optional<int> filed =
            fileForApproval(QStringLiteral("refund"), approvalrequest::of(request),
                            QStringLiteral("refund %1 of %2: %3").arg(request.points ? QString::number(*request.points) + QStringLiteral(" points")
                                                                                     : QStringLiteral("everything left"),
                                                                      reservationToken(request.reservationId), request.reason),
                            refundPoints, refundMoney))
        return *filed;
    const Result<RefundReceipt> refunded = ledger().refund(request);
    if (!refunded)
        return m_output.error(refunded.error());
    const RefundReceipt &receipt = refunded.value();
    QString text = QStringLiteral("%1 of %2: %3 points back to %4")
                       .arg(refundToken(receipt.refundId), reservationToken(receipt.reservationId))
                       .arg(receipt.points)
                       .arg(receipt.memberId);
    if (receipt.walletMinor > 0)
        text += QStringLiteral(", %1 to the member's wallet").arg(amountText(receipt.walletMinor, currency.value()));
    if (receipt.fundingReturnedMinor > 0)
        text += QStringLiteral(", %1 back to the funding wallet").arg(amountText(receipt.fundingReturnedMinor, currency.value()));
    text += QStringLiteral("; %1 points refunded in all, %2 left").arg(receipt.refundedPointsTotal).arg(receipt.pointsLeft);
    for (const RefundedLot &lot : receipt.lots)
        text += lot.intoLotId == lot.lotId
                    ? QStringLiteral("\n  %1 points into lot %2").arg(lot.points).arg(lot.lotId)
                    : QStringLiteral("\n  %1 points of lapsed lot %2 into new lot %3, expiring %4")
                          .arg(lot.points)
                          .arg(lot.lotId)
                          .arg(lot.intoLotId)
                          .arg(lot.expiresAtMs ? timeformat::toIso(*lot.expiresAtMs) : QStringLiteral("never"));
    m_output.result(receipt.toJson(), text);
    return Done;
}

int CommandLine::memberWalletBalance(const QCommandLineParser &, const QStringList &arguments)
{
    const Result<money::Currency> currency = programmeCurrency();
    if (!currency)
        return m_output.error(currency.error());
    const Result<Balance> balance = ledger().balance(arguments.at(0));
    if (!balance)
        return m_output.error(balance.error());
    m_output.result({{QStringLiteral("member"), balance.value().memberId},
                     {QStringLiteral("wallet"), balance.value().walletMinor},
                     {QStringLiteral("currency"), currency.value().code}},
                    QStringLiteral("%1's wallet: %2").arg(balance.value().memberId,
                                                          amountText(balance.value().walletMinor, currency.value())));
    return Done;
}

Result<std::optional<Points>> CommandLine::chosenPoints(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("points")))
        return std::optional<Points>();
    const Result<qint64> points = parseWholeNumber(QStringLiteral("points"), parser.value(QStringLiteral("points")));
    if (!points)
        return points.error();
    if (points.value() < 0)
        return LedgerError::invalidArgument(QStringLiteral("points"), QStringLiteral("cannot be negative"));
    return std::optional<Points>(points.value());
}

int CommandLine::checkoutQuote(const QCommandLineParser &parser, const QStringList &arguments)
{
    const Result<money::Currency> currency = programmeCurrency();
    if (!currency)
        return m_output.error(currency.error());
    const Result<qint64> amount = money::parseAmount(QStringLiteral("amount"), arguments.at(1), currency.value());
    if (!amount)
        return m_output.error(amount.error());
    const Result<std::optional<Points>> points = chosenPoints(parser);
    if (!points)
        return m_output.error(points.error());
    const Result<QuoteView> quoted = ledger().quote({arguments.at(0), amount.value(), points.value(), parser.value(sourceOption)});
    if (!quoted)
        return m_output.error(quoted.error());
    const QuoteView &view = quoted.value();
    m_output.result(view.toJson(),
                    QStringLiteral("%1 has %2 points and %3 in the wallet\norder %4: %5 points (worth %6) + %7 from the wallet\n"
                                   "points allowed: %8 to %9; rules version %10; quote %11 valid until %12\n%13")
                        .arg(arguments.at(0))
                        .arg(view.memberPoints)
                        .arg(amountText(view.memberWalletMinor, currency.value()),
                             amountText(view.quote.orderMinor, currency.value()))
                        .arg(view.quote.points)
                        .arg(amountText(view.quote.pointsValueMinor, currency.value()),
                             amountText(view.quote.walletMinor, currency.value()))
                        .arg(view.quote.allowedMin)
                        .arg(view.quote.allowedMax)
                        .arg(view.quote.ruleVersion)
                        .arg(quoteToken(view.quoteId), timeformat::toIso(view.validUntilMs), view.quote.why));
    return Done;
}

int CommandLine::checkoutPay(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString usage = QStringLiteral("checkout pay MEMBER AMOUNT --source SRC --ref REF");
    if (!parser.isSet(sourceOption))
        return usageError(QStringLiteral("source"), QStringLiteral("is required"), usage);
    if (!parser.isSet(refOption))
        return usageError(QStringLiteral("ref"), QStringLiteral("is required"), usage);
    const Result<money::Currency> currency = programmeCurrency();
    if (!currency)
        return m_output.error(currency.error());
    CheckoutRequest request;
    request.memberId = arguments.at(0);
    const Result<qint64> amount = money::parseAmount(QStringLiteral("amount"), arguments.at(1), currency.value());
    if (!amount)
        return m_output.error(amount.error());
    request.orderMinor = amount.value();
    const Result<std::optional<Points>> points = chosenPoints(parser);
    if (!points)
        return m_output.error(points.error());
    request.chosenPoints = points.value();
    request.source = parser.value(sourceOption);
    request.reference = parser.value(refOption);
    request.idempotencyKey = keyOrNew(parser);
    request.hold = parser.isSet(QStringLiteral("hold"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        if (!request.hold)
            return usageError(QStringLiteral("timeout"), QStringLiteral("applies only with --hold"), usage);
        const Result<qint64> timeout = parseBounded(QStringLiteral("timeout"), parser.value(QStringLiteral("timeout")),
                                                    limits::minTimeoutSeconds, limits::maxTimeoutSeconds);
        if (!timeout)
            return m_output.error(timeout.error());
        request.timeoutSeconds = int(timeout.value());
    }
    if (parser.isSet(QStringLiteral("quote"))) {
        const std::optional<qint64> quote = parseQuoteToken(parser.value(QStringLiteral("quote")));
        if (!quote)
            return usageError(QStringLiteral("quote"),
                              QStringLiteral("'%1' is not a quote id such as qte_7").arg(parser.value(QStringLiteral("quote"))), usage);
        request.quoteId = quote;
    }
    const Result<CheckoutReceipt> paid = ledger().checkout(request);
    if (!paid)
        return m_output.error(paid.error());
    const CheckoutReceipt &receipt = paid.value();
    m_output.result(receipt.toJson(),
                    QStringLiteral("%1\norder %2: %3 points (worth %4) + %5 from the wallet; funding %6 %7")
                        .arg(reservationText(receipt.reservation), amountText(receipt.quote.orderMinor, currency.value()))
                        .arg(receipt.quote.points)
                        .arg(amountText(receipt.quote.pointsValueMinor, currency.value()),
                             amountText(receipt.quote.walletMinor, currency.value()),
                             request.hold ? QStringLiteral("held") : QStringLiteral("drawn"),
                             amountText(receipt.fundingDrawMinor, currency.value())));
    return Done;
}

}  // namespace orchard::cli
