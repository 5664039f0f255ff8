#include "testledger.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtGlobal>

namespace orchard::test {

namespace {

// Runs statements on the server's maintenance database as the superuser.
void administer(const QStringList &statements)
{
    const Result<LedgerLocation> server = LedgerLocation::parse(qEnvironmentVariable("ORCHARD_TEST_PG"));
    if (!server)
        qFatal("ORCHARD_TEST_PG is not a postgresql:// URL: %s", qPrintable(server.error().message));
    const QString name = QStringLiteral("orchard-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.value().host);
        db.setPort(server.value().port);
        db.setUserName(server.value().user);
        db.setDatabaseName(server.value().database);
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL server: %s", qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace

bool TestDatabase::usesPostgres()
{
    const QString engine = qEnvironmentVariable("ORCHARD_TEST_ENGINE", QStringLiteral("sqlite"));
    if (engine == QLatin1String("postgresql")) {
        if (qEnvironmentVariableIsEmpty("ORCHARD_TEST_PG"))
            qFatal("ORCHARD_TEST_ENGINE=postgresql needs ORCHARD_TEST_PG (run the suite through ./scripts/test, "
                   "which starts a PostgreSQL server)");
        return true;
    }
    if (engine != QLatin1String("sqlite"))
        qFatal("ORCHARD_TEST_ENGINE must be sqlite or postgresql");
    return false;
}

TestDatabase::TestDatabase()
{
    if (!usesPostgres()) {
        Q_ASSERT(m_dir.isValid());
        m_location.sqlitePath = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        return;
    }
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("orchard_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    administer({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), QStringLiteral("CREATE DATABASE %1").arg(name)});
    m_location = LedgerLocation::parse(qEnvironmentVariable("ORCHARD_TEST_PG")).value();
    m_location.database = name;
}

TestDatabase::~TestDatabase()
{
    if (m_location.engine == Engine::Postgres)
        administer({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.database)});
}

void TestDatabase::tamper(const QString &sql) const
{
    const QString name = QStringLiteral("orchard-test-tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_location.engine == Engine::Sqlite ? QStringLiteral("QSQLITE")
                                                                                       : QStringLiteral("QPSQL"),
                                                    name);
        if (m_location.engine == Engine::Sqlite) {
            db.setDatabaseName(m_location.sqlitePath);
        } else {
            db.setHostName(m_location.host);
            db.setPort(m_location.port);
            db.setUserName(m_location.user);
            db.setDatabaseName(m_location.database);
        }
        if (!db.open())
            qFatal("cannot open the ledger to tamper with it: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        // The append-only triggers refuse every role; someone with the superuser's keys turns them off.
        if (m_location.engine == Engine::Postgres && !query.exec(QStringLiteral("SET session_replication_role = replica")))
            qFatal("cannot switch triggers off: %s", qPrintable(query.lastError().text()));
        if (!query.exec(sql))
            qFatal("tampering failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TestLedger::TestLedger(Durability durability)
{
    const LedgerLocation &location = m_where.location();
    Database::Options options;
    options.durability = durability;
    options.nowMs = m_clock.nowMs();
    Result<std::unique_ptr<Database>> opened = Database::open(location, options);
    if (!opened)
        qFatal("cannot create a test ledger: %s", qPrintable(opened.error().message));
    m_database = std::move(opened.value());
    m_ledger = std::make_unique<Ledger>(*m_database, m_clock, Actor{QStringLiteral("test"), sourceAdmin});
}

QString TestLedger::nextKey()
{
    return QStringLiteral("k%1").arg(++m_keys);
}

void TestLedger::addMember(const QString &memberId)
{
    const Result<MemberView> added = m_ledger->addMember({memberId, QString(), QStringLiteral("other"), QString()});
    if (!added)
        qFatal("addMember(%s) failed: %s", qPrintable(memberId), qPrintable(added.error().message));
}

qint64 TestLedger::issue(const QString &memberId, Points points, std::optional<qint64> expiresAtMs)
{
    IssueRequest request;
    request.memberId = memberId;
    request.points = points;
    request.expiresAtMs = expiresAtMs;
    request.idempotencyKey = nextKey();
    const Result<IssueReceipt> issued = m_ledger->issue(request);
    if (!issued)
        qFatal("issue(%s, %lld) failed: %s", qPrintable(memberId), points, qPrintable(issued.error().message));
    return issued.value().lotId;
}

qint64 TestLedger::reserve(const QString &memberId, Points points, const QString &source, int timeoutSeconds)
{
    ReserveRequest request;
    request.memberId = memberId;
    request.points = points;
    request.source = source;
    request.reference = QStringLiteral("ref-%1").arg(m_keys + 1);
    request.idempotencyKey = nextKey();
    request.timeoutSeconds = timeoutSeconds;
    const Result<ReservationView> held = m_ledger->reserve(request);
    if (!held)
        qFatal("reserve(%s, %lld) failed: %s", qPrintable(memberId), points, qPrintable(held.error().message));
    return held.value().reservationId;
}

}  // namespace orchard::test
