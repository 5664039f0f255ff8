#include "consolelauncher.h"
#include "ledgerwords.h"

#include "connectionhistory.h"
#include "mainwindow.h"
#include "passwordvault.h"

#include <QMessageBox>
#include <QStatusBar>

namespace orchard::ui {

ConsoleLauncher::ConsoleLauncher(Role localRole, const Clock *clock, QObject *parent)
    : QObject(parent), m_localRole(localRole), m_clock(clock), m_vault(new PasswordVault(this))
{
}

ConsoleLauncher::~ConsoleLauncher()
{
    delete m_window;
}

Result<bool> ConsoleLauncher::open(const LedgerLocation &location, bool rememberPassword)
{
    Result<std::unique_ptr<ConsoleSession>> session = ConsoleSession::open(location, m_localRole, m_clock);
    if (!session)
        return session.error();
    if (m_window)
        m_window->saveWindowState();
    auto *window = new MainWindow(*session.value(), m_vault);
    window->setAttribute(Qt::WA_DeleteOnClose);
    session.value().release()->setParent(window);  // children go after the screens that use it
    connect(window, &MainWindow::ledgerChosen, this, &ConsoleLauncher::openChosen);
    window->show();  // before the old one closes, so the application does not quit in between
    if (m_window)
        m_window->close();
    m_window = window;

    ConnectionHistory::remember(location);
    if (rememberPassword && !location.password.isEmpty()) {
        m_vault->store(location, location.password, [window = QPointer<MainWindow>(window)](const QString &error) {
            if (window && !error.isEmpty())
                window->statusBar()->showMessage(tr("The password was not stored in the keychain: %1").arg(error), 10'000);
        });
    }
    return true;
}

void ConsoleLauncher::openChosen(const LedgerLocation &location, bool rememberPassword)
{
    const Result<bool> opened = open(location, rememberPassword);
    if (!opened)
        QMessageBox::warning(m_window, tr("Orchard"), tr("Cannot open %1:\n%2").arg(location.displayName(), LedgerWords::error(opened.error())));
}

}  // namespace orchard::ui
