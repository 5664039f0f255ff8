#include "filedialogs.h"

#include "store/ledgerfile.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStyle>

namespace orchard::ui {

namespace {

// Icons and type names from the file's name alone: QAbstractFileIconProvider's own guess reads
// the file's first bytes through QMimeDatabase.
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QAbstractFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        return QApplication::style()->standardIcon(info.isDir() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileDialog::tr("Folder");
        return info.suffix().isEmpty() ? QFileDialog::tr("File") : QFileDialog::tr("%1 file").arg(info.suffix().toUpper());
    }
};

NameOnlyIconProvider &iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

FileDialogs::TestHook &testHook()
{
    static FileDialogs::TestHook hook;
    return hook;
}

QString run(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&iconProvider());
    if (testHook())
        testHook()(dialog);
    else
        dialog.exec();
    if (dialog.result() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

}  // namespace

void FileDialogs::setTestHook(TestHook hook)
{
    testHook() = std::move(hook);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    QFileDialog dialog(parent, caption, suggestedName, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    const QString path = run(dialog);
    if (!path.isEmpty() && LedgerFile::isLedgerOrSidecar(path)) {
        QMessageBox::warning(parent, caption,
                             QFileDialog::tr("%1 is a ledger file (or one of SQLite's files beside a ledger). "
                                             "Nothing was written; choose another name.")
                                 .arg(path));
        return {};
    }
    return path;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    QFileDialog dialog(parent, caption, directory);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog);
}

}  // namespace orchard::ui
