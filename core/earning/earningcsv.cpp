#include "earning/earningcsv.h"

#include "base/timeformat.h"

#include <QJsonObject>

namespace orchard {

QJsonObject EarningRowError::toJson() const
{
    return {{QStringLiteral("row"), row}, {QStringLiteral("column"), column}, {QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

QStringList EarningRowError::csvFields() const
{
    return {QString::number(row), column, code, message};
}

QStringList EarningRowError::csvHeader()
{
    return {QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("code"), QStringLiteral("message")};
}

const std::array<QString, EarningCsvLayout::ColumnCount> &EarningCsvLayout::columnNames()
{
    static const std::array<QString, ColumnCount> names{
        QStringLiteral("employee_id"), QStringLiteral("event_id"),   QStringLiteral("event_type"),
        QStringLiteral("points"),      QStringLiteral("occurred_at"), QStringLiteral("name"),
        QStringLiteral("department"),  QStringLiteral("hris"),        QStringLiteral("reason")};
    return names;
}

Result<QHash<QString, QString>> EarningCsvLayout::parseMapping(const QString &text)
{
    QHash<QString, QString> mapping;
    const auto &names = columnNames();
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString column = pair.left(equals).trimmed().toLower();
        const QString header = equals < 0 ? QString() : pair.mid(equals + 1).trimmed();
        if (equals < 0 || header.isEmpty())
            return LedgerError::invalidArgument(QStringLiteral("map"), QStringLiteral("'%1' is not COLUMN=HEADER").arg(pair.trimmed()));
        if (std::find(names.begin(), names.end(), column) == names.end())
            return LedgerError::invalidArgument(QStringLiteral("map"), QStringLiteral("'%1' is not a column of an earnings file (%2)")
                                                                           .arg(column, QStringList(names.begin(), names.end()).join(QStringLiteral(", "))));
        if (mapping.contains(column))
            return LedgerError::invalidArgument(QStringLiteral("map"), QStringLiteral("'%1' is mapped twice").arg(column));
        mapping.insert(column, header);
    }
    return mapping;
}

QHash<QString, QString> EarningCsvLayout::suggestedMapping(const QStringList &header)
{
    // Compared without case, spaces, dashes or underscores.
    static const QHash<QString, QStringList> known{
        {QStringLiteral("employee_id"), {QStringLiteral("employeeid"), QStringLiteral("employeecode"), QStringLiteral("userid"),
                                         QStringLiteral("employeenumber"), QStringLiteral("empid"), QStringLiteral("personid")}},
        {QStringLiteral("event_id"), {QStringLiteral("eventid"), QStringLiteral("milestoneid"), QStringLiteral("recognitionid"),
                                      QStringLiteral("awardid"), QStringLiteral("transactionid")}},
        {QStringLiteral("event_type"), {QStringLiteral("eventtype"), QStringLiteral("milestonetype"), QStringLiteral("milestone"),
                                        QStringLiteral("badge"), QStringLiteral("awardtype")}},
        {QStringLiteral("points"), {QStringLiteral("points"), QStringLiteral("pointsawarded")}},
        {QStringLiteral("occurred_at"), {QStringLiteral("occurredat"), QStringLiteral("achievedon"), QStringLiteral("dateawarded"),
                                         QStringLiteral("eventdate"), QStringLiteral("date")}},
        {QStringLiteral("name"), {QStringLiteral("name"), QStringLiteral("employeename"), QStringLiteral("fullname"),
                                  QStringLiteral("firstandlastname")}},
        {QStringLiteral("department"), {QStringLiteral("department"), QStringLiteral("division"), QStringLiteral("dept")}},
        {QStringLiteral("hris"), {QStringLiteral("hris")}},
        {QStringLiteral("reason"), {QStringLiteral("reason"), QStringLiteral("comment"), QStringLiteral("note")}},
    };
    const auto normalised = [](QString text) {
        return text.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    };
    QHash<QString, QString> mapping;
    for (const QString &column : columnNames()) {
        const QStringList &names = known.value(column);
        for (const QString &name : names) {
            const auto found = std::find_if(header.begin(), header.end(), [&](const QString &h) { return normalised(h) == name; });
            if (found != header.end()) {
                mapping.insert(column, found->trimmed());
                break;
            }
        }
    }
    return mapping;
}

Result<EarningCsvLayout> EarningCsvLayout::fromHeader(const QStringList &header, const QHash<QString, QString> &mapping)
{
    EarningCsvLayout layout;
    layout.m_header = header;
    layout.m_index.fill(-1);
    const auto &names = columnNames();
    for (int column = 0; column < ColumnCount; ++column) {
        const QString wanted = mapping.value(names[column], names[column]);
        if (wanted.isEmpty())
            continue;  // mapped to nothing: the file has no such column, whatever its header says
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) != 0)
                continue;
            if (layout.m_index[column] >= 0)
                return LedgerError::invalidArgument(QStringLiteral("header"), QStringLiteral("'%1' is in the header twice").arg(wanted));
            layout.m_index[column] = int(i);
        }
        if (layout.m_index[column] < 0 && mapping.contains(names[column]))
            return LedgerError::invalidArgument(QStringLiteral("map"), QStringLiteral("%1=%2: the file has no column headed '%2' (it has %3)")
                                                                           .arg(names[column], wanted, header.join(QStringLiteral(", "))));
    }
    for (const Column required : {EmployeeId, EventId, OccurredAt})
        if (layout.m_index[required] < 0)
            return LedgerError::invalidArgument(QStringLiteral("header"), QStringLiteral("no column for %1 (the header is %2; map it with --map %1=HEADER)")
                                                                              .arg(names[required], header.join(QStringLiteral(", "))));
    if (layout.m_index[EventType] < 0 && layout.m_index[Points] < 0)
        return LedgerError::invalidArgument(QStringLiteral("header"), QStringLiteral("no column for event_type or points (the header is %1)")
                                                                          .arg(header.join(QStringLiteral(", "))));
    return layout;
}

