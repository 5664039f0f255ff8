#include "benchledger.h"

#include "store/database.h"
#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/resource.h>

namespace orchard::cli {

namespace {

void administer(const LedgerLocation &server, const QString &statement)
{
    const QString name = QStringLiteral("orchard-bench-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(server.database);
        if (!db.open())
            qFatal("bench: cannot connect to %s: %s", qPrintable(server.displayName()), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(statement))
            qFatal("bench: %s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace

BenchLedger::BenchLedger()
{
    m_location.sqlitePath = m_dir.filePath(QStringLiteral("bench.sqlite"));
    fund();
}

BenchLedger::BenchLedger(const QString &serverUrl)
{
    const Result<LedgerLocation> server = LedgerLocation::parse(serverUrl);
    if (!server || server.value().engine != Engine::Postgres)
        qFatal("bench: --pg must be a postgresql:// URL, not '%s'", qPrintable(serverUrl));
    m_server = server.value();
    m_location = m_server;
    m_location.database = QStringLiteral("orchard_bench_%1").arg(QCoreApplication::applicationPid());
    administer(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.database));
    administer(m_server, QStringLiteral("CREATE DATABASE %1").arg(m_location.database));
    fund();
}

BenchLedger::~BenchLedger()
{
    if (m_location.engine == Engine::Postgres)
        administer(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.database));
}

void BenchLedger::fund()
{
    Database::Options options;
    options.durability = Durability::Off;
    auto database = Database::open(m_location, options);
    if (!database)
        qFatal("bench: %s", qPrintable(database.error().message));
    Ledger ledger(*database.value(), m_clock, Actor{QStringLiteral("bench"), sourceAdmin});
    ledger.beginBatch();
    for (int i = 0; i < members; ++i) {
        const QString member = QStringLiteral("b%1").arg(i);
        ledger.addMember({member, {}, QStringLiteral("other"), {}});
        IssueRequest issue;
        issue.memberId = member;
        issue.points = 1'000'000'000;
        issue.idempotencyKey = QStringLiteral("fund-") + member;
        ledger.issue(issue);
    }
    ledger.commitBatch();
}

RedeemRequest BenchLedger::redemption(qint64 n)
{
    return {QStringLiteral("b%1").arg(n % members), 1 + n % 50, n % 2 ? sourceLoyalife : sourceMarketplace,
            QStringLiteral("order-%1").arg(n), QStringLiteral("bench-%1").arg(n)};
}

qint64 BenchLedger::peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

qint64 BenchLedger::sourceIdOf(Database &database, const QString &name)
{
    QSqlQuery &query = database.run(QStringLiteral("SELECT id FROM sources WHERE name = ?"), {name});
    if (!query.next())
        qFatal("bench: no source %s", qPrintable(name));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

}  // namespace orchard::cli
