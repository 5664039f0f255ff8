#pragma once

#include "base/clock.h"
#include "store/ledgerlocation.h"
#include "base/ledgertypes.h"

#include <QTemporaryDir>

namespace orchard {
class Database;
}

namespace orchard::cli {

// The ledger every write-path scenario starts from: 1,000 members with a billion points each,
// in a temporary SQLite file, or in a fresh database on a PostgreSQL server (dropped after).
class BenchLedger
{
public:
    static constexpr int members = 1'000;

    BenchLedger();                                  // SQLite
    explicit BenchLedger(const QString &serverUrl);  // PostgreSQL: postgresql://USER@HOST:PORT/ANYDB
    ~BenchLedger();
    BenchLedger(const BenchLedger &) = delete;
    BenchLedger &operator=(const BenchLedger &) = delete;

    const LedgerLocation &location() const { return m_location; }
    const Clock &clock() const { return m_clock; }

    // Redemption n of a run: member n mod 1,000, 1 + n mod 50 points, sources alternating.
    static RedeemRequest redemption(qint64 n);
    static qint64 peakRssKiB();
    // A synthetic ledger's source id, looked up by name (fixtures never hard-code ids).
    static qint64 sourceIdOf(Database &database, const QString &name);

private:
    void fund();

    QTemporaryDir m_dir;
    LedgerLocation m_location;
    LedgerLocation m_server;  // where to drop the database from, on PostgreSQL
    SystemClock m_clock;
};

}  // namespace orchard::cli
