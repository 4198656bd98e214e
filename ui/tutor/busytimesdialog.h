// "Import busy times…" of the Availability page (issue 15 item 3; decisions U3-U7): the tutor picks an .ics
// file and a range of dates; the dialog shows what libical read (models/tutor/busytimes.h) in the tutor's
// zone, marks what was imported before, and only on "Import" stores the new busy times
// (models/tutor/busytimestore.h). Each row then says whether it was stored or why not; the dialog stays
// open when a row failed, so nothing fails silently.
#pragma once

#include "models/tutor/busytimes.h"

#include <QDialog>
#include <QList>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tutorhub::models::tutor {
class TutorCommands;
}

namespace tutorhub::ui {
class MessageBanner;
class Prompter;
} // namespace tutorhub::ui

namespace tutorhub::ui::tutor {

class BusyTimesImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `commands` reach the busy-time store (server or data directory); `prompter` asks for the file (K2).
    BusyTimesImportDialog(models::tutor::TutorCommands *commands, Prompter *prompter, const QString &dataDirectory,
                          const QString &tutorProfileId, QWidget *parent);

    // Where the file chooser starts (the user's documents folder from the app's settings, K52); empty: Qt's choice.
    void setStartFolder(const QString &folder) { m_startFolder = folder; }

    // Reads `path` for the chosen dates and shows the preview (tests and the file chooser call it).
    void setFile(const QString &path);
    void setRange(const QDate &from, const QDate &to);
    // Stores the previewed busy times that are new.
    void importBusyTimes();

    QTreeWidget *preview() const { return m_preview; }
    QString errorText() const;
    QString summaryText() const;
    QPushButton *importButton() const { return m_import; }
    const QList<models::tutor::BusyTime> &toImport() const { return m_new; }

signals:
    // Busy times were stored (count > 0): the page shows them.
    void imported(int count);

private:
    void chooseFile();
    void reread();
    void showPreview(const QList<models::tutor::BusyTime> &existing);

    models::tutor::TutorCommands *m_commands;
    Prompter *m_prompter;
    QString m_dataDirectory;
    QString m_startFolder;
    QString m_tutorProfileId;
    QString m_path;
    models::tutor::BusyImport m_read;
    QList<models::tutor::BusyTime> m_new;
    MessageBanner *m_banner;
    QLineEdit *m_file;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTreeWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_import;
    bool m_busy = false;
};

} // namespace tutorhub::ui::tutor
