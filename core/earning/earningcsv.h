#pragma once

#include "base/result.h"
#include "earning/earningtypes.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <variant>

namespace orchard {

// One refused row of an earnings file: its number (1 is the first row under the header), the
// file's own header of the column at fault (empty when the row as a whole is), and why.
struct EarningRowError
{
    qint64 row = 0;
    QString column;
    QString code;
    QString message;
    QJsonObject toJson() const;
    QStringList csvFields() const;  // row, column, code, message: one line of the error file
    static QStringList csvHeader();
};

// Where an earnings file keeps each of Orchard's columns. A column is found under its own name
// (any case) unless a mapping names the file's header for it, as an HRIS export's headers are
// its own ("Employee Code", "Milestone ID", ...).
class EarningCsvLayout
{
public:
    enum Column { EmployeeId, EventId, EventType, Points, OccurredAt, Name, Department, Hris, Reason, ColumnCount };
    static const std::array<QString, ColumnCount> &columnNames();

    // "employee_id=Employee Code,event_id=Milestone ID": COLUMN=HEADER pairs, comma-separated.
    static Result<QHash<QString, QString>> parseMapping(const QString &text);
    // The columns found in a header under their own names or those of a Darwinbox or
    // SuccessFactors export ("Employee Code", "User ID", "Achieved On", ...): a starting point
    // the console shows for the admin to check, never applied unseen.
    static QHash<QString, QString> suggestedMapping(const QStringList &header);
    // A column mapped to "" is absent even if a header has its name. Refuses a header without employee_id, event_id, occurred_at and event_type or points, a
    // mapping to a header the file lacks, and a header that names one column twice.
    static Result<EarningCsvLayout> fromHeader(const QStringList &header, const QHash<QString, QString> &mapping);

    bool has(Column column) const { return m_index[column] >= 0; }
    int indexOf(Column column) const { return m_index[column]; }  // in a record; -1 when absent
    QString headerOf(Column column) const;
    // The file's header for the field a ledger refusal names ("member", "points", ...).
    QString headerOfField(const QString &field) const;
    QJsonObject toJson() const;  // {"employee_id": "Employee Code", ...} for the columns found

    // A data row as the earning it asks for, or why it cannot be one. `row` numbers errors.
    std::variant<EarnRequest, EarningRowError> request(const QStringList &record, qint64 row, const QString &source) const;
    // A ledger refusal of that row, with the column it names.
    EarningRowError refusal(const LedgerError &error, qint64 row) const;

private:
    std::array<int, ColumnCount> m_index{};
    QStringList m_header;
};

}  // namespace orchard
