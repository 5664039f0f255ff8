#pragma once

#include <QString>

#include <functional>

class QFileDialog;
class QWidget;

namespace orchard::ui {

// Every file dialog of the console. Closing any descriptor of a file this process holds open in
// SQLite drops SQLite's POSIX locks on it, and Qt's own dialog opens each file it lists to guess
// its type and icon from its content, the ledger's -wal and -shm among them: another process
// then resets the WAL under the console and the ledger is corrupted ("How To Corrupt An SQLite
// Database File", §2.2). So the console's dialogs are Qt's widget dialog with an icon provider
// that looks at names only, never at content, and never the platform's (GTK's chooser runs in
// this process and sniffs content too). A path that is a ledger or one of its -wal, -shm or
// -journal files is refused as a place to write.
class FileDialogs
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory = {});

    // Tests: called with each dialog instead of exec(); it accepts or rejects the dialog itself.
    using TestHook = std::function<void(QFileDialog &dialog)>;
    static void setTestHook(TestHook hook);
};

}  // namespace orchard::ui
