// The auditor's evidence pack: what it holds, that `evidence check` finds it whole, and that one
// changed byte or an anchor of another ledger fails the check naming the file or `anchor`.
#include "evidencepack.h"
#include "journal/verifier.h"
#include "reports/reportformat.h"
#include "reports/reports.h"
#include "settings/programmebook.h"
#include "testledger.h"
#include "base/timeformat.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace orchard;
using namespace orchard::test;

namespace {

const Actor admin{QStringLiteral("cli:finance-test"), sourceAdmin};

qint64 at(const char *iso)
{
    return timeformat::parseIso(QString::fromLatin1(iso)).value();
}

// Q1 2026 on a small programme, then activity after the quarter (which the pack must not show).
void quarterOfActivity(TestLedger &t, const QString &member)
{
    t.clock().setNowMs(at("2026-01-05T09:00:00Z"));
    t.addMember(member);
    t.issue(member, 4000);
    t.clock().setNowMs(at("2026-02-10T09:00:00Z"));
    QVERIFY(t.ledger().redeem({member, 1500, QStringLiteral("marketplace"), QStringLiteral("order-1"), t.nextKey()}));
    t.clock().setNowMs(at("2026-04-03T09:00:00Z"));
    t.issue(member, 10);
}

EvidenceRequest q1()
{
    EvidenceRequest request;
    request.quarter = Quarter::parse(QStringLiteral("2026Q1")).value();
    request.breakage = BreakageSpec::parse(QStringLiteral("0.10,0,0"), 3).value();
    return request;
}

// Replaces one entry of a ZIP with other bytes, as someone editing the pack would.
void replaceEntry(const QString &path, const char *name, const QByteArray &bytes)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), 0, &code);
    QVERIFY(archive);
    const zip_int64_t index = zip_name_locate(archive, name, 0);
    QVERIFY(index >= 0);
    zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    QVERIFY(zip_file_replace(archive, zip_uint64_t(index), source, 0) == 0);
    QCOMPARE(zip_close(archive), 0);
}

QByteArray entry(const QString &path, const char *name)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive)
        return {};
    zip_stat_t stat;
    zip_stat_init(&stat);
    QByteArray bytes;
    if (zip_stat(archive, name, 0, &stat) == 0) {
        bytes.resize(qsizetype(stat.size));
        zip_file_t *file = zip_fopen(archive, name, 0);
        zip_fread(file, bytes.data(), stat.size);
        zip_fclose(file);
    }
    zip_discard(archive);
    return bytes;
}

}  // namespace

class EvidenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPackHoldsTheQuarterAndChecksWhole();
    void aChangedByteFailsNamingTheFile();
    void anAnchorOfAnotherLedgerFailsNamingAnchor();
    void aQuarterNotYetEndedIsRefused();
};

