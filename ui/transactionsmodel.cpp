#include "transactionsmodel.h"
#include "localtimes.h"

#include "ledgerwords.h"

#include "service/ledgerservice.h"
#include "money/money.h"
#include "settings/programmebook.h"
#include "store/sqlerror.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace orchard::ui {

TransactionsModel::TransactionsModel(LedgerService &service, QObject *parent) : QAbstractTableModel(parent), m_service(service)
{
    m_service.currency()
        .then(this, [this](const Result<money::Currency> &currency) {
            if (!currency || currency.value().code == m_currency.code)
                return;
            m_currency = currency.value();
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, Money), index(rowCount() - 1, Money), {Qt::DisplayRole});
        });
}

int TransactionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransactionRow &row = m_rows.at(index.row());
    switch (role) {
    case EntryIdRole:
        return row.entryId;
    case PostedAtRole:
        return row.postedAtMs;
    case PointsRole:
        return row.points;
    case MoneyRole:
        return row.moneyMinor;
    case SourceRole:
        return row.source;
    case KindRole:
        return row.kind;
    case StatusRole:
        return row.status;
    case AvailableAfterRole:
        return row.availableAfter ? QVariant(*row.availableAfter) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Points || index.column() == Money || index.column() == AvailableAfter ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case Time:
            return localtimes::dateTime(row.postedAtMs);
        case Member:
            return row.memberId;
        case Kind:
            return LedgerWords::kind(row.kind);
        case Source:
            return row.source;
        case Reference:
            return row.reference;
        case Points:
            return locale.toString(row.points);
        case Money:
            return row.moneyMinor == 0 ? QString() : money::formatAmount(row.moneyMinor, m_currency, locale);
        case Status:
            return LedgerWords::status(row.status);
        case AvailableAfter:
            return row.availableAfter ? locale.toString(*row.availableAfter) : QString();
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant TransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Member:
        return tr("Member");
    case Kind:
        return tr("Kind");
    case Source:
        return tr("Source");
    case Reference:
        return tr("Reference");
    case Points:
        return tr("Points");
    case Money:
        return tr("Money");
    case Status:
        return tr("Status");
    case AvailableAfter:
        return tr("Available after");
    default:
        return {};
    }
}

bool TransactionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading;
}

void TransactionsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadPage();
}

namespace {
const QList<std::pair<TransactionsModel::Column, TransactionOrder>> columnOrders{
    {TransactionsModel::Time, TransactionOrder::ByTime},           {TransactionsModel::Member, TransactionOrder::ByMember},
    {TransactionsModel::Kind, TransactionOrder::ByKind},           {TransactionsModel::Source, TransactionOrder::BySource},
    {TransactionsModel::Reference, TransactionOrder::ByReference}, {TransactionsModel::Points, TransactionOrder::ByPoints},
    {TransactionsModel::Money, TransactionOrder::ByMoney},         {TransactionsModel::Status, TransactionOrder::ByStatus}};
}  // namespace

TransactionsModel::Column TransactionsModel::columnOf(TransactionOrder order)
{
    for (const auto &[column, columnOrder] : columnOrders)
        if (columnOrder == order)
            return column;
    return Time;
}

void TransactionsModel::sort(int column, Qt::SortOrder order)
{
    // The running balance is the journal's own order: sorting by it means newest first.
    TransactionOrder wanted = TransactionOrder::ByTime;
    for (const auto &[orderColumn, columnOrder] : columnOrders)
        if (orderColumn == column)
            wanted = columnOrder;
    const bool descending = column == AvailableAfter || order == Qt::DescendingOrder;
    if (wanted == m_filter.order && descending == m_filter.descending)
        return;
    m_filter.order = wanted;
    m_filter.descending = descending;
    refresh();
}

void TransactionsModel::setFilter(const TransactionFilter &filter)
{
    m_filter = filter;
    refresh();
}

void TransactionsModel::refresh()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_loading = true;  // a view asking for more on the reset must not start a second first page
    endResetModel();
    loadPage();
    countTotals();
}

// One count at a time: on a big journal it takes seconds, and filters changed meanwhile must not
// pile counts up on the reader threads the pages need. The newest filter is counted next.
void TransactionsModel::countTotals()
{
    if (m_totalsRunning) {
        m_totalsWanted = true;
        return;
    }
    m_totalsRunning = true;
    m_totalsWanted = false;
    const quint64 generation = m_generation;
    const TransactionFilter filter = m_filter;
    m_service.transactionTotals(filter)
        .then(this, [this, generation](const Result<TransactionTotals> &totals) {
            m_totalsRunning = false;
            if (generation != m_generation || m_totalsWanted) {
                countTotals();
                return;
            }
            if (!totals) {
                Q_EMIT failed(LedgerWords::error(totals.error()));
                return;
            }
            m_totals = totals.value();
            m_totalsGeneration = generation;
            Q_EMIT totalsChanged(m_totals);
        });
}

void TransactionsModel::loadPage()
{
    m_loading = true;
    const quint64 generation = m_generation;
    const TransactionFilter filter = m_filter;
    std::optional<TransactionKey> after;
    if (!m_rows.isEmpty())
        after = TransactionKey::of(m_rows.last(), filter.order);
    m_service.transactions(filter, after, JournalQuery::pageSize)
        .then(this, [this, generation](const Result<QList<TransactionRow>> &page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_loading = false;
                m_exhausted = true;
                Q_EMIT failed(LedgerWords::error(page.error()));
                return;
            }
            const QList<TransactionRow> &rows = page.value();
            if (rows.size() < JournalQuery::pageSize)
                m_exhausted = true;
            // Still "loading" while the rows go in: a view asking for more from inside
            // endInsertRows() waits for the next call, after the keyset has moved on.
            if (!rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
                m_rows.append(rows);
                endInsertRows();
            }
            m_loading = false;
            Q_EMIT pageLoaded(int(rows.size()));
        });
}

}  // namespace orchard::ui
