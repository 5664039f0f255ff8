#pragma once

#include "consolesession.h"

#include <QObject>
#include <QPointer>

namespace orchard::ui {

class MainWindow;
class PasswordVault;

// Opens a ledger in a console window and replaces the window when File ▸ Open, Connect or Open
// Recent chooses another: the new one is shown first, then the old one closes with its session.
// A ledger that cannot be opened leaves the current window as it was.
class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    // `localRole`: the role on SQLite ledgers; `clock` as ConsoleSession::open.
    explicit ConsoleLauncher(Role localRole, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    Result<bool> open(const LedgerLocation &location, bool rememberPassword = false);
    MainWindow *window() const { return m_window; }

private:
    void openChosen(const LedgerLocation &location, bool rememberPassword);

    Role m_localRole;
    const Clock *m_clock = nullptr;
    PasswordVault *m_vault = nullptr;
    QPointer<MainWindow> m_window;
};

}  // namespace orchard::ui
