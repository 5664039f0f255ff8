#pragma once

#include "clock.h"
#include "database.h"
#include "ledger.h"

#include <QTemporaryDir>

#include <memory>

namespace orchard::test {

// A fresh SQLite ledger in a temporary folder with a fixed clock, removed when it goes away.
class TestLedger
{
public:
    static constexpr qint64 startMs = 1'767'225'600'000LL;  // 2026-01-01T00:00:00Z

    explicit TestLedger(Durability durability = Durability::Off);
    Ledger &ledger() { return *m_ledger; }
    Database &database() { return *m_database; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("ledger.sqlite")); }

    // Convenience for set-up; each fails the test (QFAIL-style, via qFatal) if the ledger refuses.
    void addMember(const QString &memberId);
    qint64 issue(const QString &memberId, Points points, std::optional<qint64> expiresAtMs = std::nullopt);
    qint64 reserve(const QString &memberId, Points points, const QString &source, int timeoutSeconds = 900);

    QString nextKey();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{startMs};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ledger> m_ledger;
    int m_keys = 0;
};

}  // namespace orchard::test
