#pragma once

#include "base/ledgertypes.h"

#include <QWidget>

class QStandardItemModel;
class QTableView;
class QPushButton;
class QLabel;

namespace orchard::ui {

class ConsoleSession;

// Live holds with the time left before they return, the released and timed-out ones with their
// reasons; an admin can release a stuck hold (with a reason, confirmed, audited).
class HoldsPage : public QWidget
{
    Q_OBJECT

public:
    enum Roles { ReservationIdRole = Qt::UserRole + 1, PointsRole, ExpiresAtRole };

    explicit HoldsPage(ConsoleSession &session, QWidget *parent = nullptr);
    void refresh();
    QStandardItemModel *openModel() const { return m_open; }
    static QString timeLeft(qint64 leftMs);  // "23 h 59 min", "14 min 51 s", "due now"
    void tick();
    QStandardItemModel *closedModel() const { return m_closed; }
    QTableView *openView() const { return m_openView; }
    // Releases the hold with the given reason without asking (the dialog's last step; tests).
    void releaseHold(qint64 reservationId, const QString &reason);
    // Asks for the reason and a confirmation, then releases (the screen's button; Transactions' menu).
    void askToRelease(qint64 reservationId, Points points);

Q_SIGNALS:
    void refreshed();
    void released(qint64 reservationId, bool ok, const QString &message);

private:
    void askToRelease();

    ConsoleSession &m_session;
    QStandardItemModel *m_open = nullptr;
    QStandardItemModel *m_closed = nullptr;
    QTableView *m_openView = nullptr;
    QPushButton *m_release = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace orchard::ui
