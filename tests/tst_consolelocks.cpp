// The console shares its ledger file with orchardctl and orchard-ledgerd. SQLite's POSIX locks
// vanish when this process closes *any* descriptor of the ledger or its -wal/-shm; Qt's own
// file dialog used to open every file it listed to guess its type, and the other process then
// reset the WAL under the console (issue 13, finding 0). Here every file dialog of the console is
// opened on the ledger's own folder while orchardctl writes, and the console's locks must still
// be held afterwards; at the end integrity_check, verify and every write of both processes.
#include "consolesession.h"
#include "store/ledgerfile.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <QCoroTask>

#include <sys/stat.h>
#include <unistd.h>

using namespace orchard;
using namespace orchard::ui;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray output;
};

Run orchardctl(const QString &db, const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("ORCHARDCTL"), QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + arguments);
    if (!process.waitForFinished(60'000))
        qFatal("orchardctl did not finish");
    Run run;
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput();
    run.json = QJsonDocument::fromJson(run.output).object();
    return run;
}

// This process's POSIX locks on one file, from /proc/locks ("1: POSIX ADVISORY READ PID MAJ:MIN:INODE START END").
QStringList locksOn(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    const QString inode = QStringLiteral(":%1").arg(quint64(info.st_ino));
    const QString pid = QString::number(::getpid());
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/locks");
    QStringList held;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QStringList fields = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
        if (fields.size() >= 8 && fields.at(1) == QLatin1String("POSIX") && fields.at(4) == pid && fields.at(5).endsWith(inode))
            held << fields.at(3) + QLatin1Char(' ') + fields.at(6) + QLatin1Char('-') + fields.at(7);
    }
    return held;
}

}  // namespace

class ConsoleLocksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileDialogsKeepTheLedgersLocks();
};

void ConsoleLocksTest::fileDialogsKeepTheLedgersLocks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("orchard.sqlite"));
    QCOMPARE(orchardctl(db, {QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(orchardctl(db, {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("m1")}).exitCode, 0);
    QCOMPARE(orchardctl(db, {QStringLiteral("issue"), QStringLiteral("m1"), QStringLiteral("10000")}).exitCode, 0);
    // Files beside the ledger that a dialog lists, each of a kind Qt would sniff for its type.
    for (const char *name : {"notes.txt", "export.csv", "unknown-kind"}) {
        QFile other(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("some bytes\n");
    }

    LedgerLocation location;
    location.sqlitePath = db;
    auto session = ConsoleSession::open(location, Role::Admin);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    auto window = std::make_unique<MainWindow>(*session.value());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // Every reader and the writer have their connections once the first screens have read.
    QTest::qWait(1500);
    const QString shm = db + QStringLiteral("-shm");
    const QStringList before = locksOn(shm);
    QVERIFY2(!before.isEmpty(), "the console holds no lock on the ledger's -shm: the test cannot see a lost lock");

    int dialogsSeen = 0;
    int redemptions = 0;
    bool listedSomething = false;
    // Answers the modal file dialog of the click that follows: it lists the ledger's folder, every
    // icon and type is asked for, orchardctl writes meanwhile, then the dialog is cancelled.
    const auto answerNextDialog = [&]() -> QPointer<QTimer> {
        auto *poll = new QTimer(window.get());
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, window.get(), [&, poll] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            dialog->setDirectory(dir.path());
            // Whatever happens below, the dialog is answered: a test that hangs in exec() tells nothing.
            if (auto *model = dialog->findChild<QFileSystemModel *>()) {
                const QModelIndex folder = model->index(dir.path());
                listedSomething = QTest::qWaitFor([&] { return model->rowCount(folder) >= 1; }, 5'000) || listedSomething;
                for (int row = 0; row < model->rowCount(folder); ++row) {
                    for (int column = 0; column < model->columnCount(folder); ++column) {
                        model->data(model->index(row, column, folder), Qt::DecorationRole);
                        model->data(model->index(row, column, folder), Qt::DisplayRole);
                    }
                }
            }
            QTest::qWait(700);  // the file info gatherer works on its own thread
            const Run redeemed = orchardctl(db, {QStringLiteral("redeem"), QStringLiteral("m1"), QStringLiteral("7"),
                                                 QStringLiteral("--source"), QStringLiteral("marketplace"), QStringLiteral("--ref"),
                                                 QStringLiteral("during-dialog-%1").arg(dialogsSeen)});
            if (redeemed.exitCode == 0)
                ++redemptions;
            ++dialogsSeen;
            dialog->reject();
        });
        poll->start();
        return poll;
    };
    // A click that opened no dialog (an export with nothing to export yet) leaves no poller behind.
    const auto forget = [](const QPointer<QTimer> &poll) {
        if (poll)
            poll->deleteLater();
    };
    const auto clickButton = [&](const QString &text) {
        for (QPushButton *button : window->findChildren<QPushButton *>())
            if (button->text() == text && button->isEnabled()) {
                const int seen = dialogsSeen;
                const QPointer<QTimer> poll = answerNextDialog();
                button->click();
                forget(poll);
                return dialogsSeen > seen;
            }
        return false;
    };
    const auto triggerAction = [&](const QString &text) {
        for (QAction *action : window->findChildren<QAction *>())
            if (action->text() == text) {
                const int seen = dialogsSeen;
                const QPointer<QTimer> poll = answerNextDialog();
                action->trigger();
                forget(poll);
                return dialogsSeen > seen;
            }
        return false;
    };

    QVERIFY(triggerAction(tr("&Open Ledger File…")));
    QCOMPARE(locksOn(shm), before);
    QVERIFY(clickButton(tr("E&xport CSV…")));
    QCOMPARE(locksOn(shm), before);
    QVERIFY(clickButton(tr("B&rowse…")));
    QCOMPARE(locksOn(shm), before);
    // The liability's exports need its figures first.
    QTest::qWait(2000);
    for (const QString &text : {tr("Export C&SV…"), tr("Export &PDF…"), tr("Save c&hart as PNG…")}) {
        if (clickButton(text))
            QCOMPARE(locksOn(shm), before);
    }
    QVERIFY2(dialogsSeen >= 3, qPrintable(QString::number(dialogsSeen)));
    QVERIFY(listedSomething);
    QCOMPARE(redemptions, dialogsSeen);

    // The console writes after orchardctl did, then orchardctl once more.
    IssueRequest issue;
    issue.memberId = QStringLiteral("m1");
    issue.points = 500;
    issue.idempotencyKey = QStringLiteral("console-issue");
    QVERIFY(QCoro::waitFor(session.value()->service().issue(issue, session.value()->actor())).ok());
    QCOMPARE(orchardctl(db, {QStringLiteral("redeem"), QStringLiteral("m1"), QStringLiteral("3"), QStringLiteral("--source"),
                             QStringLiteral("loyalife"), QStringLiteral("--ref"), QStringLiteral("after")})
                 .exitCode,
             0);
    window.reset();
    session.value().reset();

    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        check.setDatabaseName(db);
        QVERIFY(check.open());
        QSqlQuery integrity(check);
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    QCOMPARE(orchardctl(db, {QStringLiteral("verify")}).exitCode, 0);
    // 10,000 + 500 − 7 per dialog − 3: every write of both processes is there.
    const Run balance = orchardctl(db, {QStringLiteral("balance"), QStringLiteral("m1")});
    QCOMPARE(balance.json.value(QStringLiteral("available")).toInteger(), 10'000 + 500 - 7 * dialogsSeen - 3);
}

QTEST_MAIN(ConsoleLocksTest)
#include "tst_consolelocks.moc"
