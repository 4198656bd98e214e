// The student's screening proposal (issue 15 item 1; U20-U22): one to three candidate times, entered in the
// student's display zone, all in the future. Without the proposals extension (--contract strict) it asks for
// the one documented date. The dialog only collects and checks; the pack page sends the requests.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

namespace tutorhub::ui {
class MessageBanner;
}

namespace tutorhub::ui::student {

class ScreeningTimesDialog : public QDialog
{
    Q_OBJECT

public:
    // `maxTimes`: 3 with the extension, 1 without; `intro`: what the times are for (first request or answer).
    ScreeningTimesDialog(int maxTimes, const QString &intro, QWidget *parent = nullptr);

    // The chosen times in UTC (the first row always, the others when ticked).
    QList<QDateTime> times() const;
    // For tests and screenshots: fills the rows (UTC) and ticks the extra ones.
    void setTimes(const QList<QDateTime> &timesUtc);
    QString errorText() const;
    void accept() override; // refuses (with a sentence) when the times cannot be proposed

private:
    int m_maxTimes;
    QList<QDateTimeEdit *> m_edits;
    QList<QCheckBox *> m_use; // m_use[i] for row i + 1
    MessageBanner *m_banner;
};

} // namespace tutorhub::ui::student
