// The money side of the Ledger: the programme's pre-paid funding wallet, members' digital wallets
// and checkouts paid with points plus wallet money. Money postings carry the programme's currency
// as their unit; every entry balances in points and in money separately.
#include "ledger/ledger.h"

#include "ledger/accountcodes.h"
#include "ledger/refusal.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "base/ledgerlimits.h"
#include "settings/programmebook.h"
#include "settings/splitrulesbook.h"
#include "store/sqlerror.h"
#include "base/invariant.h"
#include "base/timeformat.h"
#include "base/validation.h"

namespace orchard {

namespace {

const QString &accountFunding = accountcodes::funding;
const QString &accountFundingHold = accountcodes::fundingHold;
const QString &accountSponsor = accountcodes::sponsor;
const QString &accountRewardsCost = accountcodes::rewardsCost;
const QString &accountWalletDeposits = accountcodes::walletDeposits;
const QString &accountMerchant = accountcodes::merchant;
const QString thresholdKey = QStringLiteral("funding_threshold_minor");

std::optional<LedgerError> amount(const QString &field, qint64 minor)
{
    if (minor <= 0 || minor > money::maxMinorUnits)
        return LedgerError::invalidArgument(
            field, QStringLiteral("%1 minor units is outside 1 to %2").arg(minor).arg(money::maxMinorUnits));
    return std::nullopt;
}

QString optionalPoints(const std::optional<Points> &points)
{
    return points ? QString::number(*points) : QStringLiteral("-");
}

}  // namespace

qint64 Ledger::pointsAvailable(const QString &memberId, qint64 nowMs)
{
    return available(m_lots.openLots(memberId), nowMs);
}

// ---- the funding wallet and members' wallets ------------------------------------------------------

Result<MoneyReceipt> Ledger::fund(const FundRequest &request)
{
    for (const auto &check : {amount(QStringLiteral("amount"), request.amountMinor),
                              validation::identifier(QStringLiteral("ref"), request.bankReference),
                              validation::identifier(QStringLiteral("key"), request.idempotencyKey)})
        if (check)
            return *check;
    const qint64 nowMs = m_clock.nowMs();
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        return IdempotencyScope{m_accounts.sourceId(sourceAdmin), request.idempotencyKey, QStringLiteral("fund"),
                                OperationRunner::requestDigest({QString::number(request.amountMinor), request.bankReference})};
    };
    return m_runner.run<MoneyReceipt>(scope, {}, [&]() -> MoneyReceipt {
        // A bank transfer funds the programme once, whatever key a retry carries.
        QSqlQuery &seen = m_database.run(QStringLiteral("SELECT id FROM entries WHERE kind = 'fund' AND reference = ?"),
                                         {request.bankReference});
        const bool duplicate = seen.next();
        const qint64 firstEntry = duplicate ? seen.value(0).toLongLong() : 0;
        seen.finish();
        if (duplicate)
            throw Refusal{{errors::duplicateReference,
                           QStringLiteral("bank reference '%1' already funded the programme (entry %2)")
                               .arg(request.bankReference)
                               .arg(firstEntry),
                           {{QStringLiteral("field"), QStringLiteral("ref")}, {QStringLiteral("entry"), firstEntry}}}};
        const ProgrammeSettings settings = ProgrammeBook::currentIn(m_database);
        const FundingAccounts funding = m_wallets.openFunding(settings.currency.code);
        const qint64 before = m_accounts.balanceOf(funding.available);
        if (before + request.amountMinor > money::maxMinorUnits)
            throw Refusal{{errors::balanceLimit,
                           QStringLiteral("the funding wallet would hold more than %1 minor units").arg(money::maxMinorUnits),
                           {{QStringLiteral("balance"), before}}}};
        JournalEntry entry = programmeEntry(QStringLiteral("fund"), nowMs, {}, request.bankReference, m_actor.name,
                                            QStringLiteral("programme funding"));
        entry.amountMinor = request.amountMinor;
        entry.postings = {{m_accounts.ensure(accountSponsor, QStringLiteral("sponsor"), funding.unit), -request.amountMinor, funding.unit},
                          {funding.available, request.amountMinor, funding.unit}};
        const qint64 entryId = m_journal.append(entry, QStringLiteral("wallet.fund"), QStringLiteral("programme"),
                                                {{QStringLiteral("amount"), request.amountMinor},
                                                 {QStringLiteral("currency"), funding.unit},
                                                 {QStringLiteral("ref"), request.bankReference}});
        return MoneyReceipt{entryId, {}, request.amountMinor, before + request.amountMinor, funding.unit,
                            request.bankReference, nowMs};
    });
}

