#include "ledger/wallets.h"

#include "base/invariant.h"
#include "ledger/accountcodes.h"
#include "ledger/accounts.h"
#include "ledger/refusal.h"
#include "money/moneytypes.h"
#include "settings/programmebook.h"
#include "store/database.h"

namespace orchard {

namespace {
const QString &accountFunding = accountcodes::funding;
const QString &accountFundingHold = accountcodes::fundingHold;
const QString &accountRewardsCost = accountcodes::rewardsCost;
}  // namespace

std::optional<FundingAccounts> Wallets::existingFunding()
{
    // One query on the hot path (every reserve and redeem in a prepaid programme).
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT code, id, unit FROM accounts WHERE code IN (?, ?, ?)"),
                                      {accountFunding, accountFundingHold, accountRewardsCost});
    FundingAccounts funding;
    while (query.next()) {
        const QString code = query.value(0).toString();
        (code == accountFunding ? funding.available : code == accountFundingHold ? funding.held : funding.drawn) = query.value(1).toLongLong();
        funding.unit = query.value(2).toString();
    }
    query.finish();
    if (funding.available == 0)
        return std::nullopt;
    if (funding.held == 0)
        funding.held = m_accounts.ensure(accountFundingHold, QStringLiteral("funding_hold"), funding.unit);
    if (funding.drawn == 0)
        funding.drawn = m_accounts.ensure(accountRewardsCost, QStringLiteral("rewards_cost"), funding.unit);
    return funding;
}

std::optional<FundingAccounts> Wallets::prepaidFunding(const ProgrammeSettings &settings)
{
    if (settings.funding != FundingMode::Prepaid)
        return std::nullopt;
    return existingFunding();
}

FundingAccounts Wallets::openFunding(const QString &currency)
{
    if (std::optional<FundingAccounts> funding = existingFunding())
        return *funding;
    m_accounts.ensure(accountFunding, QStringLiteral("funding"), currency);
    return *existingFunding();
}

WalletAccounts Wallets::walletOf(const QString &memberId, const QString &currency)
{
    const QString code = QStringLiteral("wallet:") + memberId;
    WalletAccounts wallet;
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT id, unit FROM accounts WHERE code = ?"), {code});
    if (query.next()) {
        wallet.available = query.value(0).toLongLong();
        wallet.unit = query.value(1).toString();
    }
    query.finish();
    if (wallet.available == 0) {
        if (currency.isEmpty())
            throw InvariantViolation(QStringLiteral("member %1 has a wallet account").arg(memberId));
        wallet.unit = currency;
        wallet.available = m_accounts.ensure(code, QStringLiteral("wallet"), currency, memberId);
    }
    wallet.held = m_accounts.ensure(QStringLiteral("wallet_hold:") + memberId, QStringLiteral("wallet_hold"), wallet.unit, memberId);
    return wallet;
}

qint64 Wallets::walletBalance(const QString &memberId)
{
    const std::optional<qint64> id = m_accounts.find(QStringLiteral("wallet:") + memberId);
    return id ? m_accounts.balanceOf(*id) : 0;
}

void Wallets::requireFunding(const FundingAccounts &funding, qint64 amountMinor)
{
    const qint64 available = m_accounts.balanceOf(funding.available);
    if (available < amountMinor)
        throw Refusal{{errors::programmeWalletInsufficient,
                       QStringLiteral("the programme's funding wallet has %1 minor units of %2, fewer than the %3 this "
                                      "redemption needs; nothing was held")
                           .arg(available)
                           .arg(funding.unit)
                           .arg(amountMinor),
                       {{QStringLiteral("available"), available},
                        {QStringLiteral("needed"), amountMinor},
                        {QStringLiteral("currency"), funding.unit}}}};
}

}  // namespace orchard
