#pragma once

#include <QString>
#include <QVariantList>

namespace orchard {

class Database;

// The seeding API for synthetic ledgers (benchmarks, tests): rows are generated into a temporary
// table shaped like one ledger table, then moved in by that table's owner (LotBook, ReservationBook,
// Journal), whose statement and the database's own constraints apply as they do to every write.
// So a fixture never writes a ledger table itself, and still loads ten million rows at set speed.
class SeedStaging
{
public:
    // A TEMP table `seed_<table>` with `table`'s columns and none of its rows; dropped on destruction.
    SeedStaging(Database &database, const QString &table);
    ~SeedStaging();
    SeedStaging(const SeedStaging &) = delete;
    SeedStaging &operator=(const SeedStaging &) = delete;

    QString table() const { return m_table; }    // the ledger table the rows are for
    QString staged() const { return m_staged; }  // temp.seed_<table>
    QString columns() const { return m_columns; }  // as staged, comma-separated; the owner moves these
    // INSERT INTO the staging table (`columns`) the rows of `select` (SQL with ? for `values`).
    // Every call names the same columns.
    void stage(const QString &columns, const QString &select, const QVariantList &values = {});
    qint64 count() const;
    // For the owner of the table: runs the owner's `INSERT INTO <table>` over the staged rows
    // (the columns as staged) and returns the rows moved in.
    qint64 moveInto(const QString &ownersInsert) const;

private:
    Database &m_database;
    QString m_table;
    QString m_staged;
    QString m_columns;
};

}  // namespace orchard
