#include "testledger.h"

#include <QtGlobal>

namespace orchard::test {

TestLedger::TestLedger(Durability durability)
{
    Q_ASSERT(m_dir.isValid());
    LedgerLocation location;
    location.sqlitePath = path();
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