// Six reports as CSV and PDF, the anchor and the verify transcript: 14 files in the manifest. The
// pack's GL journal is the report's own bytes; the anchor counts the audit records written before
// 2026-04-01 (the issue of 2026-04-03 is not among them).
void EvidenceTest::aPackHoldsTheQuarterAndChecksWhole()
{
    TestLedger t;
    quarterOfActivity(t, QStringLiteral("m1"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q1.zip"));
    const Result<QJsonObject> manifest = EvidencePack::write(t.database(), t.clock(), q1(), path);
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message));
    QStringList names;
    for (const QJsonValue &file : manifest.value().value(QStringLiteral("files")).toArray())
        names << file.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("point-state.csv"), QStringLiteral("point-state.pdf"), QStringLiteral("ageing.csv"),
                                 QStringLiteral("ageing.pdf"), QStringLiteral("liability.csv"), QStringLiteral("liability.pdf"),
                                 QStringLiteral("roll-forward.csv"), QStringLiteral("roll-forward.pdf"), QStringLiteral("reconciliation.csv"),
                                 QStringLiteral("reconciliation.pdf"), QStringLiteral("gl-journal.csv"), QStringLiteral("gl-journal.pdf"),
                                 QStringLiteral("anchor.json"), QStringLiteral("verify.txt")}));
    QVERIFY(entry(path, "liability.pdf").startsWith("%PDF"));

    ReportRequest journal;
    journal.name = QStringLiteral("gl-journal");
    journal.fromMs = at("2026-01-01T00:00:00Z");
    journal.toMs = at("2026-04-01T00:00:00Z");
    journal.breakage = q1().breakage;
    QCOMPARE(entry(path, "gl-journal.csv"), reportformat::csv(ReportEngine(t.database()).run(journal).value()));

    QSqlQuery query(t.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at_ms < %1").arg(at("2026-04-01T00:00:00Z"))) && query.next());
    const qint64 recordsBefore = query.value(0).toLongLong();
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && query.next());
    QVERIFY(query.value(0).toLongLong() > recordsBefore);
    QCOMPARE(manifest.value().value(QStringLiteral("anchor")).toObject().value(QStringLiteral("records")).toInteger(), recordsBefore);
    QVERIFY(entry(path, "verify.txt").contains("ledger verified: every check holds"));

    const EvidenceCheck offline = EvidencePack::check(path, nullptr).value();
    QVERIFY(offline.ok());
    QCOMPARE(offline.filesChecked, 14);
    QVERIFY(!offline.anchorOnLedger);
    const EvidenceCheck online = EvidencePack::check(path, &t.database()).value();
    QVERIFY(online.ok());
    QCOMPARE(online.anchorOnLedger, std::optional<bool>(true));
}

void EvidenceTest::aChangedByteFailsNamingTheFile()
{
    TestLedger t;
    quarterOfActivity(t, QStringLiteral("m1"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q1.zip"));
    QVERIFY(EvidencePack::write(t.database(), t.clock(), q1(), path));
    QByteArray csv = entry(path, "liability.csv");
    const qsizetype digit = csv.lastIndexOf('5');
    QVERIFY(digit > 0);
    csv[digit] = '6';
    replaceEntry(path, "liability.csv", csv);
    const EvidenceCheck checked = EvidencePack::check(path, nullptr).value();
    QCOMPARE(checked.failures.size(), 1);
    QCOMPARE(checked.failures.first().file, QStringLiteral("liability.csv"));
    QVERIFY2(checked.failures.first().problem.contains(QStringLiteral("SHA-256")), qPrintable(checked.failures.first().problem));
    QVERIFY(checked.toText().contains(QStringLiteral("FAILED liability.csv")));
}

// The same quarter on another ledger (another member, so other audit hashes): the pack's files
// are whole, but its anchor is not on that ledger's chain.
void EvidenceTest::anAnchorOfAnotherLedgerFailsNamingAnchor()
{
    TestLedger t;
    quarterOfActivity(t, QStringLiteral("m1"));
    TestLedger other;
    quarterOfActivity(other, QStringLiteral("m2"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q1.zip"));
    QVERIFY(EvidencePack::write(t.database(), t.clock(), q1(), path));
    const EvidenceCheck checked = EvidencePack::check(path, &other.database()).value();
    QCOMPARE(checked.failures.size(), 1);
    QCOMPARE(checked.failures.first().file, QStringLiteral("anchor"));
    QCOMPARE(checked.anchorOnLedger, std::optional<bool>(false));
    QVERIFY(EvidencePack::check(path, &t.database()).value().ok());
}

void EvidenceTest::aQuarterNotYetEndedIsRefused()
{
    TestLedger t;
    t.clock().setNowMs(at("2026-03-31T23:59:59Z"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q1.zip"));
    const Result<QJsonObject> refused = EvidencePack::write(t.database(), t.clock(), q1(), path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("quarter"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(Quarter::parse(QStringLiteral("2026Q5")).error().details.value(QStringLiteral("field")).toString(), QStringLiteral("quarter"));
}

QTEST_MAIN(EvidenceTest)
#include "tst_evidence.moc"
