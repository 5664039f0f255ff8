#pragma once

#include "queries/journalquery.h"
#include "money/money.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QPointer>

namespace orchard {
class LedgerService;
}

namespace orchard::ui {

// The journal as a table, newest first unless sorted otherwise, loaded in keyset pages of 500 on a reader thread as the
// view scrolls (canFetchMore / fetchMore): ten million entries cost what the visible pages cost.
// A filter change starts over; the count and sums of what the filter shows arrive separately.
class TransactionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Member, Kind, Source, Reference, Points, Money, Status, AvailableAfter, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        PostedAtRole,  // qint64 ms since the epoch, UTC
        PointsRole,    // qint64
        MoneyRole,     // qint64 minor units
        SourceRole,
        KindRole,
        StatusRole,
        AvailableAfterRole,  // qint64 points, when filtered to one member
    };

    explicit TransactionsModel(LedgerService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // In SQL, by keyset (TransactionFilter::order): every column but the running balance, which
    // follows the journal's order.
    void sort(int column, Qt::SortOrder order) override;
    static Column columnOf(TransactionOrder order);

    void setFilter(const TransactionFilter &filter);
    const TransactionFilter &filter() const { return m_filter; }
    void refresh();
    const TransactionRow &rowAt(int row) const { return m_rows.at(row); }
    const TransactionTotals &totals() const { return m_totals; }
    // The programme's currency, read once when the model is made, for the money column.
    const money::Currency &currency() const { return m_currency; }
    bool isLoading() const { return m_loading; }
    // The first page and the totals for the current filter are in.
    bool isSettled() const { return !m_loading && m_totalsGeneration == m_generation; }

Q_SIGNALS:
    void pageLoaded(int rowsInPage);
    void totalsChanged(const orchard::TransactionTotals &totals);
    void failed(const QString &message);

private:
    void loadPage();
    void countTotals();

    LedgerService &m_service;
    TransactionFilter m_filter;
    QList<TransactionRow> m_rows;
    TransactionTotals m_totals;
    money::Currency m_currency{QStringLiteral("INR"), 2};
    bool m_loading = false;
    bool m_exhausted = false;
    quint64 m_generation = 0;  // answers for an older filter are dropped
    quint64 m_totalsGeneration = 0;
    bool m_totalsRunning = false;
    bool m_totalsWanted = false;  // the filter changed while a count was running
};

}  // namespace orchard::ui
