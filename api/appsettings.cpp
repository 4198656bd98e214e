#include "appsettings.h"

#include <QSettings>

namespace tutorhub::api {

AppSettings::AppSettings(QSettings *store, QObject *parent) : QObject(parent), m_store(store) { }

AppSettings::AppSettings(std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent),
      m_owned(std::move(store)),
      m_store(m_owned.get())
{ }

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(const char *key, const QVariant &fallback) const
{
    return m_store ? m_store->value(QLatin1String(key), fallback) : fallback;
}

void AppSettings::setValue(const char *key, const QVariant &value)
{
    if (m_store)
        m_store->setValue(QLatin1String(key), value);
}

void AppSettings::remove(const char *key)
{
    if (m_store)
        m_store->remove(QLatin1String(key));
}

void AppSettings::sync()
{
    if (m_store)
        m_store->sync();
}

QString AppSettings::environmentId() const
{
    return value(Keys::environment).toString();
}

void AppSettings::setEnvironmentId(const QString &id)
{
    setValue(Keys::environment, id);
}

QUrl AppSettings::customHost() const
{
    return QUrl(value(Keys::customHost).toString());
}

void AppSettings::setCustomHost(const QUrl &host)
{
    setValue(Keys::customHost, host.toString());
}

QString AppSettings::email() const
{
    return value(Keys::email).toString();
}

void AppSettings::setEmail(const QString &email)
{
    setValue(Keys::email, email);
}

bool AppSettings::rememberMe() const
{
    return value(Keys::rememberMe, false).toBool();
}

void AppSettings::setRememberMe(bool remember)
{
    setValue(Keys::rememberMe, remember);
}

void AppSettings::rememberEnvironment(const Environment &environment)
{
    setEnvironmentId(environment.id);
    if (environment.kind == EnvironmentKind::Custom && environment.host.isValid())
        setCustomHost(environment.host);
}

QString AppSettings::language() const
{
    return value(Keys::language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    const QString before = language();
    if (code.isEmpty())
        remove(Keys::language);
    else
        setValue(Keys::language, code);
    sync();
    if (before != code)
        emit languageChanged(code);
}

QString AppSettings::theme() const
{
    const QVariant v = value(Keys::theme);
    return v.isValid() ? v.toString() : QString();
}

void AppSettings::setTheme(const QString &choice)
{
    const QString before = theme();
    if (choice.isEmpty())
        remove(Keys::theme);
    else
        setValue(Keys::theme, choice);
    sync();
    if (before.isNull() ? !choice.isEmpty() : before != choice)
        emit themeChanged(choice);
}

bool AppSettings::chatDockCollapsed() const
{
    return value(Keys::chatDockCollapsed, false).toBool();
}

void AppSettings::setChatDockCollapsed(bool collapsed)
{
    setValue(Keys::chatDockCollapsed, collapsed);
}

int AppSettings::chatDockWidth() const
{
    bool ok = false;
    const int width = value(Keys::chatDockWidth, DefaultChatDockWidth).toInt(&ok);
    return ok ? width : DefaultChatDockWidth;
}

void AppSettings::setChatDockWidth(int width)
{
    setValue(Keys::chatDockWidth, width);
}

int AppSettings::reminderLeadMinutes() const
{
    bool ok = false;
    const int minutes = value(Keys::reminderLeadMinutes, DefaultReminderLeadMinutes).toInt(&ok);
    return ok ? minutes : DefaultReminderLeadMinutes;
}

void AppSettings::setReminderLeadMinutes(int minutes)
{
    const int before = reminderLeadMinutes();
    setValue(Keys::reminderLeadMinutes, minutes);
    if (before != minutes)
        emit reminderLeadMinutesChanged(minutes);
}

QString AppSettings::stripeKey(const Environment &environment, const QString &name)
{
    QString env = environment.keyPrefix();
    env.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("payments/%1/%2").arg(env, name);
}

QString AppSettings::stripeValue(const Environment &environment, const QString &name) const
{
    return m_store ? m_store->value(stripeKey(environment, name)).toString().trimmed() : QString();
}

} // namespace tutorhub::api
