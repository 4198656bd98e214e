// The one seam for every modal question a page asks (issue 17, decision K2): confirmations, a line or a
// paragraph of text, a number, a choice, files to open or a file to save, and the workspace's own dialogs.
// Pages and docks reach it through WorkspaceContext::prompter; the app uses WidgetPrompter (Qt's standard
// dialogs), tests and the screenshot script install a ScriptedPrompter that answers without showing anything
// and records what was asked, so no test waits on a timer to find and click a dialog (KeePassXC's
// MessageBox::setNextAnswer, passed in instead of global).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace tutorhub::ui {

// What is asked. Every field is text the user reads (already translated) except `kind`.
struct Question
{
    enum class Kind { Confirm, Inform, Text, MultiLineText, Number, Choice, OpenFile, OpenFiles, SaveFile, Dialog };
    Kind kind = Kind::Confirm;
    QString title;
    QString text; // the question or the label above the input
    QString acceptLabel; // Confirm: the button that says yes ("Delete course pack"); empty: "Yes"
    bool destructive = false; // Confirm: the safe answer (Cancel) is the default button
    QString initial; // Text/MultiLineText: prefilled; OpenFile(s)/SaveFile: start directory or file
    QString filter; // OpenFile(s)/SaveFile: "Images (*.png *.jpg)"
    QStringList choices; // Choice
    int value = 0, minimum = 0, maximum = 0; // Number
};

class Prompter
{
public:
    virtual ~Prompter() = default;

    // True when the user accepted.
    virtual bool confirm(QWidget *parent, const Question &question) = 0;
    // A message the user acknowledges (an error nothing on the page can show).
    virtual void inform(QWidget *parent, const Question &question) = 0;
    // Text, MultiLineText, Choice: the text; Number: the number as text; nothing when cancelled.
    virtual std::optional<QString> ask(QWidget *parent, const Question &question) = 0;
    // OpenFile / SaveFile: one path; OpenFiles: several; empty when cancelled.
    virtual QStringList files(QWidget *parent, const Question &question) = 0;
    // A workspace dialog (booking, moderation, ...): returns QDialog::Accepted or Rejected. The dialog is shown
    // modally by WidgetPrompter; ScriptedPrompter hands it to the test's answer, which fills it in.
    virtual int exec(QDialog *dialog) = 0;
    // A workspace form that runs its own command and stays open until the server accepted it (the tutor's pack,
    // material and lesson dialogs): opened window-modal and not waited for (K24); the caller keeps the dialog and
    // listens to its signals. WidgetPrompter and ScriptedPrompter both open it (tests fill it through the pointer
    // the page returns); ScriptedPrompter also records it in opened(), or, when the next queued answer is a dialog
    // answer (answerDialog), hands the dialog to it instead of showing it and records it in asked().
    virtual void openDialog(QDialog *dialog) = 0;

    // Shorthands for the common cases.
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel = {},
                 bool destructive = false);
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                const QString &initial = {}, bool multiLine = false);
    std::optional<int> number(QWidget *parent, const QString &title, const QString &label, int value, int minimum,
                              int maximum);
    std::optional<QString> choice(QWidget *parent, const QString &title, const QString &label,
                                  const QStringList &choices);
    QString openFile(QWidget *parent, const QString &title, const QString &start = {}, const QString &filter = {});
    QStringList openFiles(QWidget *parent, const QString &title, const QString &start = {}, const QString &filter = {});
    QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter = {});
};

// Opens a workspace form through `prompter` (Prompter::openDialog), or window-modal with Qt's own when the page has
// none (a page shown outside a MainWindow). Pages never call QDialog::open()/exec() themselves (K70, ctest `layers`).
void openDialog(Prompter *prompter, QDialog *dialog);

// Qt's standard dialogs (QMessageBox, QInputDialog, QFileDialog), window-modal to `parent`.
class WidgetPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const Question &question) override;
    void inform(QWidget *parent, const Question &question) override;
    std::optional<QString> ask(QWidget *parent, const Question &question) override;
    QStringList files(QWidget *parent, const Question &question) override;
    int exec(QDialog *dialog) override;
    void openDialog(QDialog *dialog) override;
    using Prompter::confirm;
};

// Answers from a queue, in order, and records every question. An answer is a QVariant (bool for Confirm, a
// string for Text/Choice, an int for Number, a string or string list for files, an int for Dialog, ignored for
// Inform) or a function of the question (and, for Dialog, of the dialog, which it may fill in). A question with
// no answer left is cancelled and counted in unanswered(), so a test that forgot one fails on its assertions.
class ScriptedPrompter : public Prompter
{
public:
    using DialogAnswer = std::function<int(QDialog *dialog)>;

    void answer(const QVariant &value) { m_answers.append({value, {}}); }
    void answerDialog(DialogAnswer fill) { m_answers.append({{}, std::move(fill)}); }

    const QList<Question> &asked() const { return m_asked; }
    int pending() const { return int(m_answers.size()); }
    int unanswered() const { return m_unanswered; }
    // The forms opened through openDialog() (kind Dialog, the window title), in order; they take no answer.
    const QList<Question> &opened() const { return m_opened; }

    bool confirm(QWidget *parent, const Question &question) override;
    void inform(QWidget *parent, const Question &question) override;
    std::optional<QString> ask(QWidget *parent, const Question &question) override;
    QStringList files(QWidget *parent, const Question &question) override;
    int exec(QDialog *dialog) override;
    void openDialog(QDialog *dialog) override;
    using Prompter::confirm;

private:
    struct Answer
    {
        QVariant value;
        DialogAnswer dialog;
    };
    std::optional<Answer> next(const Question &question);

    QList<Answer> m_answers;
    QList<Question> m_asked;
    QList<Question> m_opened;
    int m_unanswered = 0;
};

} // namespace tutorhub::ui
