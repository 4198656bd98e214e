// The sign-in window's view-model (issue 17 item 1, decision K11): sign in, register, verify the e-mail
// address, reset a forgotten password and the two-step sign-in's code step (C33, C34), over api::AuthApi and
// api::Session. It checks what the user typed before anything is sent (each problem a sentence with the field
// to focus), keeps the half-finished flows (the password to sign in with once the e-mail is verified, the
// pending second factor), reads the codes a development server or the app's own local server hands over
// (SEC1, the CodeMailbox) and decides what an error means (start over, send a new code, try again). The
// window shows pages, fields and the sentences.
#pragma once

#include "api/environment.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace tutorhub::api {
class ApiError;
class AppSettings;
class AuthApi;
class Session;
struct VerificationStart;
} // namespace tutorhub::api

namespace tutorhub::models::auth {

class SignIn : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinPasswordLength = 8; // D4

    enum class Field { None, Host, Name, Email, Password, Code, Resend };
    Q_ENUM(Field)
    struct Problem
    {
        Field field = Field::None;
        QString sentence; // empty: none
    };

    // Codes a server did not put in its answer (SEC1): the app installs this for the local server it started,
    // which writes each code as a message file. Called with the address and the purpose ("email-verification",
    // "password-reset", "email-2fa"); `code` empty when none could be read; `folder` empty when the chosen server
    // is not one the app started (the user then checks their e-mail).
    struct MailboxCode
    {
        QString code;
        QString folder;
    };
    using CodeMailbox = std::function<MailboxCode(const QString &email, const QString &purpose)>;

    SignIn(api::Session *session, api::AuthApi *auth, api::AppSettings *settings, QObject *parent = nullptr);

    void setCodeMailbox(CodeMailbox mailbox) { m_mailbox = std::move(mailbox); }

    // --- what the settings remember (never a token, decision A10) -------------------------------------------
    QString rememberedEnvironmentId() const;
    QUrl rememberedCustomHost() const;
    void rememberEnvironment(const api::Environment &environment);
    QString rememberedEmail() const;
    bool rememberMe() const;

    // --- the server ------------------------------------------------------------------------------------------
    // A sentence when the picked environment cannot be used (a custom address without https, none at all).
    static Problem environmentProblem(const api::Environment &environment);
    // Points the client at the resolved environment (with its host).
    void useEnvironment(const api::Environment &resolved);

    // --- checks before sending -------------------------------------------------------------------------------
    static bool looksLikeEmail(const QString &text);
    static Problem signInProblem(const QString &email, const QString &password);
    static Problem registerProblem(const QString &name, const QString &email, const QString &password);
    static Problem emailProblem(const QString &email);
    static Problem codeProblem(const QString &code);
    static Problem newPasswordProblem(const QString &password);

    // --- flows: each ends in its signal or in failed() ------------------------------------------------------
    void signIn(const QString &email, const QString &password, bool remember);
    bool isSigningIn() const { return m_signingIn; }
    void registerUser(const QString &name, const QString &email, const QString &password);
    void startVerification(const QString &email);
    void completeVerification(const QString &email, const QString &code);
    // Registered or stopped by an unverified address: once verified, the user is signed in with this password.
    QString pendingPassword() const { return m_pendingPassword; }
    void forgetPendingPassword() { m_pendingPassword.clear(); }
    void signInAfterVerification(const QString &email, bool remember);
    void startPasswordReset(const QString &email);
    void completePasswordReset(const QString &email, const QString &code, const QString &password);

    // --- two-step sign-in (C34) ------------------------------------------------------------------------------
    bool hasPendingSecondFactor() const;
    bool isMobileFactor() const { return m_mobileFactor; }
    void sendSecondFactorCode();
    void completeSecondFactor(const QString &code);
    void cancelSecondFactor(); // leaving the code step abandons the half-finished sign-in

signals:
    void failed(tutorhub::models::auth::SignIn::Field field, const QString &sentence);
    void signInFailed(const QString &sentence, bool needsVerification);
    void signedIn();
    void secondFactorRequired(bool mobile);
    void registered(const QString &email);
    // `code`: the code when it could be read (then the window fills it in), else `folder` may say where to look.
    void verificationCodeSent(const QString &email, const QString &code, const QString &folder);
    void verified(const QString &email);
    void resetCodeSent(const QString &email, const QString &code, const QString &folder);
    void passwordReset(const QString &email);
    // `destination`: the address (e-mail) or the phone number the code went to (may be empty for a phone).
    void secondFactorCodeSent(const QString &destination, const QString &code, const QString &folder);
    void secondFactorAccepted(); // the session finishes signing in: signedIn() or signInFailed() follow
    void secondFactorAbandoned(const QString &sentence); // start over at sign in

private:
    QString deliveredCode(const api::VerificationStart &start, const QString &email, const QString &purpose,
                          QString *folder) const;
    void failSecondFactor(const api::ApiError &error, bool starting);

    api::Session *m_session;
    api::AuthApi *m_auth;
    api::AppSettings *m_settings;
    CodeMailbox m_mailbox;
    bool m_signingIn = false;
    bool m_mobileFactor = false;
    QString m_lastPassword; // of the sign-in under way
    QString m_pendingPassword; // sign in automatically once the e-mail is verified
};

} // namespace tutorhub::models::auth
