#pragma once

#include <QString>

#include <optional>

namespace orchard {

class Accounts;
class Database;
struct ProgrammeSettings;

struct FundingAccounts
{
    qint64 available = 0;  // accountcodes::funding
    qint64 held = 0;       // accountcodes::fundingHold
    qint64 drawn = 0;      // accountcodes::rewardsCost
    QString unit;
};

struct WalletAccounts
{
    qint64 available = 0;  // wallet:<member>
    qint64 held = 0;       // wallet_hold:<member>
    QString unit;
};

// The money accounts: the programme's pre-paid funding wallet and members' digital wallets, made
// on first use in the programme's currency.
class Wallets
{
public:
    Wallets(Database &database, Accounts &accounts) : m_database(database), m_accounts(accounts) {}

    // The funding wallet when the programme is prepaid and the wallet has been opened by a funding.
    std::optional<FundingAccounts> prepaidFunding(const ProgrammeSettings &settings);
    std::optional<FundingAccounts> existingFunding();
    FundingAccounts openFunding(const QString &currency);
    // Refuses with programme_wallet_insufficient unless the funding wallet can cover amountMinor.
    void requireFunding(const FundingAccounts &funding, qint64 amountMinor);

    // The member's wallet, opened in `currency` when it has none (an empty currency: it must exist).
    WalletAccounts walletOf(const QString &memberId, const QString &currency);
    qint64 walletBalance(const QString &memberId);

private:
    Database &m_database;
    Accounts &m_accounts;
};

}  // namespace orchard
