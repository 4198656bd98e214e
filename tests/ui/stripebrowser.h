// The card holder's browser in payment tests: a QDesktopServices URL handler that keeps the URLs the app
// opens (the 3-D Secure page of Stripe's next_action), and a press on the simulator's "Complete
// authentication" or "Fail authentication" button the way a browser posts the page's own form.
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

namespace tutorhub::testing {

// Install with QDesktopServices::setUrlHandler("http", &catcher, "open").
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

// Loads the 3-D Secure page and submits its complete (or fail) form. Returns the final HTTP status (0: no page).
inline int completeInBrowser(const QUrl &page, bool complete = true)
{
    QNetworkAccessManager browser;
    QNetworkReply *get = browser.get(QNetworkRequest(page));
    if (!QTest::qWaitFor([&] { return get->isFinished(); }, 10000))
        return 0;
    const QString html = QString::fromUtf8(get->readAll());
    get->deleteLater();
    const QRegularExpression form(
        QString::fromLatin1(R"re(<form method="post" action="([^"]+/%1)"[^>]*>)re"
                            R"re(<input type="hidden" name="client_secret" value="([^"]+)">)re")
            .arg(complete ? QStringLiteral("complete") : QStringLiteral("fail")));
    const auto m = form.match(html);
    if (!m.hasMatch()) {
        qWarning("no form on the 3-D Secure page: %s", qPrintable(html.left(500)));
        return 0;
    }
    QNetworkRequest post(page.resolved(QUrl(m.captured(1))));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    post.setRawHeader("Origin",
                      page.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString().toUtf8()); // the page's own origin
    QNetworkReply *sent = browser.post(post, "client_secret=" + QUrl::toPercentEncoding(m.captured(2)));
    if (!QTest::qWaitFor([&] { return sent->isFinished(); }, 10000))
        return 0;
    sent->deleteLater();
    return sent->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace tutorhub::testing
