// Contract tests of the auth service (API.md §2, decisions D2-D14): every route and its documented
// errors. One server per run; destructive cases (ban, archive, role and password changes) use fresh
// registered accounts. The slots are implemented in tst_contract_auth*.cpp by area.
#pragma once

#include "contractchecks.h"

#include <QObject>

class TstContractAuth : public QObject
{
    Q_OBJECT

public:
    struct Account
    {
        QString id, email, password, fullname, token, sessionId;
    };

private slots:
    void initTestCase();
    void cleanupTestCase();

    // Session routes (tst_contract_auth.cpp)
    void loginWithUsername();
    void loginWithEmailField();
    void loginBadCredentials();
    void loginMissingFields();
    void loginUnverifiedEmail();
    void loginSuspendedAndBanned();
    void logout();
    void relogin();
    void reloginRefusedForBannedUser();
    void currentUser();
    void permissions();
    void registerUser();
    void registerDuplicate();
    void registerInvalidInput();

    // Business APIs (tst_contract_auth_users.cpp)
    void getUserAccess();
    void updateUserAdminOnly();
    void updateProfileOwnOnly();
    void createUserAdminOnly();
    void deleteUserIsSoft();
    void archiveProfile();
    void listUsersAdminOnly();
    void searchUsers();
    void updateUserRoleRules();
    void updateUserPassword();
    void updateUserPasswordByAdmin();
    void getBriefUserIsPublic();
    void streamTestAdminOnly();
    void applyAsTutor();
    void reviewTutorApplicationApprove();
    void reviewApprovalCreatesTutorProfile();
    void reviewTutorApplicationReject();
    void reviewTutorApplicationInvalid();

    // Avatar bucket (tst_contract_auth_avatars.cpp)
    void avatarUploadAndDownload();
    void avatarGetAndList();
    void avatarDelete();
    void avatarRefused();
    void defaultAvatarServed();

    // Verification services (tst_contract_auth_verification.cpp)
    void emailVerification();
    void emailVerificationErrors();
    void passwordReset();
    void passwordResetUnknownEmail();
    void mobileRoutesNotSupported_data();
    void mobileRoutesNotSupported();
    void email2fa();
    void email2faErrors();

    void serverOutput(); // keep last: stops the server and checks its stdout/stderr

private:
    // Helpers (tst_contract_auth.cpp). Those that verify use QVERIFY: wrap calls in CALL(...).
    QString freshEmail(const QString &tag);
    void registerAccount(Account &out, const QString &tag);
    void verifyEmail(const Account &account);
    void signIn(Account &account);
    void freshUser(Account &out, const QString &tag);
    void freshAdmin(Account &out, const QString &tag);
    void demoLogin(Account &out, const char *email);
    void setAccountStatus(const Account &account, const QString &status);
    QJsonObject fetchUser(const QString &id);

    static QString users(const QString &id = {});
    static QString route(const QString &path);

    contract::Server m_server;
    Account m_super;
    Account m_maria;
    Account m_lena;
    Account m_tom;
    int m_counter = 0;
};
