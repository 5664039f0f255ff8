// Who the console lets do what: on SQLite the role chosen at start ("local"); on a shared
// PostgreSQL ledger the database user's orchard_* role, whatever --role says.
#include "consolesession.h"
#include "store/database.h"
#include "store/databaseroles.h"
#include "testledger.h"

#include <QCoreApplication>
#include <QTest>

using namespace orchard;
using namespace orchard::test;
using namespace orchard::ui;

class ConsoleRolesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void databaseRolesMapToConsoleRoles();
    void sessionRoleOnThisEngine();
};

void ConsoleRolesTest::databaseRolesMapToConsoleRoles()
{
    DatabaseRoles::Identity identity;
    identity.user = QStringLiteral("ana");
    identity.roles = {QStringLiteral("orchard_hr")};
    QCOMPARE(ConsoleSession::roleOf(identity).value(), Role::Hr);
    identity.roles = {QStringLiteral("orchard_hr"), QStringLiteral("orchard_finance")};  // the widest held wins
    QCOMPARE(ConsoleSession::roleOf(identity).value(), Role::Finance);
    identity.roles.append(QStringLiteral("orchard_admin"));
    QCOMPARE(ConsoleSession::roleOf(identity).value(), Role::Admin);
    identity.roles.clear();
    identity.owner = true;
    QCOMPARE(ConsoleSession::roleOf(identity).value(), Role::Admin);
    identity.owner = false;
    const Result<Role> none = ConsoleSession::roleOf(identity);
    QVERIFY(!none);
    QCOMPARE(none.error().code, QStringLiteral("no_orchard_role"));
    QVERIFY(none.error().message.contains(QStringLiteral("'ana'")));
}

void ConsoleRolesTest::sessionRoleOnThisEngine()
{
    TestLedger ledger;
    if (!TestDatabase::usesPostgres()) {
        // SQLite: the role asked for, marked local.
        for (const Role role : {Role::Admin, Role::Finance, Role::Hr}) {
            auto session = ConsoleSession::open(ledger.where().location(), role, &ledger.clock());
            QVERIFY(session);
            QCOMPARE(session.value()->role(), role);
            QVERIFY(session.value()->isRoleLocal());
        }
        return;
    }
    // PostgreSQL: three login users holding one orchard_* role each; --role admin asked every time.
    QVERIFY(DatabaseRoles::install(ledger.database()));
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QList<std::pair<QString, Role>> users{{QStringLiteral("orchard_hr"), Role::Hr},
                                                {QStringLiteral("orchard_finance"), Role::Finance},
                                                {QStringLiteral("orchard_admin"), Role::Admin}};
    for (const auto &[granted, expected] : users) {
        const QString user = QStringLiteral("console_%1_%2").arg(granted.mid(8), suffix);
        ledger.where().tamper(QStringLiteral("DROP ROLE IF EXISTS %1").arg(user));
        ledger.where().tamper(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(user, granted));
        LedgerLocation location = ledger.where().location();
        location.user = user;
        auto session = ConsoleSession::open(location, Role::Admin, &ledger.clock());
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        QCOMPARE(session.value()->role(), expected);
        QVERIFY(!session.value()->isRoleLocal());
        session.value().reset();
        ledger.where().tamper(QStringLiteral("DROP OWNED BY %1").arg(user));
        ledger.where().tamper(QStringLiteral("DROP ROLE %1").arg(user));
    }
    // A user with no orchard_* role is told so, by name, and gets no console.
    const QString stranger = QStringLiteral("console_none_%1").arg(suffix);
    ledger.where().tamper(QStringLiteral("DROP ROLE IF EXISTS %1").arg(stranger));
    ledger.where().tamper(QStringLiteral("CREATE ROLE %1 LOGIN").arg(stranger));
    ledger.where().tamper(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(stranger));
    LedgerLocation location = ledger.where().location();
    location.user = stranger;
    const auto refused = ConsoleSession::open(location, Role::Admin, &ledger.clock());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("no_orchard_role"));
    ledger.where().tamper(QStringLiteral("DROP OWNED BY %1").arg(stranger));
    ledger.where().tamper(QStringLiteral("DROP ROLE %1").arg(stranger));
}

QTEST_GUILESS_MAIN(ConsoleRolesTest)
#include "tst_consoleroles.moc"