Result<FundingWalletView> Ledger::setFundingThreshold(qint64 thresholdMinor)
{
    if (thresholdMinor < 0 || thresholdMinor > money::maxMinorUnits)
        return LedgerError::invalidArgument(QStringLiteral("amount"),
                                            QStringLiteral("the threshold must be between 0 and %1 minor units").arg(money::maxMinorUnits));
    if (m_database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    const qint64 nowMs = m_clock.nowMs();
    try {
        m_database.beginWrite();
        const std::optional<qint64> previous = fundingThreshold();
        const QJsonValue before = previous ? QJsonValue(*previous) : QJsonValue(QJsonValue::Null);
        m_database.run(QStringLiteral("DELETE FROM orchard_meta WHERE key = ?"), {thresholdKey});
        m_database.run(QStringLiteral("INSERT INTO orchard_meta (key, value) VALUES (?, ?)"),
                       {thresholdKey, QString::number(thresholdMinor)});
        m_audit.append({nowMs, m_actor.name, m_actor.source, QStringLiteral("wallet.threshold"), QStringLiteral("programme"),
                        {{QStringLiteral("before"), before}, {QStringLiteral("after"), thresholdMinor}}, std::nullopt, QString()});
        if (const std::optional<qint64> funding = m_accounts.find(accountFunding))
            m_outbox.fundingThresholdMoved(m_accounts.balanceOf(*funding), previous, thresholdMinor, nowMs);
        m_database.commit();
    } catch (const SqlFailure &failure) {
        if (m_database.inTransaction())
            m_database.rollback();
        return ledgerErrorFor(failure);
    }
    return fundingWallet();
}

std::optional<qint64> Ledger::fundingThreshold()
{
    QSqlQuery &threshold = m_database.run(QStringLiteral("SELECT value FROM orchard_meta WHERE key = ?"), {thresholdKey});
    const std::optional<qint64> minor = threshold.next() ? std::optional<qint64>(threshold.value(0).toString().toLongLong()) : std::nullopt;
    threshold.finish();
    return minor;
}

std::optional<FundingPosition> Ledger::fundingPosition()
{
    if (m_deferredFunding) {
        std::optional<FundingPosition> position = *m_deferredFunding;  // as the batch began
        if (position)
            position->balanceMinor = m_journal.deferredBalance(position->accountId).value_or(position->balanceMinor);
        return position;
    }
    // One look-up on every operation that moves money: no row when there is no wallet or no threshold.
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT a.id, a.balance, m.value FROM accounts a "
                                                     "JOIN orchard_meta m ON m.key = ? WHERE a.code = ?"),
                                      {thresholdKey, accountFunding});
    std::optional<FundingPosition> position;
    if (query.next())
        position = FundingPosition{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString().toLongLong()};
    query.finish();
    return position;
}

