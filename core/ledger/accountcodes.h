#pragma once

#include <QString>

// The programme's own accounts, each by the code it is found by. Every other file names them
// through these constants; the migrations create the first three.
namespace orchard::accountcodes {

// Points.
inline const QString issued = QStringLiteral("programme:issued");      // the source of every point
inline const QString redeemed = QStringLiteral("programme:redeemed");  // points spent on either surface
inline const QString expired = QStringLiteral("programme:expired");    // points that lapsed
inline const QString adjusted = QStringLiteral("programme:adjusted");  // taken by admin corrections, less what they gave
// The pre-paid funding wallet, in the programme's currency.
inline const QString funding = QStringLiteral("programme:funding");           // available to draw
inline const QString fundingHold = QStringLiteral("programme:funding_hold");  // held for open reservations
inline const QString sponsor = QStringLiteral("programme:sponsor");           // where fundings come from
inline const QString rewardsCost = QStringLiteral("programme:rewards_cost");  // drawn by redemptions
// Members' digital wallets.
inline const QString walletDeposits = QStringLiteral("programme:wallet_deposits");  // where credits come from
inline const QString merchant = QStringLiteral("programme:merchant");               // what checkouts paid

}  // namespace orchard::accountcodes
