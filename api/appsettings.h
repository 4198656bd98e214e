// The app's settings as one typed object (issue 17 item 2, decisions K50-K59): every value the client keeps between
// starts has a getter and a setter here, its on-disk key and its default in one place, and a change signal where a
// component reacts to it. It wraps a QSettings that only the composition root (app/) opens; tests give it one over a
// temporary file. It also carries the folders the app uses (data directory, the user's documents and downloads),
// which app/ fills: nothing else asks QStandardPaths (K52).
//
// The key names are those the app has always written (users' existing settings are read as they are); the table is
// in docs/decisions.md (K51). Never a secret here: the token lives in the TokenStore (decision 3, A10).
#pragma once

#include "environment.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;

namespace tutorhub::api {

class AppSettings : public QObject
{
    Q_OBJECT

public:
    // The on-disk keys (K51). Payments keys are per environment: stripeKey().
    struct Keys
    {
        static constexpr auto environment = "session/environment";
        static constexpr auto customHost = "session/customHost";
        static constexpr auto email = "session/email";
        static constexpr auto rememberMe = "session/rememberMe";
        static constexpr auto language = "ui/language";
        static constexpr auto theme = "ui/theme";
        static constexpr auto chatDockCollapsed = "layout/chatDockCollapsed";
        static constexpr auto chatDockWidth = "layout/chatDockWidth";
        static constexpr auto reminderLeadMinutes = "reminders/leadMinutes";
    };
    static constexpr int DefaultChatDockWidth = 300;
    static constexpr int DefaultReminderLeadMinutes = 15;

    // Where the app keeps and finds files; set by app/ (K52). Not stored.
    struct Folders
    {
        QString data; // --data-dir, else the platform's application data folder
        QString documents; // where file choosers start when the user opens a file
        QString downloads; // where save dialogs start
    };

    // Over `store` (not owned; may be null: defaults only, setters keep nothing).
    explicit AppSettings(QSettings *store, QObject *parent = nullptr);
    // Owns `store` (the app's).
    explicit AppSettings(std::unique_ptr<QSettings> store, QObject *parent = nullptr);
    ~AppSettings() override;

    const Folders &folders() const { return m_folders; }
    void setFolders(Folders folders) { m_folders = std::move(folders); }

    // The sign-in window's last choices (never a token).
    QString environmentId() const; // empty: none yet
    void setEnvironmentId(const QString &id);
    QUrl customHost() const; // the last custom server; invalid: none
    void setCustomHost(const QUrl &host);
    QString email() const;
    void setEmail(const QString &email);
    bool rememberMe() const; // default false
    void setRememberMe(bool remember);
    // Environment id, custom host (only for a custom one) in one step, as the sign-in does.
    void rememberEnvironment(const Environment &environment);

    // The language of the next start: a code ("de"), or empty for the system language (the key is removed).
    QString language() const;
    void setLanguage(const QString &code);
    // The appearance of the next start as saved ("light", "dark", "high-contrast"; null when none is saved);
    // empty: follow the system (the key is removed). ui::ThemeChooser::normalized() reads it.
    QString theme() const;
    void setTheme(const QString &choice);

    // The chat dock's rail (L5).
    bool chatDockCollapsed() const; // default false
    void setChatDockCollapsed(bool collapsed);
    int chatDockWidth() const; // default DefaultChatDockWidth
    void setChatDockWidth(int width);

    // Minutes before a lesson its reminder is due (0 = off); default DefaultReminderLeadMinutes.
    int reminderLeadMinutes() const;
    void setReminderLeadMinutes(int minutes);

    // Stripe for a non-local environment (C15), trimmed; empty when not set. `name`: "stripePublishableKey",
    // "stripeBaseUrl", "stripeReturnUrl".
    QString stripeValue(const Environment &environment, const QString &name) const;
    // "payments/<environment key>/<name>" ('/' in the environment key becomes '_').
    static QString stripeKey(const Environment &environment, const QString &name);

    // Writes pending changes to disk now (the next start reads them in another QSettings).
    void sync();

signals:
    void languageChanged(const QString &code);
    void themeChanged(const QString &choice);
    void reminderLeadMinutesChanged(int minutes);

private:
    QVariant value(const char *key, const QVariant &fallback = {}) const;
    void setValue(const char *key, const QVariant &value);
    void remove(const char *key);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_store;
    Folders m_folders;
};

} // namespace tutorhub::api
