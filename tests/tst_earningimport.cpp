// Earnings files: the CSV reader (RFC 4180, BOM, `,` or `;`, quotes across buffer refills), the
// header mapping of an HRIS export, and the importer: refused rows reported with row and column,
// a rerun that counts what was already in, atomic all-or-none, a dry run that changes nothing,
// a cancel that keeps what committed, and department changes kept with their dates. SQLite and
// PostgreSQL.
#include "earning/csvreader.h"
#include "earning/earningimporter.h"
#include "earning/earnrulebook.h"
#include "ledgerprobes.h"
#include "requireverified.h"
#include "testledger.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using namespace orchard::test;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, char *separator = nullptr, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<QStringList> records;
    while (const auto record = reader.next())
        records.append(*record);
    if (separator)
        *separator = reader.separator();
    if (error)
        *error = reader.error().value_or(QString());
    return records;
}


void addMilestoneRule(TestLedger &t, Points points)
{
    EarnRuleChange change;
    change.eventType = QStringLiteral("milestone");
    change.points = points;
    change.reason = QStringLiteral("policy");
    EarnRuleBook book(t.database(), t.clock(), Actor{QStringLiteral("cli:admin"), sourceAdmin});
    const Result<EarnRule> made = book.add(change);
    if (!made)
        qFatal("%s", qPrintable(made.error().message));
}

// Ten rows, three of them bad: row 3 a negative points value, row 6 an unknown event type, row 9
// a date that is not ISO 8601. The seven good ones award 500+250+500+100+500+75+500 = 2,425.
const QByteArray tenRows =
    "employee_id,event_id,event_type,points,occurred_at,name,department,hris\r\n"
    "e1,ev1,milestone,,2026-02-01,Asha Rao,Ops,darwinbox\r\n"
    "e2,ev2,,250,2026-02-02,Ben Okoro,Sales,\r\n"
    "e3,ev3,,-40,2026-02-03,Cara,Ops,\r\n"
    "e1,ev4,milestone,,2026-02-04,Asha Rao,Finance,darwinbox\r\n"
    "e4,ev5,,100,2026-02-05,\"Chen, Li\",Ops,\r\n"
    "e5,ev6,onboarding,,2026-02-06,Dev,Ops,\r\n"
    "e2,ev7,milestone,,2026-02-07,Ben Okoro,Sales,\r\n"
    "e6,ev8,,75,2026-02-08,Dana,Ops,\r\n"
    "e7,ev9,milestone,,03/02/2026,Eli,Ops,\r\n"
    "e8,ev10,milestone,,2026-02-10,Eve,HR,\r\n";

struct Imported
{
    Result<EarningImportTotals> totals;
    QList<EarningRowError> errors;
};

Imported import(TestLedger &t, const QByteArray &bytes, EarningImportOptions options, const QString &map = QString(),
                const EarningImporter::Progress &progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    const auto header = reader.next();
    if (!header)
        qFatal("no header");
    const auto mapping = EarningCsvLayout::parseMapping(map);
    const auto layout = EarningCsvLayout::fromHeader(*header, mapping.value());
    if (!layout)
        qFatal("%s", qPrintable(layout.error().message));
    Imported result;
    EarningImporter importer(t.ledger(), std::move(options));
    result.totals = importer.run(reader, layout.value(), [&](const EarningRowError &error) { result.errors.append(error); }, progress);
    return result;
}

}  // namespace

class EarningImportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readerFollowsRfc4180();
    void readerDetectsSemicolonsAndSkipsTheByteOrderMark();
    void readerKeepsAQuotedFieldAcrossBufferRefills();
    void layoutMapsAnHrisExportsHeaders();
    void tenRowsWithThreeBad();
    void atomicImportsNothingWhenARowIsRefused();
    void cancelKeepsWhatCommittedAndARerunCarriesOn();
};

