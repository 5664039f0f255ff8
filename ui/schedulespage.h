#pragma once

#include "reports/exportschedule.h"

#include <QFuture>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace orchard::ui {

class ConsoleSession;

// The scheduled report exports: each with its report, calendar, format, folder, last run and
// next run; admin and finance add and remove them (the API service or `orchardctl schedule run`
// produces them).
class SchedulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulesPage(ConsoleSession &session, QWidget *parent = nullptr);

    void refresh();
    void add(const QString &name, const QString &report, const QString &every, const QString &format, const QString &folder);
    void remove(const QString &name);  // without asking (the button asks first)
    void runNow(const QString &name);

    QStandardItemModel *model() const { return m_model; }
    QLabel *message() const { return m_message; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void refreshed();
    void changed(bool ok);

private:
    void whenDone(QFuture<Result<ExportSchedule>> pending, const QString &done);

    ConsoleSession &m_session;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_report = nullptr;
    QComboBox *m_every = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
};

}  // namespace orchard::ui
