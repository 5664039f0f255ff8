#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace orchard::ui {

class AuditPage;
class ConsoleSession;
class HoldsPage;
class MembersPage;
class OverviewPage;
class TransactionsPage;

// The console's window: a sidebar of screens (each with a shortcut), the screen, the status bar
// with the connection and the last refresh. What the role may not see is not shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen { Overview, Transactions, Holds, Members, Audit };

    explicit MainWindow(ConsoleSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showScreen(Screen screen);
    bool hasScreen(Screen screen) const;
    OverviewPage *overview() const { return m_overview; }
    TransactionsPage *transactions() const { return m_transactions; }
    HoldsPage *holds() const { return m_holds; }
    MembersPage *members() const { return m_members; }
    AuditPage *audit() const { return m_audit; }

private:
    void addScreen(Screen screen, const QString &title, QWidget *page, const QKeySequence &shortcut);
    void buildMenus();
    void about();

    ConsoleSession &m_session;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_lastRefresh = nullptr;
    QList<Screen> m_screens;
    OverviewPage *m_overview = nullptr;
    TransactionsPage *m_transactions = nullptr;
    HoldsPage *m_holds = nullptr;
    MembersPage *m_members = nullptr;
    AuditPage *m_audit = nullptr;
};

}  // namespace orchard::ui