void EarningImportTest::readerFollowsRfc4180()
{
    QString error;
    const QList<QStringList> records =
        readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n1,,3\r\n\r\nlast,row,no newline", nullptr, &error);
    QCOMPARE(error, QString());
    QCOMPARE(records.size(), 4);  // the blank lines are not records
    QCOMPARE(records.at(1), (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
    QCOMPARE(records.at(2), (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
    QCOMPARE(records.at(3), (QStringList{QStringLiteral("last"), QStringLiteral("row"), QStringLiteral("no newline")}));

    readAll("a,b\n\"open,1\n2,3\n", nullptr, &error);
    QCOMPARE(error, QStringLiteral("record 2: a quoted field is not closed before the end of the file"));
}

void EarningImportTest::readerDetectsSemicolonsAndSkipsTheByteOrderMark()
{
    char separator = 0;
    const QList<QStringList> records = readAll("\xEF\xBB\xBF" "Employee Code;Name\r\nE-1;\"Rao; Asha\"\r\nE-2;Zoë\r\n", &separator);
    QCOMPARE(separator, ';');
    QCOMPARE(records.at(0).at(0), QStringLiteral("Employee Code"));  // no U+FEFF in front
    QCOMPARE(records.at(1).at(1), QStringLiteral("Rao; Asha"));
    QCOMPARE(records.at(2).at(1), QStringLiteral("Zo\u00EB"));
}

void EarningImportTest::readerKeepsAQuotedFieldAcrossBufferRefills()
{
    // The reader refills 256 KiB at a time; a 300,000-byte quoted field spans a refill.
    const QByteArray big(300'000, 'x');
    const QList<QStringList> records = readAll("h1,h2\n\"" + big + "\"\"" + big + "\",end\n");
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).at(0).size(), 600'001);  // two halves and one quote
    QCOMPARE(records.at(1).at(0).at(300'000), QLatin1Char('"'));
    QCOMPARE(records.at(1).at(1), QStringLiteral("end"));
}

void EarningImportTest::layoutMapsAnHrisExportsHeaders()
{
    // A Darwinbox export's headers, mapped as docs/earning.md shows.
    const QStringList header{QStringLiteral("Employee Code"), QStringLiteral("Milestone ID"), QStringLiteral("Milestone"),
                             QStringLiteral("Achieved On"), QStringLiteral("Full Name"), QStringLiteral("Department")};
    const auto mapping = EarningCsvLayout::parseMapping(QStringLiteral(
        "employee_id=Employee Code,event_id=Milestone ID,event_type=Milestone,occurred_at=Achieved On,name=Full Name"));
    QVERIFY(mapping);
    const auto layout = EarningCsvLayout::fromHeader(header, mapping.value());
    QVERIFY2(layout, layout ? "" : qPrintable(layout.error().message));
    QCOMPARE(layout.value().headerOf(EarningCsvLayout::EmployeeId), QStringLiteral("Employee Code"));
    QCOMPARE(layout.value().headerOf(EarningCsvLayout::Department), QStringLiteral("Department"));  // its own name, any case
    QVERIFY(!layout.value().has(EarningCsvLayout::Points));
    const auto request = layout.value().request({QStringLiteral("E-7"), QStringLiteral("M-1"), QStringLiteral("milestone"),
                                                 QStringLiteral("2026-02-01T09:00:00+05:30"), QStringLiteral("Asha Rao"), QStringLiteral("Ops")},
                                                1, QStringLiteral("darwinbox"));
    const EarnRequest &earning = std::get<EarnRequest>(request);
    QCOMPARE(earning.memberId, QStringLiteral("E-7"));
    QCOMPARE(earning.occurredAtMs, at("2026-02-01T03:30:00Z"));  // +05:30 read as UTC
    QCOMPARE(earning.profile->department, QStringLiteral("Ops"));

    // Refusals name the flag or the header at fault.
    const auto missing = EarningCsvLayout::fromHeader(header, EarningCsvLayout::parseMapping(QStringLiteral("employee_id=Emp No")).value());
    QCOMPARE(missing.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("map"));
    QVERIFY(missing.error().message.contains(QStringLiteral("no column headed 'Emp No'")));
    const auto unmapped = EarningCsvLayout::fromHeader(header, {});
    QCOMPARE(unmapped.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("header"));
    QVERIFY2(unmapped.error().message.startsWith(QStringLiteral("header: no column for employee_id")), qPrintable(unmapped.error().message));
    QCOMPARE(EarningCsvLayout::parseMapping(QStringLiteral("staff=Employee Code")).error().details.value(QStringLiteral("field")).toString(),
             QStringLiteral("map"));
    const auto shortRow = layout.value().request({QStringLiteral("E-7")}, 4, QStringLiteral("darwinbox"));
    QCOMPARE(std::get<EarningRowError>(shortRow).message, QStringLiteral("the row has 1 fields and the header 6"));
}

void EarningImportTest::tenRowsWithThreeBad()
{
    TestLedger t;
    addMilestoneRule(t, 500);
    t.clock().setNowMs(at("2026-03-01T10:00:00Z"));
    const qint64 entriesBefore = scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries"));

    EarningImportOptions dryRun;
    dryRun.dryRun = true;
    const Imported checked = import(t, tenRows, dryRun);
    QVERIFY(checked.totals);
    QCOMPARE(checked.totals.value().rows, 10);
    QCOMPARE(checked.totals.value().imported, 7);  // would be
    QCOMPARE(checked.totals.value().points, 2425);
    QCOMPARE(checked.totals.value().refused, 3);
    QVERIFY(!checked.totals.value().applied);
    QCOMPARE(checked.errors.size(), 3);
    QCOMPARE(checked.errors.at(0).row, 3);
    QCOMPARE(checked.errors.at(0).column, QStringLiteral("points"));
    QCOMPARE(checked.errors.at(0).code, QStringLiteral("invalid_argument"));
    QCOMPARE(checked.errors.at(1).row, 6);
    QCOMPARE(checked.errors.at(1).column, QStringLiteral("event_type"));
    QCOMPARE(checked.errors.at(1).code, QStringLiteral("unknown_event_type"));
    QCOMPARE(checked.errors.at(2).row, 9);
    QCOMPARE(checked.errors.at(2).column, QStringLiteral("occurred_at"));
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries")), entriesBefore);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM members")), 0);

    const Imported first = import(t, tenRows, {});
    QVERIFY(first.totals);
    QCOMPARE(first.totals.value().imported, 7);
    QCOMPARE(first.totals.value().alreadyIn, 0);
    QCOMPARE(first.totals.value().refused, 3);
    QCOMPARE(first.totals.value().points, 2425);
    QVERIFY(first.totals.value().applied);
    QCOMPARE(first.errors.size(), 3);
    // e1: 500 + 500; e2: 250 + 500; e4 100; e6 75; e8 500. Nothing for e3, e5, e7.
    QCOMPARE(t.ledger().balance(QStringLiteral("e1")).value().available, 1000);
    QCOMPARE(t.ledger().balance(QStringLiteral("e2")).value().available, 750);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM members")), 5);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM members WHERE id IN ('e3', 'e5', 'e7')")), 0);
    // e1 moved from Ops to Finance on 4 February: both kept, each from its event's date.
    QSqlQuery departments(t.database().connection());
    QVERIFY(departments.exec(QStringLiteral("SELECT since_ms, department FROM member_departments WHERE member_id = 'e1' ORDER BY since_ms")));
    QVERIFY(departments.next());
    QCOMPARE(departments.value(0).toLongLong(), at("2026-02-01T00:00:00Z"));
    QCOMPARE(departments.value(1).toString(), QStringLiteral("Ops"));
    QVERIFY(departments.next());
    QCOMPARE(departments.value(0).toLongLong(), at("2026-02-04T00:00:00Z"));
    QCOMPARE(departments.value(1).toString(), QStringLiteral("Finance"));
    departments.finish();
    QSqlQuery member(t.database().connection());
    QVERIFY(member.exec(QStringLiteral("SELECT department, hris FROM members WHERE id = 'e1'")) && member.next());
    QCOMPARE(member.value(0).toString(), QStringLiteral("Finance"));
    QCOMPARE(member.value(1).toString(), QStringLiteral("darwinbox"));
    member.finish();

    // The same file again: nothing new, the seven counted as already in, the three still refused.
    const qint64 entriesAfter = scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries"));
    const Imported again = import(t, tenRows, {});
    QCOMPARE(again.totals.value().imported, 0);
    QCOMPARE(again.totals.value().alreadyIn, 7);
    QCOMPARE(again.totals.value().refused, 3);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM entries")), entriesAfter);
    requireVerified(t);
}

