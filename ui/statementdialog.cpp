#include "statementdialog.h"
#include "ledgerwords.h"

#include "consolesession.h"
#include "filedialogs.h"
#include "reportpage.h"
#include "reportpdf.h"
#include "reports/reportformat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace orchard::ui {

namespace {

qint64 midnightUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

}  // namespace

StatementDialog::StatementDialog(ConsoleSession &session, const QString &memberId, QWidget *parent)
    : QDialog(parent), m_session(session), m_memberId(memberId)
{
    setWindowTitle(tr("Statement for %1").arg(memberId));
    // The quarter so far, up to and including today.
    const QDate today = QDateTime::fromMSecsSinceEpoch(session.clock().nowMs(), QTimeZone::utc()).date();
    m_from = new QDateEdit(QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), this);
    m_to = new QDateEdit(today.addDays(1), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From (inclusive, UTC)"));
    m_to->setAccessibleName(tr("To (exclusive, UTC)"));
    auto *previewButton = new QPushButton(tr("&Preview"), this);
    m_preview = new QStandardItemModel(this);
    auto *view = new QTableView(this);
    m_view = view;
    view->setModel(m_preview);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(tr("Statement lines"));
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_pdf = new QPushButton(tr("Save &PDF…"), this);
    m_csv = new QPushButton(tr("Save &CSV…"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to (exclusive)"), this));
    period->addWidget(m_to);
    period->addWidget(previewButton);
    period->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_csv);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(view, 1);
    layout->addWidget(m_notes);
    layout->addLayout(buttons);
    connect(previewButton, &QPushButton::clicked, this, &StatementDialog::runPreview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(m_csv, &QPushButton::clicked, this, [this] { save(QStringLiteral("csv")); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(960, 560);
    runPreview();
}

void StatementDialog::setPeriod(qint64 fromMs, qint64 toMs)
{
    m_from->setDate(QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()).date());
    m_to->setDate(QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()).date());
    runPreview();
}

void StatementDialog::runPreview()
{
    m_pdf->setEnabled(false);
    m_csv->setEnabled(false);
    const int preview = ++m_previews;
    m_session.service()
        .statement(m_memberId, midnightUtc(m_from->date()), midnightUtc(m_to->date()))
        .then(this, [this, preview](const Result<Report> &made) {
            if (preview != m_previews)
                return;
            if (!made) {
                m_statement.reset();
                m_preview->clear();
                m_notes->setText(LedgerWords::error(made.error()));
                Q_EMIT previewed(false);
                return;
            }
            m_statement = made.value();
            ReportPage::fill(m_preview, made.value().table);
            m_view->resizeColumnsToContents();
            m_notes->setText(made.value().notes.join(QLatin1Char('\n')));
            m_pdf->setEnabled(true);
            m_csv->setEnabled(true);
            Q_EMIT previewed(true);
        });
}

Result<bool> StatementDialog::saveTo(const QString &path) const
{
    if (!m_statement)
        return LedgerError::invalidArgument(QStringLiteral("statement"), tr("there is no statement to save yet"));
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        const Result<QByteArray> drawn = reportpdf::render(*m_statement);
        if (!drawn)
            return drawn.error();
        bytes = drawn.value();
    } else {
        bytes = reportformat::csv(*m_statement);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return LedgerError::invalidArgument(QStringLiteral("output"), tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

void StatementDialog::save(const QString &suffix)
{
    const QString path = FileDialogs::saveFileName(this, tr("Save the statement"),
                                                   QStringLiteral("statement-%1.%2").arg(m_memberId, suffix),
                                                   suffix == QLatin1String("pdf") ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Result<bool> saved = saveTo(path); !saved)
        m_notes->setText(LedgerWords::error(saved.error()));
}

}  // namespace orchard::ui
