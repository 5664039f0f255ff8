#pragma once

#include "earning/earningtypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace orchard::ui {

class ConsoleSession;

// What each source may do: earn, redeem, award free amounts (up to a most per earning). An admin
// ticks and saves; each change is audited (source.permissions, before and after) and an API key
// of the source is held to it within a second.
class SourcesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { Name, CanEarn, CanRedeem, FreeAmounts, MaxPoints, ColumnCount };

    explicit SourcesPage(ConsoleSession &session, QWidget *parent = nullptr);

    void refresh();
    void save();  // every changed row
    QStandardItemModel *model() const { return m_model; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void refreshed();
    void saved(bool ok);

private:
    SourcePermissions permissionsIn(int row) const;
    void saveEach(QList<SourcePermissions> remaining);

    ConsoleSession &m_session;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QList<SourcePermissions> m_loaded;
};

}  // namespace orchard::ui
