#include "transactionsmodel.h"

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
    case Qt::TextAlignmentRole:
        return index.column() == Points || index.column() == Money ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case Time:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(row.postedAtMs, QTimeZone::utc()).toLocalTime(), QLocale::ShortFormat);
        case Member:
            return row.memberId;
        case Kind:
            return row.kind;
        case Source:
            return row.source;
        case Reference:
            return row.reference;
        case Points:
            return locale.toString(row.points);
        case Money:
            return row.moneyMinor == 0 ? QString() : money::formatAmount(row.moneyMinor, m_currency, locale);
        case Status:
            return row.status;
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
                Q_EMIT failed(totals.error().message);
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
        after = TransactionKey{m_rows.last().postedAtMs, m_rows.last().entryId};
    m_service.transactions(filter, after, JournalQuery::pageSize)
        .then(this, [this, generation](const Result<QList<TransactionRow>> &page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_loading = false;
                m_exhausted = true;
                Q_EMIT failed(page.error().message);
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
