#pragma once

#include "base/ledgertypes.h"
#include "money/moneytypes.h"
#include "settings/programmebook.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace orchard::ui {

// What an award is checked against, read when the dialog opens.
struct AwardContext
{
    QString memberId;
    QString memberName;
    Points memberAvailable = 0;
    ProgrammeSettings programme;
    FundingWalletView wallet;
    Points outstanding = 0;  // every member's available and held points
};

// Issue points to one member: the member named at the top, a positive amount within the
// programme's maximum per award and, in a prepaid programme, within what the funding wallet
// holds, a required reason, an optional expiry and reference. OK stays disabled, with the
// reason beside it, until the award is one the ledger would take.
class IssuePointsDialog : public QDialog
{
    Q_OBJECT

public:
    IssuePointsDialog(const AwardContext &context, qint64 nowMs, QWidget *parent = nullptr);

    QString problem() const;        // empty when the award may go ahead; else which field and why
    IssueRequest request() const;   // valid only when problem() is empty
    QString confirmation() const;   // the question asked before issuing: member, points, balance after, cover
    QLineEdit *pointsEdit() const { return m_points; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QCheckBox *expiryBox() const { return m_expires; }
    QDateEdit *expiryDate() const { return m_expiryDate; }
    QLabel *coverLabel() const { return m_cover; }
    QLabel *problemLabel() const { return m_problem; }

private:
    std::optional<Points> points(QString *problem) const;
    bool walletBacksAwards() const;
    QString money(qint64 minor) const;
    void update();

    AwardContext m_context;
    qint64 m_nowMs = 0;
    QLineEdit *m_points = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_reference = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_expiryDate = nullptr;
    QLabel *m_cover = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace orchard::ui
