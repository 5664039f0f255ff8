// orchardctl backup of a live ledger while another process-like writer redeems for 20 s, and
// orchardctl restore: the copy verifies, holds every redemption acknowledged before the backup
// began, matches its manifest, and is never restored over a ledger with writes it lacks.
#include "base/clock.h"
#include "ledger/ledger.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace orchard;

namespace {

constexpr int members = 200;
constexpr int loadSeconds = 20;

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray errors;
};

Run orchardctl(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("ORCHARDCTL"), QStringList{QStringLiteral("--json")} + arguments);
    if (!process.waitForFinished(120'000))
        qFatal("orchardctl %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(), process.readAllStandardError()};
}

std::unique_ptr<Database> openLedger(const QString &path, Durability durability = Durability::Normal, OpenMode mode = OpenMode::ReadWrite)
{
    LedgerLocation location;
    location.sqlitePath = path;
    Database::Options options;
    options.durability = durability;
    options.mode = mode;
    auto database = Database::open(location, options);
    if (!database)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(database.error().message));
    return std::move(database.value());
}

qint64 scalar(Database &database, const QString &sql)
{
    QSqlQuery &query = database.run(sql);
    const qint64 value = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return value;
}

}  // namespace

class BackupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupUnderLoadHoldsEveryAcknowledgedRedemption();
};

void BackupTest::backupUnderLoadHoldsEveryAcknowledgedRedemption()
{
    QVERIFY2(!qEnvironmentVariable("ORCHARDCTL").isEmpty(), "ORCHARDCTL must name the orchardctl binary");
    QTemporaryDir dir;
    const QString ledgerPath = dir.filePath(QStringLiteral("ledger.sqlite"));
    const QString copyPath = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        auto database = openLedger(ledgerPath);
        SystemClock clock;
        Ledger ledger(*database, clock, Actor{QStringLiteral("test"), sourceAdmin});
        QVERIFY(ledger.beginBatch());
        for (int i = 0; i < members; ++i) {
            const QString member = QStringLiteral("m%1").arg(i);
            QVERIFY(ledger.addMember({member, {}, QStringLiteral("other"), {}}));
            IssueRequest issue;
            issue.memberId = member;
            issue.points = 1'000'000;
            issue.idempotencyKey = QStringLiteral("fund-") + member;
            QVERIFY(ledger.issue(issue));
        }
        QVERIFY(ledger.commitBatch());
    }

    // The writer: one redemption per transaction, synchronous=FULL, on both surfaces, for 20 s;
    // `acknowledged` is n once redemption load-n has committed.
    std::atomic<qint64> acknowledged{0};
    std::atomic<bool> failed{false};
    std::thread writer([&] {
        auto database = openLedger(ledgerPath, Durability::Full);
        SystemClock clock;
        Ledger ledger(*database, clock, Actor{QStringLiteral("load"), sourceMarketplace});
        const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(loadSeconds);
        for (qint64 n = 1; std::chrono::steady_clock::now() < end; ++n) {
            const QString reference = QStringLiteral("load-%1").arg(n);
            const QString source = n % 2 ? sourceMarketplace : sourceLoyalife;
            if (!ledger.redeem({QStringLiteral("m%1").arg(n % members), 3, source, reference, reference})) {
                failed = true;
                return;
            }
            acknowledged = n;
        }
    });
    QTest::qWait(loadSeconds * 1000 / 2);
    const qint64 before = acknowledged.load();
    const Run backup = orchardctl({QStringLiteral("--db"), ledgerPath, QStringLiteral("backup"), QStringLiteral("-o"), copyPath});
    const qint64 afterBackup = acknowledged.load();
    writer.join();
    QVERIFY(!failed);
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(backup.json.value(QStringLiteral("verified")).toBool(), backup.errors.constData());
    QVERIFY2(before > 100, "the load should have committed redemptions before the backup");
    QVERIFY2(acknowledged.load() > afterBackup, "the load should have carried on after the backup");

    // Every redemption acknowledged before the backup began is in the copy, and nothing that
    // had not been acknowledged when it ended.
    {
        auto copy = openLedger(copyPath, Durability::Normal, OpenMode::ReadOnly);
        const qint64 held = scalar(*copy, QStringLiteral("SELECT COUNT(*) FROM entries WHERE reference LIKE 'load-%'"));
        const qint64 heldUpToBefore = scalar(
            *copy, QStringLiteral("SELECT COUNT(*) FROM entries WHERE reference IN (%1)").arg([&] {
                QStringList references;
                for (qint64 n = 1; n <= before; ++n)
                    references << QStringLiteral("'load-%1'").arg(n);
                return references.join(QLatin1Char(','));
            }()));
        QCOMPARE(heldUpToBefore, before);
        QVERIFY2(held >= before && held <= afterBackup + 1, qPrintable(QStringLiteral("%1 in the copy, %2 before, %3 after").arg(held).arg(before).arg(afterBackup)));
    }
    const Run verified = orchardctl({QStringLiteral("--db"), copyPath, QStringLiteral("verify")});
    QCOMPARE(verified.exitCode, 0);

    // The manifest names the copy's SHA-256 and audit head.
    QFile manifestFile(copyPath + QStringLiteral(".manifest.json"));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QFile copyFile(copyPath);
    QVERIFY(copyFile.open(QIODevice::ReadOnly));
    QCOMPARE(manifest.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(copyFile.readAll(), QCryptographicHash::Sha256).toHex()));
    copyFile.close();
    QVERIFY(manifest.value(QStringLiteral("audit")).toObject().value(QStringLiteral("records")).toInteger() > before);

    // A second backup to the same name is refused and leaves the first alone.
    QCOMPARE(orchardctl({QStringLiteral("--db"), ledgerPath, QStringLiteral("backup"), QStringLiteral("-o"), copyPath}).exitCode, 2);

    // The live ledger went on after the backup: restoring the copy over it would lose writes.
    const Run refused = orchardctl({QStringLiteral("--db"), ledgerPath, QStringLiteral("restore"), copyPath});
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("target_is_newer"));
    QCOMPARE(scalar(*openLedger(ledgerPath), QStringLiteral("SELECT COUNT(*) FROM entries WHERE reference LIKE 'load-%'")), acknowledged.load());

    // Into a new place it restores, verifies, and holds what the copy holds.
    const QString restoredPath = dir.filePath(QStringLiteral("restored.sqlite"));
    const Run restored = orchardctl({QStringLiteral("--db"), restoredPath, QStringLiteral("restore"), copyPath});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY(restored.json.value(QStringLiteral("verified")).toBool());
    QCOMPARE(scalar(*openLedger(restoredPath), QStringLiteral("SELECT COUNT(*) FROM entries WHERE reference LIKE 'load-%'")),
             scalar(*openLedger(copyPath), QStringLiteral("SELECT COUNT(*) FROM entries WHERE reference LIKE 'load-%'")));

    // A copy altered after its manifest was written is refused.
    {
        auto copy = openLedger(copyPath);
        copy->execute(QStringLiteral("UPDATE members SET name = 'changed' WHERE id = 'm1'"));
    }
    const Run tampered = orchardctl({QStringLiteral("--db"), dir.filePath(QStringLiteral("other.sqlite")), QStringLiteral("restore"), copyPath});
    QCOMPARE(tampered.exitCode, 2);
    QVERIFY2(tampered.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("does not match its manifest")),
             qPrintable(tampered.json.value(QStringLiteral("message")).toString()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other.sqlite"))));
}

QTEST_GUILESS_MAIN(BackupTest)
#include "tst_backup.moc"
