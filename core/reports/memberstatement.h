#pragma once

#include "reports/reports.h"

// A member's statement for a period, from the journal alone: the opening balance, every entry
// that moved the member's points (earned, redeemed, refunded, adjusted, expired) with its source
// and reference, the closing balance, the points held at the end and those expiring within 30,
// 60 and 90 days of it. A Report, so it is written as a table, CSV, JSON or PDF like the others.
namespace orchard {

class Database;

class MemberStatementQuery
{
public:
    explicit MemberStatementQuery(Database &database) : m_database(database) {}

    // unknown_member; invalid_argument when the period is empty. Throws SqlFailure.
    Result<Report> run(const QString &memberId, qint64 fromMs, qint64 toMs);

    // The statement's name for an entry kind: issue → earned, confirm and checkout → redeemed,
    // reversal → refunded, adjust → adjusted, expire → expired.
    static QString lineType(const QString &entryKind);

private:
    Points postedBefore(const QString &memberId, qint64 atMs);

    Database &m_database;
};

}  // namespace orchard
