#include "prompter.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace tutorhub::ui {

using Kind = Question::Kind;

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel,
                       bool destructive)
{
    Question q;
    q.kind = Kind::Confirm;
    q.title = title;
    q.text = text;
    q.acceptLabel = acceptLabel;
    q.destructive = destructive;
    return confirm(parent, q);
}

std::optional<QString> Prompter::text(QWidget *parent, const QString &title, const QString &label,
                                      const QString &initial, bool multiLine)
{
    Question q;
    q.kind = multiLine ? Kind::MultiLineText : Kind::Text;
    q.title = title;
    q.text = label;
    q.initial = initial;
    return ask(parent, q);
}

std::optional<int> Prompter::number(QWidget *parent, const QString &title, const QString &label, int value, int minimum,
                                    int maximum)
{
    Question q;
    q.kind = Kind::Number;
    q.title = title;
    q.text = label;
    q.value = value;
    q.minimum = minimum;
    q.maximum = maximum;
    const std::optional<QString> answer = ask(parent, q);
    if (!answer)
        return std::nullopt;
    bool ok = false;
    const int n = answer->toInt(&ok);
    if (!ok || n < minimum || n > maximum)
        return std::nullopt;
    return n;
}

std::optional<QString> Prompter::choice(QWidget *parent, const QString &title, const QString &label,
                                        const QStringList &choices)
{
    Question q;
    q.kind = Kind::Choice;
    q.title = title;
    q.text = label;
    q.choices = choices;
    const std::optional<QString> answer = ask(parent, q);
    if (!answer || !choices.contains(*answer))
        return std::nullopt;
    return answer;
}

QString Prompter::openFile(QWidget *parent, const QString &title, const QString &start, const QString &filter)
{
    Question q;
    q.kind = Kind::OpenFile;
    q.title = title;
    q.initial = start;
    q.filter = filter;
    const QStringList chosen = files(parent, q);
    return chosen.isEmpty() ? QString() : chosen.first();
}

QStringList Prompter::openFiles(QWidget *parent, const QString &title, const QString &start, const QString &filter)
{
    Question q;
    q.kind = Kind::OpenFiles;
    q.title = title;
    q.initial = start;
    q.filter = filter;
    return files(parent, q);
}

QString Prompter::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    Question q;
    q.kind = Kind::SaveFile;
    q.title = title;
    q.initial = suggested;
    q.filter = filter;
    const QStringList chosen = files(parent, q);
    return chosen.isEmpty() ? QString() : chosen.first();
}

// --- WidgetPrompter ---

bool WidgetPrompter::confirm(QWidget *parent, const Question &question)
{
    QMessageBox box(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
    box.setWindowModality(Qt::WindowModal);
    QPushButton *yes = question.acceptLabel.isEmpty() ? box.addButton(QMessageBox::Yes)
                                                      : box.addButton(question.acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(question.destructive ? cancel : yes);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void WidgetPrompter::inform(QWidget *parent, const Question &question)
{
    QMessageBox box(QMessageBox::Information, question.title, question.text, QMessageBox::Ok, parent);
    box.setWindowModality(Qt::WindowModal);
    box.exec();
}

std::optional<QString> WidgetPrompter::ask(QWidget *parent, const Question &question)
{
    bool ok = false;
    QString answer;
    switch (question.kind) {
    case Kind::Text:
        answer = QInputDialog::getText(parent, question.title, question.text, QLineEdit::Normal, question.initial, &ok);
        break;
    case Kind::MultiLineText:
        answer = QInputDialog::getMultiLineText(parent, question.title, question.text, question.initial, &ok);
        break;
    case Kind::Number:
        answer = QString::number(QInputDialog::getInt(parent, question.title, question.text, question.value,
                                                      question.minimum, question.maximum, 1, &ok));
        break;
    case Kind::Choice:
        answer = QInputDialog::getItem(parent, question.title, question.text, question.choices, 0, false, &ok);
        break;
    default:
        return std::nullopt;
    }
    if (!ok)
        return std::nullopt;
    return answer;
}

QStringList WidgetPrompter::files(QWidget *parent, const Question &question)
{
    switch (question.kind) {
    case Kind::OpenFile: {
        const QString f = QFileDialog::getOpenFileName(parent, question.title, question.initial, question.filter);
        return f.isEmpty() ? QStringList() : QStringList {f};
    }
    case Kind::OpenFiles:
        return QFileDialog::getOpenFileNames(parent, question.title, question.initial, question.filter);
    case Kind::SaveFile: {
        const QString f = QFileDialog::getSaveFileName(parent, question.title, question.initial, question.filter);
        return f.isEmpty() ? QStringList() : QStringList {f};
    }
    default:
        return {};
    }
}

int WidgetPrompter::exec(QDialog *dialog)
{
    return dialog->exec();
}

void WidgetPrompter::openDialog(QDialog *dialog)
{
    dialog->open();
}

void openDialog(Prompter *prompter, QDialog *dialog)
{
    if (prompter)
        prompter->openDialog(dialog);
    else
        dialog->open();
}

// --- ScriptedPrompter ---

std::optional<ScriptedPrompter::Answer> ScriptedPrompter::next(const Question &question)
{
    m_asked.append(question);
    if (m_answers.isEmpty()) {
        ++m_unanswered;
        return std::nullopt;
    }
    return m_answers.takeFirst();
}

bool ScriptedPrompter::confirm(QWidget *, const Question &question)
{
    const auto a = next(question);
    return a && a->value.toBool();
}

void ScriptedPrompter::inform(QWidget *, const Question &question)
{
    next(question);
}

std::optional<QString> ScriptedPrompter::ask(QWidget *, const Question &question)
{
    const auto a = next(question);
    if (!a || !a->value.isValid() || a->value.isNull())
        return std::nullopt;
    return a->value.toString();
}

QStringList ScriptedPrompter::files(QWidget *, const Question &question)
{
    const auto a = next(question);
    if (!a || !a->value.isValid())
        return {};
    return a->value.typeId() == QMetaType::QStringList ? a->value.toStringList() : QStringList {a->value.toString()};
}

int ScriptedPrompter::exec(QDialog *dialog)
{
    Question q;
    q.kind = Kind::Dialog;
    q.title = dialog->windowTitle();
    const auto a = next(q);
    if (!a)
        return QDialog::Rejected;
    if (a->dialog)
        return a->dialog(dialog);
    return a->value.toInt();
}

void ScriptedPrompter::openDialog(QDialog *dialog)
{
    Question q;
    q.kind = Kind::Dialog;
    q.title = dialog->windowTitle();
    // A dialog answer queued for it: the answer fills the dialog in (as for exec), nothing is shown.
    if (!m_answers.isEmpty() && m_answers.first().dialog) {
        m_asked.append(q);
        const Answer a = m_answers.takeFirst();
        a.dialog(dialog);
        return;
    }
    m_opened.append(q);
    dialog->open();
}

} // namespace tutorhub::ui
