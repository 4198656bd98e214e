// tutorhub-render-icon: renders the app icon (SVG) into the PNG sizes of the hicolor icon theme at build
// time (P2), with the same QtSvg renderer the app uses, so the PNGs never drift from the SVG.
// Usage: tutorhub-render-icon <icon.svg> <output root> <name> <size...>
// writes <output root>/<size>x<size>/apps/<name>.png for every size.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s <icon.svg> <output root> <name> <size...>\n", argv[0]);
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "%s: not a valid SVG file\n", argv[1]);
        return 1;
    }
    const QDir root(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLatin1(argv[i]).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            std::fprintf(stderr, "%s: not an icon size\n", argv[i]);
            return 2;
        }
        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        if (!root.mkpath(dir)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(root.filePath(dir)));
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString out = root.filePath(dir + QLatin1Char('/') + name + QLatin1String(".png"));
        if (!image.convertToFormat(QImage::Format_ARGB32).save(out, "PNG", 9)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
