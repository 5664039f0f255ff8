#pragma once

#include "base/clock.h"
#include "store/database.h"
#include "ledger/ledger.h"

#include <QTemporaryDir>

#include <memory>

namespace orchard::test {

// Where a suite's ledgers live: SQLite files in a temporary folder by default, or fresh
// PostgreSQL databases when ORCHARD_TEST_ENGINE=postgresql (ORCHARD_TEST_PG names the server's
// superuser URL; ./scripts/test starts that server). Each ledger is removed when it goes away.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const LedgerLocation &location() const { return m_location; }
    QString text() const { return m_location.displayName(); }  // for --db of a child process
    static bool usesPostgres();
    // Runs raw SQL as the superuser with triggers off, as someone tampering with the file would.
    void tamper(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    LedgerLocation m_location;
};

// A fresh ledger with a fixed clock.
class TestLedger
{
public:
    static constexpr qint64 startMs = 1'767'225'600'000LL;  // 2026-01-01T00:00:00Z

    explicit TestLedger(Durability durability = Durability::Off);
    Ledger &ledger() { return *m_ledger; }
    Database &database() { return *m_database; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_where.text(); }
    const TestDatabase &where() const { return m_where; }

    // Convenience for set-up; each stops the test with qFatal if the ledger refuses.
    void addMember(const QString &memberId);
    qint64 issue(const QString &memberId, Points points, std::optional<qint64> expiresAtMs = std::nullopt);
    qint64 reserve(const QString &memberId, Points points, const QString &source, int timeoutSeconds = 900);

    QString nextKey();

private:
    TestDatabase m_where;
    FixedClock m_clock{startMs};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ledger> m_ledger;
    int m_keys = 0;
};

}  // namespace orchard::test
