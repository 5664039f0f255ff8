#pragma once

#include "reports/reports.h"
#include "settings/programmebook.h"

#include "queries/browsequery.h"
#include "ledger/lotbook.h"
#include "money/moneytypes.h"
#include "settings/programmebook.h"
#include "settings/splitrulesbook.h"

#include <QList>

// Plain structs that LedgerService's typed reads return to the console: each screen's figures in
// one answer, read in one snapshot on a reader thread.
namespace orchard {

struct HoldsView
{
    QList<BrowseQuery::HoldRow> open;
    QList<BrowseQuery::HoldRow> closed;  // releases and timeouts, newest first
};

struct MemberFile
{
    Balance balance;
    QList<LotState> lots;
};

// A member as the Members screen lists them: who, and their balance now (lapsed points settled).
struct MemberRow
{
    MemberView member;
    Balance balance;
};

struct OverviewFigures
{
    BrowseQuery::Overview overview;
    FundingWalletView wallet;
    ProgrammeSettings programme;
    // The liability as the programme's default breakage books it, when asked for (a report over
    // every lot: seconds on a big ledger).
    std::optional<Report> liability;
};

struct WalletState
{
    FundingWalletView wallet;
    QList<FundingMovement> movements;  // newest first
};

struct RulesState
{
    QList<SplitRulesVersion> versions;  // oldest first; the first is the defaults (version 0)
    ProgrammeSettings programme;
};

}  // namespace orchard
