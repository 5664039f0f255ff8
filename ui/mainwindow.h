#pragma once

#include "store/ledgerlocation.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace orchard::ui {

class AuditPage;
class ConsoleSession;
class HoldsPage;
class LedgerWatch;
class MembersPage;
class OverviewPage;
class PasswordVault;
class ReportPage;
class RulesPage;
class ExpiryPolicyPage;
class SchedulesPage;
class SourcesPage;
class WebhooksPage;
class ApprovalsPage;
class WalletPage;
class TransactionsPage;

// The console's window: a sidebar of screens (each with a shortcut), the screen, the status bar
// with the connection and the last refresh. What the role may not see is not shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen { Overview, Transactions, Holds, Members, Audit, Liability, Cohorts, Reconciliation, Wallet, Rules, Schedules, Webhooks, Approvals, Sources,
                        ExpiryPolicy };  // appended: the last screen used is kept by number

    // `vault`: where File ▸ Connect finds stored passwords; the window keeps its own when null.
    explicit MainWindow(ConsoleSession &session, PasswordVault *vault = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void saveWindowState() const;

    void showScreen(Screen screen);
    bool hasScreen(Screen screen) const;
    Screen currentScreen() const;
    OverviewPage *overview() const { return m_overview; }
    TransactionsPage *transactions() const { return m_transactions; }
    HoldsPage *holds() const { return m_holds; }
    MembersPage *members() const { return m_members; }
    AuditPage *audit() const { return m_audit; }
    ReportPage *liability() const { return m_liability; }
    LedgerWatch *watch() const { return m_watch; }
    ReportPage *cohorts() const { return m_cohorts; }
    ReportPage *reconciliation() const { return m_reconciliation; }
    WalletPage *wallet() const { return m_wallet; }
    RulesPage *rules() const { return m_rules; }
    ExpiryPolicyPage *expiryPolicy() const { return m_expiryPolicy; }
    SchedulesPage *schedules() const { return m_schedules; }
    WebhooksPage *webhooks() const { return m_webhooks; }
    ApprovalsPage *approvals() const { return m_approvals; }
    SourcesPage *sources() const { return m_sources; }

Q_SIGNALS:
    // File ▸ Open, Connect or Open Recent chose another ledger; the launcher opens it.
    void ledgerChosen(const orchard::LedgerLocation &location, bool rememberPassword);

private:
    void openFile();
    void importEarnings();
    void connectToServer(const LedgerLocation &initial);
    void fillRecentMenu();
    void addScreen(Screen screen, const QString &title, QWidget *page, const QKeySequence &shortcut);
    void buildMenus();
    void about();
    void followLedger();

    ConsoleSession &m_session;
    PasswordVault *m_vault = nullptr;
    QMenu *m_recent = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_lastRefresh = nullptr;
    LedgerWatch *m_watch = nullptr;
    QList<Screen> m_screens;
    QList<QAction *> m_screenActions;  // one per screen, with its shortcut, listed in the View menu
    OverviewPage *m_overview = nullptr;
    TransactionsPage *m_transactions = nullptr;
    HoldsPage *m_holds = nullptr;
    MembersPage *m_members = nullptr;
    AuditPage *m_audit = nullptr;
    ReportPage *m_liability = nullptr;
    ReportPage *m_cohorts = nullptr;
    ReportPage *m_reconciliation = nullptr;
    WalletPage *m_wallet = nullptr;
    RulesPage *m_rules = nullptr;
    ExpiryPolicyPage *m_expiryPolicy = nullptr;
    SchedulesPage *m_schedules = nullptr;
    WebhooksPage *m_webhooks = nullptr;
    ApprovalsPage *m_approvals = nullptr;
    SourcesPage *m_sources = nullptr;
};

}  // namespace orchard::ui