Result<FundingWalletView> Ledger::fundingWallet()
{
    try {
        const ProgrammeSettings settings = ProgrammeBook::currentIn(m_database);
        FundingWalletView view;
        view.currency = settings.currency.code;
        view.funding = ProgrammeSettings::fundingName(settings.funding);
        QSqlQuery &accounts = m_database.run(
            QStringLiteral("SELECT code, balance FROM accounts WHERE code IN (?, ?, ?, ?)"),
            {accountFunding, accountFundingHold, accountRewardsCost, accountSponsor});
        while (accounts.next()) {
            const QString code = accounts.value(0).toString();
            const qint64 balance = accounts.value(1).toLongLong();
            if (code == accountFunding) {
                view.opened = true;
                view.balanceMinor = balance;
            } else if (code == accountFundingHold) {
                view.heldMinor = balance;
            } else if (code == accountRewardsCost) {
                view.drawnMinor = balance;
            } else {
                view.fundedMinor = -balance;
            }
        }
        accounts.finish();
        view.thresholdMinor = fundingThreshold();
        return view;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<QList<FundingMovement>> Ledger::fundingHistory(int limit)
{
    try {
        const std::optional<qint64> funding = m_accounts.find(accountFunding);
        if (!funding)
            return QList<FundingMovement>{};
        // Newest first, each with the available balance right after it.
        QSqlQuery &query = m_database.run(
            QStringLiteral("SELECT e.id, e.posted_at_ms, e.kind, s.name, e.reference, e.member_id, p.amount, "
                           "SUM(p.amount) OVER (ORDER BY p.id) FROM postings p JOIN entries e ON e.id = p.entry_id "
                           "JOIN sources s ON s.id = e.source_id WHERE p.account_id = ? ORDER BY p.id DESC LIMIT ?"),
            {*funding, std::clamp(limit, 1, limits::maxLogLimit)});
        QList<FundingMovement> movements;
        while (query.next())
            movements.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                              query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                              query.value(6).toLongLong(), query.value(7).toLongLong()});
        query.finish();
        return movements;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<MoneyReceipt> Ledger::creditWallet(const WalletCreditRequest &request)
{
    for (const auto &check : {validation::identifier(QStringLiteral("member"), request.memberId),
                              amount(QStringLiteral("amount"), request.amountMinor),
                              validation::identifier(QStringLiteral("ref"), request.reference),
                              validation::identifier(QStringLiteral("key"), request.idempotencyKey)})
        if (check)
            return *check;
    const qint64 nowMs = m_clock.nowMs();
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        return IdempotencyScope{m_accounts.sourceId(sourceAdmin), request.idempotencyKey, QStringLiteral("wallet_credit"),
                                OperationRunner::requestDigest({request.memberId, QString::number(request.amountMinor), request.reference})};
    };
    return m_runner.run<MoneyReceipt>(scope, {}, [&]() -> MoneyReceipt {
        m_accounts.ofMember(request.memberId);  // unknown_member
        const ProgrammeSettings settings = ProgrammeBook::currentIn(m_database);
        const WalletAccounts wallet = m_wallets.walletOf(request.memberId, settings.currency.code);
        const qint64 before = m_accounts.balanceOf(wallet.available);
        if (before + request.amountMinor > money::maxMinorUnits)
            throw Refusal{{errors::balanceLimit,
                           QStringLiteral("member '%1''s wallet would hold more than %2 minor units")
                               .arg(request.memberId)
                               .arg(money::maxMinorUnits),
                           {{QStringLiteral("balance"), before}}}};
        JournalEntry entry = programmeEntry(QStringLiteral("wallet_credit"), nowMs, request.memberId, request.reference, m_actor.name,
                                            QStringLiteral("wallet credit"));
        entry.amountMinor = request.amountMinor;
        entry.postings = {{m_accounts.ensure(accountWalletDeposits, QStringLiteral("wallet_deposits"), wallet.unit),
                           -request.amountMinor, wallet.unit},
                          {wallet.available, request.amountMinor, wallet.unit}};
        const qint64 entryId = m_journal.append(entry, QStringLiteral("wallet.credit"), request.memberId,
                                                {{QStringLiteral("amount"), request.amountMinor},
                                                 {QStringLiteral("currency"), wallet.unit},
                                                 {QStringLiteral("ref"), request.reference}});
        return MoneyReceipt{entryId, request.memberId, request.amountMinor, before + request.amountMinor, wallet.unit,
                            request.reference, nowMs};
    });
}

// ---- checkout ------------------------------------------------------------------------------------------

Result<QuoteView> Ledger::quote(const QuoteRequest &request)
{
    if (const auto check = validation::identifier(QStringLiteral("member"), request.memberId))
        return *check;
    if (const auto check = amount(QStringLiteral("amount"), request.orderMinor))
        return *check;
    if (request.chosenPoints)
        if (const auto check = validation::points(QStringLiteral("points"), *request.chosenPoints))
            return *check;
    if (!request.source.isEmpty())
        if (const auto check = validation::identifier(QStringLiteral("source"), request.source))
            return *check;
    const qint64 nowMs = m_clock.nowMs();
    // Stored, so that paying within its validity uses the rule version it was made under.
    return m_runner.run<QuoteView>({}, [&] { settleMember(request.memberId, nowMs); }, [&]() -> QuoteView {
        m_accounts.ofMember(request.memberId);
        const ProgrammeSettings settings = ProgrammeBook::currentIn(m_database);
        const Result<SplitRulesVersion> rules = SplitRulesBook(m_database, m_clock, m_actor).current();
        if (!rules)
            throw Refusal{rules.error()};
        QuoteView view;
        view.memberPoints = pointsAvailable(request.memberId, nowMs);
        view.memberWalletMinor = m_wallets.walletBalance(request.memberId);
        const Result<CheckoutQuote> quoted =
            quoteCheckout({request.orderMinor, view.memberPoints, view.memberWalletMinor, request.chosenPoints},
                          rules.value().rules, settings.pointValue);
        if (!quoted)
            throw Refusal{quoted.error()};
        view.quote = quoted.value();
        view.currency = settings.currency.code;
        view.quotedAtMs = nowMs;
        view.validUntilMs = nowMs + quoteValidityMs;
        QSqlQuery &insert = m_database.run(
            QStringLiteral("INSERT INTO checkout_quotes (member_id, order_minor, chosen_points, rule_version, quoted_at_ms, "
                           "valid_until_ms, source_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {request.memberId, request.orderMinor,
             request.chosenPoints ? QVariant(*request.chosenPoints) : QVariant(QMetaType(QMetaType::LongLong)),
             qint64(view.quote.ruleVersion), nowMs, view.validUntilMs,
             request.source.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(m_accounts.sourceId(request.source))});
        insert.next();
        view.quoteId = insert.value(0).toLongLong();
        insert.finish();
        return view;
    });
}

Result<CheckoutReceipt> Ledger::checkout(const CheckoutRequest &request)
{
    for (const auto &check : {validation::identifier(QStringLiteral("member"), request.memberId),
                              amount(QStringLiteral("amount"), request.orderMinor),
                              validation::identifier(QStringLiteral("source"), request.source),
                              validation::identifier(QStringLiteral("ref"), request.reference),
                              validation::identifier(QStringLiteral("key"), request.idempotencyKey),
                              validation::timeoutSeconds(request.timeoutSeconds)})
        if (check)
            return *check;
    if (request.chosenPoints)
        if (const auto check = validation::points(QStringLiteral("points"), *request.chosenPoints))
            return *check;
    const qint64 nowMs = m_clock.nowMs();
    const auto scope = [&]() -> std::optional<IdempotencyScope> {
        return IdempotencyScope{m_accounts.sourceId(request.source), request.idempotencyKey, QStringLiteral("checkout"),
                                OperationRunner::requestDigest({request.memberId, QString::number(request.orderMinor),
                                               optionalPoints(request.chosenPoints), request.reference,
                                               request.hold ? QString::number(request.timeoutSeconds) : QStringLiteral("pay"),
                                               request.quoteId ? QString::number(*request.quoteId) : QStringLiteral("-")})};
    };
    return m_runner.run<CheckoutReceipt>(scope, [&] { settleMember(request.memberId, nowMs); }, [&]() -> CheckoutReceipt {
        m_accounts.ofMember(request.memberId);  // an unknown member is refused before any quote is looked at
        const ProgrammeSettings settings = ProgrammeBook::currentIn(m_database);
        SplitRulesBook rulesBook(m_database, m_clock, m_actor);
        const std::optional<qint64> ruleVersion = quotedRuleVersion(request, m_accounts.sourceId(request.source), nowMs);
        const Result<SplitRulesVersion> rules = ruleVersion ? rulesBook.version(*ruleVersion) : rulesBook.current();
        if (!rules)
            throw Refusal{rules.error()};

        const Points availablePoints = pointsAvailable(request.memberId, nowMs);
        const qint64 walletMinor = m_wallets.walletBalance(request.memberId);
        const Result<CheckoutQuote> quoted = quoteCheckout(
            {request.orderMinor, availablePoints, walletMinor, request.chosenPoints}, rules.value().rules, settings.pointValue);
        if (!quoted)
            throw Refusal{quoted.error()};
        const CheckoutQuote &split = quoted.value();
        // Stays on in release: a split that spends more than the member has must never be written.
        require(split.points >= 0 && split.points <= availablePoints && split.walletMinor >= 0 && split.walletMinor <= walletMinor,
                QStringLiteral("a checkout spends at most what the member has: %1 of %2 points, %3 of %4 minor units")
                    .arg(split.points)
                    .arg(availablePoints)
                    .arg(split.walletMinor)
                    .arg(walletMinor));
        return openCheckout(request, split, settings, nowMs);
    });
}

// The rule version a checkout pays under: its quote's while the quote is valid, none without one
// (then the rules in force decide).
std::optional<qint64> Ledger::quotedRuleVersion(const CheckoutRequest &request, qint64 payingSource, qint64 nowMs)
{
    QString quoteSql = QStringLiteral("SELECT id, member_id, order_minor, chosen_points, rule_version, valid_until_ms, "
                                      "source_id FROM checkout_quotes WHERE ");
    QVariantList quoteValues;
    if (request.quoteId) {
        quoteSql += QStringLiteral("id = ?");
        quoteValues << *request.quoteId;
    } else {
        quoteSql += QStringLiteral("member_id = ? AND order_minor = ? AND (source_id = ? OR source_id IS NULL) AND ") +
                    (request.chosenPoints ? QStringLiteral("chosen_points = ?") : QStringLiteral("chosen_points IS NULL")) +
                    QStringLiteral(" ORDER BY id DESC LIMIT 1");
        quoteValues << request.memberId << request.orderMinor << payingSource;
        if (request.chosenPoints)
            quoteValues << *request.chosenPoints;
    }
    QSqlQuery &quoteRow = m_database.run(quoteSql, quoteValues);
    if (!quoteRow.next()) {
        quoteRow.finish();
        if (request.quoteId)
            throw Refusal{LedgerError::invalidArgument(
                QStringLiteral("quote"), QStringLiteral("there is no quote %1").arg(quoteToken(*request.quoteId)))};
        return std::nullopt;
    }
    const qint64 quoteId = quoteRow.value(0).toLongLong();
    const bool matches = quoteRow.value(1).toString() == request.memberId && quoteRow.value(2).toLongLong() == request.orderMinor
                         && (quoteRow.value(3).isNull() ? !request.chosenPoints : request.chosenPoints == quoteRow.value(3).toLongLong());
    const qint64 validUntilMs = quoteRow.value(5).toLongLong();
    const bool anotherSources = !quoteRow.value(6).isNull() && quoteRow.value(6).toLongLong() != payingSource;
    const qint64 ruleVersion = quoteRow.value(4).toLongLong();
    quoteRow.finish();
    if (anotherSources)
        throw Refusal{LedgerError::invalidArgument(
            QStringLiteral("quote"), QStringLiteral("%1 was made for another source; ask for your own quote").arg(quoteToken(quoteId)))};
    if (!matches)
        throw Refusal{LedgerError::invalidArgument(
            QStringLiteral("quote"), QStringLiteral("%1 was made for another member, amount or points choice").arg(quoteToken(quoteId)))};
    if (nowMs > validUntilMs)
        throw Refusal{{errors::quoteExpired,
                       QStringLiteral("quote %1 expired at %2; ask for a new quote").arg(quoteToken(quoteId), timeformat::toIso(validUntilMs)),
                       {{QStringLiteral("quote"), quoteToken(quoteId)}, {QStringLiteral("valid_until"), timeformat::toIso(validUntilMs)}}}};
    return ruleVersion;
}

// Holds (or pays) the split: the lots, the member's wallet and the funding draw, in one entry.
CheckoutReceipt Ledger::openCheckout(const CheckoutRequest &request, const CheckoutQuote &split, const ProgrammeSettings &settings,
                                     qint64 nowMs)
{
    const MemberAccounts accounts = m_accounts.ofMember(request.memberId);
    const std::optional<FundingAccounts> funding = m_wallets.prepaidFunding(settings);
    const qint64 fundingMinor = funding ? split.pointsValueMinor : 0;
    if (funding && fundingMinor > 0)
        m_wallets.requireFunding(*funding, fundingMinor);
    const QList<LotAllocation> allocations =
        split.points > 0 ? allocateOrRefuse(request.memberId, split.points, nowMs) : QList<LotAllocation>{};
    const std::optional<WalletAccounts> wallet =
        split.walletMinor > 0 ? std::optional(m_wallets.walletOf(request.memberId, settings.currency.code)) : std::nullopt;

    const qint64 expiresAtMs = request.hold ? nowMs + qint64(request.timeoutSeconds) * 1000 : nowMs;
    ReservationDraft draft = ReservationDraft::of(request.memberId, m_accounts.sourceId(request.source), request.reference, split.points,
                                                  nowMs, settings.pointValue, allocations);
    draft.confirmed = !request.hold;
    draft.expiresAtMs = expiresAtMs;
    draft.closeReason = QStringLiteral("checkout");
    draft.fundingMinor = fundingMinor;
    draft.walletMinor = split.walletMinor;
    draft.orderMinor = request.orderMinor;
    draft.ruleVersion = qint64(split.ruleVersion);
    const qint64 reservationId = openReservation(draft, request.source);

    JournalEntry entry = draft.openingEntry(request.hold ? QStringLiteral("reserve") : QStringLiteral("checkout"), reservationId,
                                            request.source, m_actor.name);
    entry.amountMinor = request.orderMinor;
    entry.reason = QStringLiteral("checkout");
    if (split.points > 0) {
        entry.postings.append({accounts.available, -split.points});
        entry.postings.append({request.hold ? accounts.held : m_accounts.programme(accountcodes::redeemed), split.points});
    }
    if (split.walletMinor > 0) {
        entry.postings.append({wallet->available, -split.walletMinor, wallet->unit});
        entry.postings.append({request.hold ? wallet->held : m_accounts.ensure(accountMerchant, QStringLiteral("merchant"), wallet->unit),
                               split.walletMinor, wallet->unit});
    }
    if (fundingMinor > 0) {
        entry.postings.append({funding->available, -fundingMinor, funding->unit});
        entry.postings.append({request.hold ? funding->held : funding->drawn, fundingMinor, funding->unit});
    }
    const qint64 entryId = m_journal.append(entry, request.hold ? QStringLiteral("checkout.hold") : QStringLiteral("checkout.pay"),
                                            request.memberId,
                                            {{QStringLiteral("reservation"), reservationToken(reservationId)},
                                             {QStringLiteral("order"), request.orderMinor},
                                             {QStringLiteral("points"), split.points},
                                             {QStringLiteral("points_value"), split.pointsValueMinor},
                                             {QStringLiteral("wallet"), split.walletMinor},
                                             {QStringLiteral("funding"), fundingMinor},
                                             {QStringLiteral("rule_version"), split.ruleVersion},
                                             {QStringLiteral("expires_at"), timeformat::toIso(expiresAtMs)}});
    if (request.hold)
        m_lots.hold(allocations);
    else
        m_lots.consume(entryId, allocations);
    CheckoutReceipt receipt;
    receipt.reservation = draft.view(reservationId, request.source);
    receipt.quote = split;
    receipt.fundingDrawMinor = fundingMinor;
    receipt.currency = settings.currency.code;
    return receipt;
}

}  // namespace orchard
