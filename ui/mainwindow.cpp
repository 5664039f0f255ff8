#include "mainwindow.h"
#include "localtimes.h"

#include "filedialogs.h"
#include "importearningswizard.h"
#include "auditpage.h"
#include "connectdialog.h"
#include "connectionhistory.h"
#include "passwordvault.h"
#include "reportpage.h"
#include "rulespage.h"
#include "expirypolicypage.h"
#include "schedulespage.h"
#include "sourcespage.h"
#include "webhookspage.h"
#include "walletpage.h"
#include "consolesession.h"
#include "holdspage.h"

#include <QStandardItemModel>
#include <QTableView>
#include "ledgerwatch.h"
#include "memberspage.h"
#include "overviewpage.h"
#include "transactionspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

#include "approvalspage.h"
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>

namespace orchard::ui {

MainWindow::MainWindow(ConsoleSession &session, PasswordVault *vault, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_vault(vault ? vault : new PasswordVault(this))
{
    setWindowTitle(session.isReadOnly()
                       ? tr("Orchard — %1 (read-only)").arg(session.location().displayName())
                       : session.isRoleLocal() ? tr("Orchard — %1 (%2, local)").arg(session.location().displayName(), session.roleName())
                                               : tr("Orchard — %1 (%2, database role)").arg(session.location().displayName(), session.roleName()));
    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Screens"));
    m_sidebar->setFixedWidth(170);
    m_pages = new QStackedWidget(this);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_overview = new OverviewPage(session, this);
    addScreen(Screen::Overview, tr("Overview"), m_overview, QKeySequence(Qt::CTRL | Qt::Key_1));
    if (session.canSeeTransactions()) {
        m_transactions = new TransactionsPage(session, this);
        addScreen(Screen::Transactions, tr("Transactions"), m_transactions, QKeySequence(Qt::CTRL | Qt::Key_2));
        m_holds = new HoldsPage(session, this);
        addScreen(Screen::Holds, tr("Reservations"), m_holds, QKeySequence(Qt::CTRL | Qt::Key_3));
    }
    m_members = new MembersPage(session, this);
    addScreen(Screen::Members, tr("Members"), m_members, QKeySequence(Qt::CTRL | Qt::Key_4));
    if (session.canSeeAudit()) {
        m_audit = new AuditPage(session, this);
        addScreen(Screen::Audit, tr("Audit"), m_audit, QKeySequence(Qt::CTRL | Qt::Key_5));
    }
    if (session.canSeeFinanceReports()) {
        m_liability = new ReportPage(session, ReportPage::Kind::Liability, this);
        addScreen(Screen::Liability, tr("Liability"), m_liability, QKeySequence(Qt::CTRL | Qt::Key_6));
    }
    m_cohorts = new ReportPage(session, ReportPage::Kind::Cohorts, this);
    addScreen(Screen::Cohorts, tr("Cohorts"), m_cohorts, QKeySequence(Qt::CTRL | Qt::Key_7));
    if (session.canSeeFinanceReports()) {
        m_reconciliation = new ReportPage(session, ReportPage::Kind::Reconciliation, this);
        addScreen(Screen::Reconciliation, tr("Reconciliation"), m_reconciliation, QKeySequence(Qt::CTRL | Qt::Key_8));
        m_wallet = new WalletPage(session, this);
        addScreen(Screen::Wallet, tr("Funding wallet"), m_wallet, QKeySequence(Qt::CTRL | Qt::Key_9));
        m_rules = new RulesPage(session, this);
        addScreen(Screen::Rules, tr("Split-payment rules"), m_rules, QKeySequence(Qt::CTRL | Qt::Key_0));
        m_expiryPolicy = new ExpiryPolicyPage(session, this);
        addScreen(Screen::ExpiryPolicy, tr("Expiry policy"), m_expiryPolicy, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        m_schedules = new SchedulesPage(session, this);
        addScreen(Screen::Schedules, tr("Scheduled exports"), m_schedules, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    }
    if (session.role() == Role::Admin) {
        m_webhooks = new WebhooksPage(session, this);
        addScreen(Screen::Webhooks, tr("Webhooks"), m_webhooks, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        m_sources = new SourcesPage(session, this);
        addScreen(Screen::Sources, tr("Sources"), m_sources, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    }
    if (session.role() != Role::Hr) {
        m_approvals = new ApprovalsPage(session, this);
        addScreen(Screen::Approvals, tr("Approvals"), m_approvals, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QListWidgetItem *item = m_sidebar->item(m_sidebar->count() - 1);
        // The badge: how many requests wait, on the screen's own entry.
        connect(m_approvals, &ApprovalsPage::refreshed, this, [this, item](int waiting) {
            item->setText(waiting > 0 ? tr("Approvals (%1)").arg(waiting) : tr("Approvals"));
        });
        connect(m_overview, &OverviewPage::refreshed, m_approvals, &ApprovalsPage::refresh);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The screen last used, if this role may see it.
    const qsizetype lastScreen = m_screens.indexOf(Screen(QSettings().value(QStringLiteral("window/screen"), 0).toInt()));
    m_sidebar->setCurrentRow(int(std::max<qsizetype>(0, lastScreen)));

    m_lastRefresh = new QLabel(this);
    statusBar()->addWidget(new QLabel(session.isReadOnly()
                                          ? tr("Opened %1 read-only: the file may not be written, so every change is refused")
                                                .arg(session.location().displayName())
                                          : tr("Connected to %1 as %2").arg(session.location().displayName(), session.roleName()),
                                      this));
    statusBar()->addPermanentWidget(m_lastRefresh);
    connect(m_overview, &OverviewPage::refreshed, this,
            [this] { m_lastRefresh->setText(tr("Last refresh %1").arg(localtimes::timeOfDay(QTime::currentTime()))); });
    buildMenus();
    connect(m_overview, &OverviewPage::screenRequested, this, [this](const QString &name) {
        static const QHash<QString, Screen> screens{{QStringLiteral("transactions"), Screen::Transactions},
                                                    {QStringLiteral("reservations"), Screen::Holds},
                                                    {QStringLiteral("liability"), Screen::Liability},
                                                    {QStringLiteral("reconciliation"), Screen::Reconciliation},
                                                    {QStringLiteral("wallet"), Screen::Wallet}};
        if (const auto screen = screens.constFind(name); screen != screens.constEnd() && hasScreen(*screen))
            showScreen(*screen);
    });
    if (m_transactions) {
        connect(m_transactions, &TransactionsPage::memberRequested, this, [this](const QString &memberId) {
            showScreen(Screen::Members);
            m_members->search(memberId);
            m_members->showMember(memberId);
        });
        // Released where holds are kept, with their reason and confirmation; the row is shown selected
        // when the list already has it.
        connect(m_transactions, &TransactionsPage::holdReleaseRequested, this, [this](qint64 reservationId, Points points) {
            if (!m_holds)
                return;
            showScreen(Screen::Holds);
            for (int row = 0; row < m_holds->openModel()->rowCount(); ++row)
                if (m_holds->openModel()->index(row, 0).data(HoldsPage::ReservationIdRole).toLongLong() == reservationId)
                    m_holds->openView()->selectRow(row);
            m_holds->askToRelease(reservationId, points);
        });
    }
    m_watch = new LedgerWatch(session, LedgerWatch::defaultIntervalMs, this);
    connect(m_watch, &LedgerWatch::changed, this, &MainWindow::followLedger);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

// A write by any process: every screen that shows the ledger's state reads it again. Reports
// are computations a user starts, so they wait for Compute or F5.
void MainWindow::followLedger()
{
    m_overview->followLedger();
    if (m_transactions)
        m_transactions->followLedger();
    if (m_holds)
        m_holds->refresh();
    if (m_wallet)
        m_wallet->refresh();
    if (m_audit)
        m_audit->refresh();
    m_members->followLedger();
}

MainWindow::~MainWindow()
{
    saveWindowState();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    if (m_sidebar->currentRow() >= 0)
        settings.setValue(QStringLiteral("window/screen"), int(m_screens.at(m_sidebar->currentRow())));
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::addScreen(Screen screen, const QString &title, QWidget *page, const QKeySequence &shortcut)
{
    m_screens.append(screen);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    const int index = int(m_screens.size() - 1);
    // In the View menu with its shortcut shown (buildMenus adds them), and working from anywhere.
    auto *action = new QAction(title, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::ApplicationShortcut);
    connect(action, &QAction::triggered, this, [this, index] { m_sidebar->setCurrentRow(index); });
    m_screenActions.append(action);
}

bool MainWindow::hasScreen(Screen screen) const
{
    return m_screens.contains(screen);
}

MainWindow::Screen MainWindow::currentScreen() const
{
    return m_screens.value(m_sidebar->currentRow(), Screen::Overview);
}

void MainWindow::showScreen(Screen screen)
{
    const qsizetype index = m_screens.indexOf(screen);
    if (index >= 0)
        m_sidebar->setCurrentRow(int(index));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Ledger File…"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    QAction *connectAction = file->addAction(tr("&Connect to PostgreSQL…"), this, [this] { connectToServer({}); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recent = file->addMenu(tr("Open &Recent"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    if (m_session.role() == Role::Admin && !m_session.isReadOnly()) {
        QAction *import = file->addAction(tr("Import &Earnings…"), this, &MainWindow::importEarnings);
        import->setObjectName(QStringLiteral("importEarnings"));
        file->addSeparator();
    }
    QAction *print = file->addAction(tr("&Print…"), this, [this] {
        if (auto *report = qobject_cast<ReportPage *>(m_pages->currentWidget()))
            report->printPreview();
    });
    print->setShortcut(QKeySequence::Print);
    print->setObjectName(QStringLiteral("print"));
    // Only a report prints; elsewhere the action says so instead of doing nothing.
    const auto updatePrint = [this, print] {
        const bool printable = qobject_cast<ReportPage *>(m_pages->currentWidget()) != nullptr;
        print->setEnabled(printable);
        print->setToolTip(printable ? tr("Print the report shown, after a preview.")
                                    : tr("Printing is for the report screens: Liability, Cohorts and Reconciliation."));
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, updatePrint);
    updatePrint();
    file->menuAction()->menu()->setToolTipsVisible(true);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        m_overview->refresh();
        if (m_holds)
            m_holds->refresh();
        if (m_wallet)
            m_wallet->refresh();
        if (m_webhooks)
            m_webhooks->refresh();
        if (m_sources)
            m_sources->refresh();  // another admin's orchardctl may have changed them
        for (ReportPage *page : {m_liability, m_cohorts, m_reconciliation})
            if (page && page->isVisible())
                page->run();  // "Now" moves on to the refresh's instant
    });
    refresh->setShortcut(QKeySequence::Refresh);
    // Find: the search field of the screen shown.
    QAction *find = view->addAction(tr("&Find"), this, [this] {
        QWidget *page = m_pages->currentWidget();
        for (const char *name : {"memberSearch", "transactionsMember", "auditAction"})
            if (auto *field = page->findChild<QLineEdit *>(QLatin1String(name))) {
                field->setFocus(Qt::ShortcutFocusReason);
                field->selectAll();
                return;
            }
    });
    find->setShortcut(QKeySequence::Find);
    const auto updateFind = [this, find] {
        QWidget *page = m_pages->currentWidget();
        bool searchable = false;
        for (const char *name : {"memberSearch", "transactionsMember", "auditAction"})
            searchable = searchable || (page && page->findChild<QLineEdit *>(QLatin1String(name)));
        find->setEnabled(searchable);
        find->setToolTip(searchable ? tr("Go to this screen's search field.") : tr("Find is for Transactions, Members and Audit."));
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, updateFind);
    updateFind();
    view->addSeparator();
    for (QAction *screen : std::as_const(m_screenActions))
        view->addAction(screen);
    view->setToolTipsVisible(true);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Orchard"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    // A tool button shows the action's text without its accelerator: "Refresh", not a translation's "(R)".
    refresh->setIconText(tr("Refresh"));
    toolbar->addAction(refresh);
}

void MainWindow::importEarnings()
{
    ImportEarningsWizard wizard(m_session, this);
    wizard.exec();
    if (wizard.imported())
        m_overview->refresh();
}

void MainWindow::openFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Open a ledger file"), QFileInfo(m_session.location().sqlitePath).path(),
                                                      tr("Orchard ledgers (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    LedgerLocation location;
    location.sqlitePath = path;
    Q_EMIT ledgerChosen(location, false);
}

void MainWindow::connectToServer(const LedgerLocation &initial)
{
    ConnectDialog dialog(*m_vault, initial, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT ledgerChosen(dialog.location(), dialog.rememberPassword());
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QList<LedgerLocation> recent = ConnectionHistory::recent();
    for (const LedgerLocation &location : recent) {
        m_recent->addAction(location.displayName(), this, [this, location] {
            if (location.engine == Engine::Postgres)
                connectToServer(location);  // the password comes from the keychain or is typed again
            else
                Q_EMIT ledgerChosen(location, false);
        });
    }
    m_recent->setEnabled(!recent.isEmpty());
    m_recent->menuAction()->setToolTip(recent.isEmpty() ? tr("No other ledger has been opened yet: each one opened appears here.")
                                                        : tr("The ledgers opened before, newest first."));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Orchard"),
                       tr("<h3>Orchard %1</h3><p>A points ledger and admin console for employee-rewards and bank loyalty "
                          "programmes.</p><p>Built with Qt %2 (LGPL v3) and QCoro (MIT); SQLite (public domain) and PostgreSQL "
                          "(PostgreSQL licence) through Qt SQL; QtKeychain (BSD 3-Clause).</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

}  // namespace orchard::ui