QString EarningCsvLayout::headerOf(Column column) const
{
    return m_index[column] < 0 ? columnNames()[column] : m_header.at(m_index[column]).trimmed();
}

QString EarningCsvLayout::headerOfField(const QString &field) const
{
    if (field == QLatin1String("member"))
        return headerOf(EmployeeId);
    const auto &names = columnNames();
    for (int column = 0; column < ColumnCount; ++column)
        if (names[column] == field)
            return headerOf(Column(column));
    return QString();
}

QJsonObject EarningCsvLayout::toJson() const
{
    QJsonObject found;
    for (int column = 0; column < ColumnCount; ++column)
        if (m_index[column] >= 0)
            found.insert(columnNames()[column], headerOf(Column(column)));
    return found;
}

std::variant<EarnRequest, EarningRowError> EarningCsvLayout::request(const QStringList &record, qint64 row, const QString &source) const
{
    // A row with more or fewer fields than the header has its values under the wrong columns.
    if (record.size() != m_header.size())
        return EarningRowError{row, QString(), errors::invalidArgument,
                               QStringLiteral("the row has %1 fields and the header %2").arg(record.size()).arg(m_header.size())};
    const auto value = [&](Column column) { return m_index[column] < 0 ? QString() : record.at(m_index[column]).trimmed(); };
    const auto refused = [&](Column column, const QString &why) {
        return EarningRowError{row, headerOf(column), errors::invalidArgument, QStringLiteral("%1: %2").arg(headerOf(column), why)};
    };
    EarnRequest request;
    request.source = source;
    request.memberId = value(EmployeeId);
    request.eventId = value(EventId);
    request.eventType = value(EventType);
    request.reason = value(Reason);
    const QString points = value(Points);
    if (!points.isEmpty()) {
        bool isNumber = false;
        const qint64 parsed = points.toLongLong(&isNumber);
        if (!isNumber)
            return refused(Points, QStringLiteral("'%1' is not a whole number of points").arg(points));
        request.points = parsed;
    }
    const QString occurredAt = value(OccurredAt);
    if (occurredAt.isEmpty())
        return refused(OccurredAt, QStringLiteral("is empty"));
    const std::optional<qint64> occurredAtMs = timeformat::parseIso(occurredAt);
    if (!occurredAtMs)
        return refused(OccurredAt, QStringLiteral("'%1' is not an ISO 8601 date or time with a zone (2026-03-01 or 2026-03-01T09:30:00Z)")
                                       .arg(occurredAt));
    request.occurredAtMs = *occurredAtMs;
    MemberProfile profile{value(Name), value(Department), value(Hris)};
    if (!profile.name.isEmpty() || !profile.department.isEmpty() || !profile.hris.isEmpty())
        request.profile = profile;
    return request;
}

EarningRowError EarningCsvLayout::refusal(const LedgerError &error, qint64 row) const
{
    QString field = error.details.value(QStringLiteral("field")).toString();
    if (field.isEmpty() && error.code == errors::unknownMember)
        field = QStringLiteral("member");
    if (field.isEmpty() && error.code == errors::operationNotAllowed
        && error.details.value(QStringLiteral("operation")).toString() == QLatin1String("free_amount"))
        field = QStringLiteral("points");
    return {row, headerOfField(field), error.code, error.message};
}

}  // namespace orchard