void EarningImportTest::atomicImportsNothingWhenARowIsRefused()
{
    TestLedger t;
    addMilestoneRule(t, 500);
    t.clock().setNowMs(at("2026-03-01T10:00:00Z"));
    EarningImportOptions atomic;
    atomic.atomic = true;
    const Imported refused = import(t, tenRows, atomic);
    QVERIFY(refused.totals);
    QCOMPARE(refused.totals.value().imported, 0);
    QCOMPARE(refused.totals.value().refused, 3);
    QVERIFY(!refused.totals.value().applied);
    QCOMPARE(refused.errors.size(), 3);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM earnings")), 0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM members")), 0);

    // Without the bad rows (3, 6 and 9) it all goes in, as one transaction.
    QList<QByteArray> lines = tenRows.split('\n');
    for (const int bad : {9, 6, 3})
        lines.removeAt(bad);
    const Imported clean = import(t, lines.join('\n'), atomic);
    QCOMPARE(clean.totals.value().imported, 7);
    QCOMPARE(clean.totals.value().points, 2425);
    QVERIFY(clean.totals.value().applied);
    QCOMPARE(scalar(t, QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM earnings")), 2425);
    requireVerified(t);
}

void EarningImportTest::cancelKeepsWhatCommittedAndARerunCarriesOn()
{
    TestLedger t;
    addMilestoneRule(t, 500);
    t.clock().setNowMs(at("2026-03-01T10:00:00Z"));
    // Two rows a transaction, cancelled after the second: rows 1-4 stay (ev1, ev2, ev4; row 3 refused).
    EarningImportOptions options;
    options.rowsPerTransaction = 2;
    int transactions = 0;
    const Imported cancelled = import(t, tenRows, options, QString(), [&](const EarningImportTotals &) { return ++transactions < 2; });
    QVERIFY(cancelled.totals.value().cancelled);
    QCOMPARE(cancelled.totals.value().rows, 4);
    QCOMPARE(cancelled.totals.value().imported, 3);
    QCOMPARE(cancelled.totals.value().points, 1250);  // 500 + 250 + 500
    QCOMPARE(scalar(t, QStringLiteral("SELECT COUNT(*) FROM earnings")), 3);

    const Imported rest = import(t, tenRows, options);
    QCOMPARE(rest.totals.value().alreadyIn, 3);
    QCOMPARE(rest.totals.value().imported, 4);
    QCOMPARE(rest.totals.value().points, 1175);  // 100 + 500 + 75 + 500
    QCOMPARE(scalar(t, QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM earnings")), 2425);
    requireVerified(t);
}

QTEST_GUILESS_MAIN(EarningImportTest)
#include "tst_earningimport.moc"
