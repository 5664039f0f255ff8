#pragma once

#include "base/result.h"

#include <QString>

namespace orchard {

enum class Engine { Sqlite, Postgres };

// Where a ledger lives: an SQLite file path, or a postgresql://USER@HOST:PORT/DBNAME URL whose
// password comes from libpq's own places (PGPASSWORD, ~/.pgpass), never from the URL.
struct LedgerLocation
{
    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString database;
    // Set only by the console from the system keychain; never part of displayName() or a URL.
    QString password;

    QString displayName() const;
    static Result<LedgerLocation> parse(const QString &text);
    static QString defaultSqlitePath();  // orchard.sqlite in the user's data directory
};

}  // namespace orchard
