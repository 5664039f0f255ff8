// `verify` re-derives the ledger from its journal: a hand-edited journal, account or audit row
// must be named, and a clean ledger must pass.
#include "testledger.h"
#include "journal/verifier.h"

#include <QSqlQuery>
#include <QTest>

using namespace orchard;
using orchard::test::TestLedger;

class VerifyTest : public QObject
{
    Q_OBJECT

private:
    // Three members, issues, a confirmed, a released and a timed-out reservation.
    static void populate(TestLedger &t)
    {
        for (const char *member : {"a", "b", "c"}) {
            t.addMember(QString::fromLatin1(member));
            t.issue(QString::fromLatin1(member), 1000);
        }
        QVERIFY(t.ledger().confirm({t.reserve(QStringLiteral("a"), 300, sourceMarketplace), std::nullopt, t.nextKey(), std::nullopt}).ok());
        QVERIFY(t.ledger().release({t.reserve(QStringLiteral("b"), 200, sourceLoyalife), QString(), t.nextKey(), std::nullopt}).ok());
        t.reserve(QStringLiteral("c"), 100, sourceLoyalife, 1);
        t.clock().advanceMs(2'000);
        QVERIFY(t.ledger().sweep().ok());
    }

    static void tamper(TestLedger &t, const QString &sql)
    {
        t.where().tamper(sql);
    }

    static QStringList violatedChecks(TestLedger &t)
    {
        Verifier verifier(t.database());
        const Result<VerificationReport> report = verifier.run();
        if (!report)
            qFatal("verify failed to run: %s", qPrintable(report.error().message));
        QStringList checks;
        for (const Violation &violation : report.value().violations)
            if (!checks.contains(violation.check))
                checks << violation.check;
        checks.sort();
        return checks;
    }

private Q_SLOTS:
    void cleanLedgerPasses()
    {
        TestLedger t;
        populate(t);
        Verifier verifier(t.database());
        const Result<VerificationReport> report = verifier.run();
        QVERIFY(report.ok());
        QVERIFY(report.value().ok());
        // 3 issues + reserve/confirm + reserve/release + reserve/timeout = 9 entries.
        QCOMPARE(report.value().entriesChecked, 9);
        QCOMPARE(report.value().reservationsChecked, 3);
        // 3 member.add + 9 entries = 12 audit records.
        QCOMPARE(report.value().auditRecordsChecked, 12);
    }

    void progressNamesEachCheckAndCancelStops()
    {
        TestLedger t;
        populate(t);
        QStringList told;
        const auto record = [&told](int step, int steps, const QString &check) {
            told << QStringLiteral("%1/%2 %3").arg(step).arg(steps).arg(check);
            return true;
        };
        QVERIFY(Verifier(t.database()).run(record).value().ok());
        QCOMPARE(told, (QStringList{QStringLiteral("0/6 entries"), QStringLiteral("1/6 accounts"), QStringLiteral("2/6 lots"),
                                    QStringLiteral("3/6 reservations"), QStringLiteral("4/6 audit chain"),
                                    QStringLiteral("5/6 entry digests"), QStringLiteral("6/6 ")}));
        // Cancelled before the third check: no verdict, and the ledger still reads (the snapshot was let go).
        const Result<VerificationReport> cancelled =
            Verifier(t.database()).run([](int step, int, const QString &) { return step < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
        QCOMPARE(cancelled.error().message, QStringLiteral("cancelled before the lots check"));
        QVERIFY(Verifier(t.database()).run().value().ok());
    }

    void editedPostingAmount()
    {
        TestLedger t;
        populate(t);
        tamper(t, QStringLiteral("UPDATE postings SET amount = amount + 1 WHERE id = 2"));
        QCOMPARE(violatedChecks(t), (QStringList{QStringLiteral("account_balance"), QStringLiteral("conservation"),
                                                 QStringLiteral("entry_balance"), QStringLiteral("journal_digest"),
                                                 QStringLiteral("lot")}));
    }

    void editedEntryReference()
    {
        TestLedger t;
        populate(t);
        tamper(t, QStringLiteral("UPDATE entries SET reference = 'forged' WHERE kind = 'confirm'"));
        QCOMPARE(violatedChecks(t), QStringList{QStringLiteral("journal_digest")});
    }

    void balancedForgery()
    {
        // Moving points between two postings of one entry keeps it balanced, but not its digest.
        TestLedger t;
        populate(t);
        tamper(t, QStringLiteral("UPDATE postings SET amount = amount * 2 WHERE entry_id = 1"));
        QVERIFY(violatedChecks(t).contains(QStringLiteral("journal_digest")));
        QVERIFY(violatedChecks(t).contains(QStringLiteral("account_balance")));
    }

    void deletedEntry()
    {
        TestLedger t;
        populate(t);
        tamper(t, QStringLiteral("DELETE FROM postings WHERE entry_id = (SELECT MAX(id) FROM entries)"));
        tamper(t, QStringLiteral("DELETE FROM entries WHERE id = (SELECT MAX(id) FROM entries)"));
        const QStringList checks = violatedChecks(t);
        QVERIFY(checks.contains(QStringLiteral("journal_digest")));
        QVERIFY(checks.contains(QStringLiteral("reservation_state")));
    }

    void editedAccountBalance()
    {
        TestLedger t;
        populate(t);
        tamper(t, QStringLiteral("UPDATE accounts SET balance = balance + 500 WHERE code = 'member:a'"));
        QCOMPARE(violatedChecks(t), QStringList{QStringLiteral("account_balance")});
    }

    void editedAuditRecord()
    {
        TestLedger t;
        populate(t);
        tamper(t, QStringLiteral("UPDATE audit_log SET actor = 'someone-else' WHERE id = 4"));
        QCOMPARE(violatedChecks(t), QStringList{QStringLiteral("audit_chain")});
    }

    void deletedAuditRecord()
    {
        TestLedger t;
        populate(t);
        tamper(t, QStringLiteral("DELETE FROM audit_log WHERE id = 5"));
        const QStringList checks = violatedChecks(t);
        QVERIFY(checks.contains(QStringLiteral("audit_chain")));
    }

    void truncatedAuditChain()
    {
        TestLedger t;
        populate(t);
        tamper(t, QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"));
        QVERIFY(violatedChecks(t).contains(QStringLiteral("audit_chain")));
    }

    void reservationInTwoFinalStates()
    {
        TestLedger t;
        populate(t);
        // Forge a second closing entry for the confirmed reservation (balanced, so only the state check sees it).
        tamper(t, QStringLiteral("INSERT INTO entries (kind, posted_at_ms, member_id, source_id, reference, actor, "
                                 "reservation_id, points) SELECT 'release', posted_at_ms, member_id, source_id, reference, "
                                 "actor, reservation_id, points FROM entries WHERE kind = 'confirm'"));
        QVERIFY(violatedChecks(t).contains(QStringLiteral("reservation_state")));
    }
};

QTEST_GUILESS_MAIN(VerifyTest)
#include "tst_verify.moc"
