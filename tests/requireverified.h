#pragma once

#include "journal/verifier.h"
#include "testledger.h"

#include <QJsonDocument>
#include <QTest>

namespace orchard::test {

// Fails the calling test function, with verify's report, when any check of the ledger does not hold.
inline void requireVerified(TestLedger &t)
{
    const Result<VerificationReport> report = Verifier(t.database()).run();
    QVERIFY(report);
    QVERIFY2(report.value().ok(), QJsonDocument(report.value().toJson()).toJson().constData());
}

}  // namespace orchard::test
