#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// How Orchard's four accounts of the general-ledger journal map onto the organisation's chart of
// accounts, and which cost centre each line carries. The default (docs/finance.md) is what a
// mapping file overrides; a file must name every account, and a wrong one is refused naming the
// key ("mapping.accounts.breakage_income") and why, before any report is made.
namespace orchard {

struct GlAccount
{
    QString code;
    QString name;
};

class GlMapping
{
public:
    enum class Account { PointsLiability, RewardExpense, RedemptionSettlement, BreakageIncome };
    static constexpr int accountCount = 4;
    enum class CostCentreBy { None, Department, Hris };

    static GlMapping defaults();
    // A mapping file's JSON: {"currency": "INR"?, "accounts": {key: "code" | {"code", "name"}},
    // "cost_centre": {"by": "none|department|hris", "map": {group: code}, "default": code}?}.
    static Result<GlMapping> parse(const QByteArray &json);
    static QString keyOf(Account account);  // points_liability, reward_expense, …

    const GlAccount &account(Account account) const { return m_accounts.at(std::size_t(account)); }
    const std::optional<QString> &currency() const { return m_currency; }
    CostCentreBy costCentreBy() const { return m_costCentreBy; }
    // The cost centre of a department or HRIS id ("" for a member without one): its map entry,
    // else the default; refused naming mapping.cost_centre.default when there is neither.
    Result<QString> costCentreOf(const QString &group) const;
    // The cost centre of a line that belongs to no group (rounding, and every line when by none).
    QString defaultCostCentre() const { return m_costCentreDefault.value_or(QString()); }
    QJsonObject toJson() const;

private:
    std::array<GlAccount, accountCount> m_accounts;
    std::optional<QString> m_currency;
    CostCentreBy m_costCentreBy = CostCentreBy::None;
    QMap<QString, QString> m_costCentreMap;
    std::optional<QString> m_costCentreDefault;
};

}  // namespace orchard
