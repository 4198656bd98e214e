// api::AppSettings (issue 17 item 2, K50-K53): the defaults, a round trip through the file, the key names the app
// has always written (a settings file of an older version is read as it is), and the change signals.
#include "api/appsettings.h"
#include "api/environment.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tutorhub::api;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshFile() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaults()
    {
        QSettings store(freshFile(), QSettings::IniFormat);
        const AppSettings s(&store);
        QVERIFY(s.environmentId().isEmpty());
        QVERIFY(!s.customHost().isValid());
        QVERIFY(s.email().isEmpty());
        QCOMPARE(s.rememberMe(), false);
        QVERIFY(s.language().isEmpty());
        QVERIFY(s.theme().isNull()); // none saved: the appearance follows the system
        QCOMPARE(s.chatDockCollapsed(), false);
        QCOMPARE(s.chatDockWidth(), AppSettings::DefaultChatDockWidth);
        QCOMPARE(s.chatDockWidth(), 300);
        QCOMPARE(s.reminderLeadMinutes(), AppSettings::DefaultReminderLeadMinutes);
        QCOMPARE(s.reminderLeadMinutes(), 15);
        const Environment production = Environment::fromId(QStringLiteral("production"));
        QVERIFY(s.stripeValue(production, QStringLiteral("stripePublishableKey")).isEmpty());

        // Without a store (a component built alone): the same defaults, and setters keep nothing.
        AppSettings none(static_cast<QSettings *>(nullptr));
        none.setChatDockWidth(500);
        none.setEmail(QStringLiteral("x@example.org"));
        QCOMPARE(none.chatDockWidth(), 300);
        QVERIFY(none.email().isEmpty());

        // A value of the wrong type falls back to the default instead of 0.
        store.setValue(QStringLiteral("layout/chatDockWidth"), QStringLiteral("wide"));
        store.setValue(QStringLiteral("reminders/leadMinutes"), QStringLiteral("soon"));
        QCOMPARE(s.chatDockWidth(), 300);
        QCOMPARE(s.reminderLeadMinutes(), 15);
    }

    // Every value written through the setters is read back by a new object over the same file (the next start).
    void roundTrip()
    {
        const QString file = freshFile();
        const Environment custom = Environment::custom(QUrl(QStringLiteral("https://tutorhub.example.org")));
        {
            AppSettings s(std::make_unique<QSettings>(file, QSettings::IniFormat));
            s.rememberEnvironment(custom);
            s.setEmail(QStringLiteral("lena@example.org"));
            s.setRememberMe(true);
            s.setLanguage(QStringLiteral("de"));
            s.setTheme(QStringLiteral("dark"));
            s.setChatDockCollapsed(true);
            s.setChatDockWidth(420);
            s.setReminderLeadMinutes(30);
            s.sync();
        }
        AppSettings again(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(again.environmentId(), custom.id);
        QCOMPARE(again.customHost(), QUrl(QStringLiteral("https://tutorhub.example.org")));
        QCOMPARE(again.email(), QStringLiteral("lena@example.org"));
        QCOMPARE(again.rememberMe(), true);
        QCOMPARE(again.language(), QStringLiteral("de"));
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QCOMPARE(again.chatDockCollapsed(), true);
        QCOMPARE(again.chatDockWidth(), 420);
        QCOMPARE(again.reminderLeadMinutes(), 30);

        // The system language and appearance remove their keys (absent = follow the system).
        again.setLanguage(QString());
        again.setTheme(QString());
        QVERIFY(again.language().isEmpty());
        QVERIFY(again.theme().isNull());
        QSettings raw(file, QSettings::IniFormat);
        QVERIFY(!raw.contains(QStringLiteral("ui/language")));
        QVERIFY(!raw.contains(QStringLiteral("ui/theme")));

        // A non-custom environment leaves the last custom host as it was (the picker offers it again).
        again.rememberEnvironment(Environment::fromId(QStringLiteral("staging")));
        QCOMPARE(again.environmentId(), QStringLiteral("staging"));
        QCOMPARE(again.customHost(), QUrl(QStringLiteral("https://tutorhub.example.org")));
    }

    // A settings file as the versions before AppSettings wrote it: the same keys, spelled out here on purpose.
    void oldKeyNamesAreRead()
    {
        const QString file = freshFile();
        {
            QSettings old(file, QSettings::IniFormat);
            old.setValue(QStringLiteral("session/environment"), QStringLiteral("custom"));
            old.setValue(QStringLiteral("session/customHost"), QStringLiteral("https://school.example.org"));
            old.setValue(QStringLiteral("session/email"), QStringLiteral("aiko@example.org"));
            old.setValue(QStringLiteral("session/rememberMe"), true);
            old.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
            old.setValue(QStringLiteral("ui/theme"), QStringLiteral("high-contrast"));
            old.setValue(QStringLiteral("layout/chatDockCollapsed"), true);
            old.setValue(QStringLiteral("layout/chatDockWidth"), 377);
            old.setValue(QStringLiteral("reminders/leadMinutes"), 60);
            old.setValue(QStringLiteral("payments/production/stripePublishableKey"), QStringLiteral(" pk_live_abc "));
            old.setValue(QStringLiteral("payments/production/stripeBaseUrl"), QStringLiteral("https://stripe.example"));
        }
        AppSettings s(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(s.environmentId(), QStringLiteral("custom"));
        QCOMPARE(s.customHost(), QUrl(QStringLiteral("https://school.example.org")));
        QCOMPARE(s.email(), QStringLiteral("aiko@example.org"));
        QCOMPARE(s.rememberMe(), true);
        QCOMPARE(s.language(), QStringLiteral("fr"));
        QCOMPARE(s.theme(), QStringLiteral("high-contrast"));
        QCOMPARE(s.chatDockCollapsed(), true);
        QCOMPARE(s.chatDockWidth(), 377);
        QCOMPARE(s.reminderLeadMinutes(), 60);
        const Environment production = Environment::fromId(QStringLiteral("production"));
        QCOMPARE(s.stripeValue(production, QStringLiteral("stripePublishableKey")), QStringLiteral("pk_live_abc"));
        QCOMPARE(s.stripeValue(production, QStringLiteral("stripeBaseUrl")), QStringLiteral("https://stripe.example"));
        QVERIFY(s.stripeValue(production, QStringLiteral("stripeReturnUrl")).isEmpty());

        // The keys are public under the same names.
        QCOMPARE(QLatin1String(AppSettings::Keys::environment), QLatin1String("session/environment"));
        QCOMPARE(QLatin1String(AppSettings::Keys::customHost), QLatin1String("session/customHost"));
        QCOMPARE(QLatin1String(AppSettings::Keys::email), QLatin1String("session/email"));
        QCOMPARE(QLatin1String(AppSettings::Keys::rememberMe), QLatin1String("session/rememberMe"));
        QCOMPARE(QLatin1String(AppSettings::Keys::language), QLatin1String("ui/language"));
        QCOMPARE(QLatin1String(AppSettings::Keys::theme), QLatin1String("ui/theme"));
        QCOMPARE(QLatin1String(AppSettings::Keys::chatDockCollapsed), QLatin1String("layout/chatDockCollapsed"));
        QCOMPARE(QLatin1String(AppSettings::Keys::chatDockWidth), QLatin1String("layout/chatDockWidth"));
        QCOMPARE(QLatin1String(AppSettings::Keys::reminderLeadMinutes), QLatin1String("reminders/leadMinutes"));
        QCOMPARE(AppSettings::stripeKey(production, QStringLiteral("stripeBaseUrl")),
                 QStringLiteral("payments/production/stripeBaseUrl"));
        // A custom environment's key has no '/' inside its part (QSettings would nest it).
        const Environment custom = Environment::custom(QUrl(QStringLiteral("https://school.example.org/api")));
        const QString key = AppSettings::stripeKey(custom, QStringLiteral("stripePublishableKey"));
        QVERIFY2(key.startsWith(QStringLiteral("payments/custom:https:__school.example.org_api/")), qPrintable(key));
    }

    // The signals fire once per real change, not for a value written again.
    void changeSignals()
    {
        QSettings store(freshFile(), QSettings::IniFormat);
        AppSettings s(&store);
        QSignalSpy theme(&s, &AppSettings::themeChanged);
        QSignalSpy language(&s, &AppSettings::languageChanged);
        QSignalSpy lead(&s, &AppSettings::reminderLeadMinutesChanged);

        s.setTheme(QStringLiteral("light"));
        s.setTheme(QStringLiteral("light"));
        QCOMPARE(theme.count(), 1);
        QCOMPARE(theme.at(0).at(0).toString(), QStringLiteral("light"));
        s.setTheme(QString());
        QCOMPARE(theme.count(), 2);
        QVERIFY(theme.at(1).at(0).toString().isEmpty());
        s.setTheme(QString()); // already following the system
        QCOMPARE(theme.count(), 2);

        s.setLanguage(QStringLiteral("es"));
        s.setLanguage(QStringLiteral("es"));
        s.setLanguage(QString());
        QCOMPARE(language.count(), 2);
        QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("es"));
        QVERIFY(language.at(1).at(0).toString().isEmpty());

        s.setReminderLeadMinutes(15); // the default already
        QCOMPARE(lead.count(), 0);
        s.setReminderLeadMinutes(5);
        s.setReminderLeadMinutes(5);
        QCOMPARE(lead.count(), 1);
        QCOMPARE(lead.at(0).at(0).toInt(), 5);

        // The choices of the next start are on disk at once (the app reads them in another QSettings).
        QSettings other(store.fileName(), QSettings::IniFormat);
        QCOMPARE(other.value(QStringLiteral("ui/language")).isValid(), false);
        s.setLanguage(QStringLiteral("de"));
        QSettings third(store.fileName(), QSettings::IniFormat);
        QCOMPARE(third.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
